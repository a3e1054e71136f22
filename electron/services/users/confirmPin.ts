import type { SessionView } from '@shared/views';
import type { Ledger } from '../ledger/ledger';
import { checkPin } from './users';

/** The signed-in user types their PIN again: the same session, its PIN confirmed now. */
export async function confirmPin(ledger: Ledger, session: SessionView, pin: string): Promise<SessionView> {
  await checkPin(ledger, session.user.id, pin);
  return { ...session, pinConfirmedAt: ledger.clock().toISOString() };
}
