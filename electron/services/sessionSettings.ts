import { appendAudit, userActor } from './audit';
import { isoNow } from './clock';
import { sql } from './db/statements';
import type { Ledger } from './ledger';

/** Minutes without a keystroke or click after which the counter signs the clerk out. */
export const DEFAULT_IDLE_MINUTES = 15;
const KEY = 'idleSignOutMinutes';

export function readIdleMinutes(ledger: Ledger): number {
  const row = sql(ledger.db, 'SELECT value FROM court_settings WHERE key = ?').get(KEY) as
    { value: string } | undefined;
  const value = row ? (JSON.parse(row.value) as unknown) : undefined;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_IDLE_MINUTES;
}

export function updateIdleMinutes(ledger: Ledger, actorId: number, minutes: number): number {
  return ledger.db.transaction(() => {
    const before = readIdleMinutes(ledger);
    sql(
      ledger.db,
      'INSERT INTO court_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ).run(KEY, JSON.stringify(minutes));
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
