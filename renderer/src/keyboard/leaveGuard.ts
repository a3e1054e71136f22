import { createContext } from 'react';

/** What the forms of the screen tell the one guard around it (LeaveGuardHost). */
export interface LeaveGuardRegistry {
  /** This form has (or no longer has) typed input that is not saved. */
  report(formId: string, dirty: boolean): void;
  /** The form is gone. */
  forget(formId: string): void;
  /** The next move is the form's own, after its save: not a loss. */
  allowNextLeave(): void;
  /** Back to where the clerk came from (the Buku Daftar when the form was the first screen). */
  back(): void;
}

/** Null outside the app's router (a form rendered on its own in a test): nothing is guarded. */
export const LeaveGuardContext = createContext<LeaveGuardRegistry | null>(null);
