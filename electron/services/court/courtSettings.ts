/** The court's own settings (court_settings): one JSON value per key, audited by whoever changes them. */
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

/** The stored value of `key`, or undefined when it was never set. */
export function readCourtSetting(ledger: Ledger, key: string): unknown {
  const row = sql(ledger.db, 'SELECT value FROM court_settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** Sets `key`; call it inside the action's transaction, beside its audit event. */
export function writeCourtSetting(ledger: Ledger, key: string, value: unknown): void {
  sql(
    ledger.db,
    'INSERT INTO court_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value));
}
