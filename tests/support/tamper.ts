import { hashEvent, GENESIS_HASH, rowToEvent, type AuditRow } from '../../electron/services/ledger/audit';
import type { Db } from '../../electron/services/db/open';

/*
 * TEST SUPPORT ONLY. What someone with a SQLite tool could do to the ledger file behind the app's
 * back: drop the append-only triggers, edit rows and events, and re-hash the chain so it links again.
 */

export function dropGuards(db: Db): void {
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").all() as {
    name: string;
  }[]) {
    db.exec(`DROP TRIGGER "${name}"`);
  }
}

export function tamper(db: Db, statement: string): void {
  dropGuards(db);
  db.exec(statement);
}

/** Recomputes `prev` and `hash` of every event from `from` on, as a careful forger would. */
export function rehashFrom(db: Db, from: number): void {
  dropGuards(db);
  const before = db.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(from - 1) as
    { hash: string } | undefined;
  let prev = before?.hash ?? GENESIS_HASH;
  const rows = db.prepare('SELECT * FROM audit_events WHERE seq >= ? ORDER BY seq').all(from) as AuditRow[];
  const update = db.prepare('UPDATE audit_events SET prev = ?, hash = ? WHERE seq = ?');
  db.transaction(() => {
    for (const row of rows) {
      const { hash: _old, ...unsigned } = rowToEvent({ ...row, prev });
      const hash = hashEvent(unsigned);
      update.run(prev, hash, row.seq);
      prev = hash;
    }
  })();
}

/** Edits one event's data (a JSON patch of its top-level fields) without touching its hash. */
export function patchEventData(db: Db, seq: number, patch: Record<string, unknown>): void {
  dropGuards(db);
  const row = db.prepare('SELECT data FROM audit_events WHERE seq = ?').get(seq) as { data: string };
  const data = { ...(JSON.parse(row.data) as Record<string, unknown>), ...patch };
  db.prepare('UPDATE audit_events SET data = ? WHERE seq = ?').run(JSON.stringify(data), seq);
}
