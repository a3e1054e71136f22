import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';

/** Minutes without a keystroke or click after which the counter signs the clerk out. */
export const DEFAULT_IDLE_MINUTES = 15;
const KEY = 'idleSignOutMinutes';

export function readIdleMinutes(ledger: Ledger): number {
  const value = readCourtSetting(ledger, KEY);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_IDLE_MINUTES;
}

export function updateIdleMinutes(ledger: Ledger, actorId: number, minutes: number): number {
  return ledger.db.transaction(() => {
    const before = readIdleMinutes(ledger);
    writeCourtSetting(ledger, KEY, minutes);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'sessionSettings.update',
      entity: 'court',
      entityId: 1,
      data: { before: { idleSignOutMinutes: before }, after: { idleSignOutMinutes: minutes } },
    });
    return readIdleMinutes(ledger);
  })();
}
