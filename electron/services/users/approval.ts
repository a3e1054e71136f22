import { AppError, type MessageKey } from '@shared/errors';
import type { UserView } from '@shared/views';
import type { Ledger } from '../ledger/ledger';
import { checkPin } from './users';

const REFUSED: MessageKey = 'Kelulusan ditolak: nama Penolong Pendaftar atau PIN salah.';

/**
 * A supervisor's approval given at the clerk's screen (cancelling a receipt, closing the day): the
 * supervisor picks their name and types their PIN there and then. The PIN is checked (wrong ones count
 * towards the same lockout as at sign-in) and forgotten.
 */
export async function supervisorApproval(ledger: Ledger, supervisorId: number, pin: string): Promise<UserView> {
  let user: UserView;
  try {
    user = await checkPin(ledger, supervisorId, pin, 'supervisorPin');
  } catch (error) {
    if (error instanceof AppError && error.code === 'VALIDATION') {
      throw AppError.onField('FORBIDDEN', 'supervisorPin', REFUSED);
    }
    throw error;
  }
  if (user.role !== 'SUPERVISOR') throw AppError.onField('FORBIDDEN', 'supervisorPin', REFUSED);
  return user;
}

/**
 * The signed-in supervisor's own PIN, typed into a change of who can read the data (an ICT key, the data
 * or backup folder): checked like an approval (wrong ones count towards the lockout), never kept.
 */
export async function ownPinApproval(ledger: Ledger, userId: number, pin: string): Promise<UserView> {
  return supervisorApproval(ledger, userId, pin);
}
