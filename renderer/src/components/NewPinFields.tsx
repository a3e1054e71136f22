import type { FieldErrors, UseFormRegisterReturn } from 'react-hook-form';
import { strings, useStrings } from '../i18n/strings';
import { errorAt } from '../lib/formErrors';
import { Field } from './Field';

/**
 * A new PIN typed twice (setup's supervisor, a new user, a PIN reset): hidden, digits, never offered by
 * the browser's autofill. The form's resolver adds `pinsDiffer` so a typing slip is caught before saving.
 */
export function NewPinFields({
  idPrefix,
  label,
  pin,
  pinConfirm,
  errors,
}: {
  idPrefix: string;
  label?: string;
  /** `register('…pin')` and `register('…pinConfirm')` of the form; their names find the errors. */
  pin: UseFormRegisterReturn;
  pinConfirm: UseFormRegisterReturn;
  errors: FieldErrors;
}) {
  const { ms } = useStrings();
  return (
    <>
      <Field
        id={`${idPrefix}-pin`}
        label={label ?? ms.users.pin}
        hint={ms.setup.pinHint}
        error={errorAt(errors, pin.name)}
        required
      >
        {(aria) => <input {...aria} type="password" inputMode="numeric" autoComplete="new-password" {...pin} />}
      </Field>
      <Field
        id={`${idPrefix}-pin-confirm`}
        label={ms.setup.pinConfirm}
        error={errorAt(errors, pinConfirm.name)}
        required
      >
        {(aria) => <input {...aria} type="password" inputMode="numeric" autoComplete="new-password" {...pinConfirm} />}
      </Field>
    </>
  );
}

/** The resolver's extra check: the second PIN is the first, or the field at `path` says so. */
export function pinsDiffer(pin: string, pinConfirm: string, path: string): { path: string; message: string }[] {
  return pinConfirm === pin ? [] : [{ path, message: strings().ms.setup.pinMismatch }];
}
