import { AppError } from '../../shared/errors';
import type { UserView } from '../../shared/views';
import { sql } from './db/statements';
import type { Ledger } from './ledger';
import { verifyPin } from './pin';

/**
 * A supervisor's approval given at the clerk's screen (cancelling a receipt, closing the day): the
 * supervisor picks their name and types their PIN there and then. The PIN is checked and forgotten.
 */
export async function supervisorApproval(ledger: Ledger, supervisorId: number, pin: string): Promise<UserView> {
  const row = sql(ledger.db, 'SELECT id, name, role, pin_hash FROM users WHERE id = ? AND active = 1').get(
    supervisorId,
  ) as { id: number; name: string; role: 'CLERK' | 'SUPERVISOR'; pin_hash: string } | undefined;
  if (!row || row.role !== 'SUPERVISOR' || !(await verifyPin(pin, row.pin_hash))) {
    const message = 'Kelulusan ditolak: nama Penolong Pendaftar atau PIN salah.';
    throw new AppError('FORBIDDEN', message, [{ path: 'supervisorPin', message }]);
  }
  return { id: row.id, name: row.name, role: row.role, active: true };
}
