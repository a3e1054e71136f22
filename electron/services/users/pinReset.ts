import { AppError } from '@shared/errors';
import type { UserView } from '@shared/views';
import { sql } from '../db/statements';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { hashPin } from './pin';
import { getUser } from './users';

/**
 * Tetapkan semula PIN: a supervisor gives a user who forgot their PIN a new one, which the user then
 * types themselves. The old PIN stops working at once, a lock from wrong PINs is lifted, and the audit
 * event says who reset whose PIN, never the PIN. The route signs the user out of every window and tab.
 */
export async function resetPin(ledger: Ledger, actorId: number, userId: number, pin: string): Promise<UserView> {
  // Hashed before the transaction: a slow hash never holds the ledger's write lock.
  const pinHash = await hashPin(pin, ledger.pinCost);
  return ledger.db.transaction(() => {
    const user = getUser(ledger, userId);
    if (!user) throw new AppError('NOT_FOUND', 'Pengguna tidak dijumpai.');
    if (!user.active) {
      throw new AppError('CONFLICT', 'Akaun {name} tidak aktif: aktifkan dahulu sebelum menetapkan semula PIN.', {
        name: user.name,
      });
    }
    sql(ledger.db, 'UPDATE users SET pin_hash = ? WHERE id = ?').run(pinHash, userId);
    sql(ledger.db, 'DELETE FROM sign_in_guard WHERE user_id = ?').run(userId);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'user.resetPin',
      entity: 'user',
      entityId: userId,
      data: { name: user.name },
    });
    return user;
  })();
}
