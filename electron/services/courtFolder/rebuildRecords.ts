import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import { canonicalJson } from '@shared/canonicalJson';
import type { Court, Numbering } from '@shared/schemas/setup';
import { insertCaseTypes } from '../cases/caseTypes';
import { insertCourt } from '../court/court';
import { DEFAULT_CASE_TYPES } from '../court/reference';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { AuditEvent } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { seedExampleFees } from '../receipts/fees';
import type { Row } from './segment';
import { applySettingsSnapshot, type SettingsSnapshot } from './settingsSnapshot';
import type { VerifiedSegment } from './verifySegments';

/*
 * A counter's records rebuilt from its verified segments into an empty ledger schema: the audit chain as
 * published, the court, users and outages its events made, and the rows the segments carry, each as the
 * last segment that carried it holds it. A new PC restoring that counter (restore.ts) and ICT merging the
 * court folder (electron/ict/openFolder.ts) rebuild the same way.
 */

/** The supervisor a restore gives a new PIN; null when nobody will sign in (ICT's throwaway copy). */
export interface Supervisor {
  id: number;
  pinHash: string;
}

const refuse = (key: MessageKey, values?: MessageValues): never => {
  throw new AppError('CONFLICT', key, values);
};

const columnsOf = (db: Db, table: string): Set<string> =>
  new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));

/** Inserts rows as published, taking only the columns this schema has (a newer row's extra columns are dropped). */
function insertRows(db: Db, table: string, rows: Row[]): void {
  const have = columnsOf(db, table);
  for (const row of rows) {
    const names = Object.keys(row).filter((k) => have.has(k));
    sql(
      db,
      `INSERT OR REPLACE INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    ).run(Object.fromEntries(names.map((n) => [n, row[n] ?? null])));
  }
}

/** The rows as the last segment that carried each holds them (later segments carry the newer row). */
export function latestRows(segments: VerifiedSegment[]) {
  const cases = new Map<number, Row>();
  const parties = new Map<number, Row[]>();
  const filings = new Map<number, Row>();
  const receipts = new Map<number, Row>();
  const items = new Map<number, Row[]>();
  for (const { body } of segments) {
    for (const c of body.rows.cases) {
      cases.set(Number(c.id), c);
      parties.set(Number(c.id), []);
    }
    for (const p of body.rows.parties) parties.get(Number(p.case_id))?.push(p);
    for (const f of body.rows.filings) filings.set(Number(f.id), f);
    for (const r of body.rows.receipts) {
      receipts.set(Number(r.id), r);
      items.set(Number(r.id), []);
    }
    for (const i of body.rows.receiptItems ?? []) items.get(Number(i.receipt_id))?.push(i);
  }
  return { cases, parties, filings, receipts, items };
}

export const field = (data: unknown, name: string): unknown =>
  typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
const userIdOf = (actor: string): number | null => (/^user:(\d+)$/.exec(actor) ? Number(actor.slice(5)) : null);

/** The court, the users and the outages, as the events that made them say. */
function rebuildFromEvents(ledger: Ledger, events: AuditEvent[], supervisor: Supervisor | null): void {
  const { db } = ledger;
  const setup = events.find((e) => e.action === 'setup.complete');
  if (!setup) refuse('Sejarah yang diterbitkan tidak bermula dengan tetapan awal kaunter: tidak boleh dipulihkan.');
  const court = field(setup?.data, 'court') as Court;
  const numbering = field(setup?.data, 'numbering') as Numbering;
  for (const e of events.filter((x) => x.action === 'user.create')) {
    const id = Number(e.entityId);
    sql(db, 'INSERT INTO users (id, name, role, pin_hash, active, created_at) VALUES (?, ?, ?, ?, 1, ?)').run(
      id,
      String(field(e.data, 'name')),
      String(field(e.data, 'role')),
      // A PIN hash that no PIN matches: nobody signs in with a PIN the old PC held.
      id === supervisor?.id ? supervisor.pinHash : '!dipulihkan',
      e.at,
    );
  }
  const chosen =
    supervisor === null || sql(db, "SELECT role FROM users WHERE id = ? AND role = 'SUPERVISOR'").get(supervisor.id);
  if (!chosen && supervisor)
    refuse('Pengguna #{id} bukan Penolong Pendaftar dalam sejarah kaunter ini.', { id: String(supervisor.id) });
  insertCourt(ledger, court, numbering);
  sql(db, 'UPDATE court SET set_up_at = ?').run(setup?.at ?? ledger.clock().toISOString());
  insertCaseTypes(ledger, DEFAULT_CASE_TYPES);
  seedExampleFees(ledger, court.courtLevel);
  for (const e of events) {
    if (e.action === 'outage.open')
      sql(db, 'INSERT INTO outages (id, sop_option, started_at, opened_by, note) VALUES (?, ?, ?, ?, ?)').run(
        Number(e.entityId),
        Number(field(e.data, 'sopOption')),
        String(field(e.data, 'startedAt') ?? e.at),
        userIdOf(e.actor),
        (field(e.data, 'note') as string | null | undefined) ?? null,
      );
    if (e.action === 'outage.close')
      sql(db, 'UPDATE outages SET closed_at = ?, closed_by = ?, close_note = ?, close_kind = ? WHERE id = ?').run(
        e.at,
        userIdOf(e.actor),
        (field(e.data, 'note') as string | null | undefined) ?? null,
        (field(e.data, 'closeKind') as string | null | undefined) ?? null,
        Number(e.entityId),
      );
  }
}

/** Everything the segments hold, into `ledger` (freshly migrated, empty); run inside the caller's transaction. */
export function rebuildRecords(
  ledger: Ledger,
  events: AuditEvent[],
  rows: ReturnType<typeof latestRows>,
  supervisor: Supervisor | null,
  /** The configuration as the last segment that carried it holds it (settingsSnapshot.ts), or null. */
  settings: SettingsSnapshot | null = null,
): void {
  const { db } = ledger;
  const put = sql(
    db,
    `INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, data, prev, hash)
     VALUES (@seq, @at, @actor, @action, @entity, @entityId, @data, @prev, @hash)`,
  );
  for (const e of events) put.run({ ...e, data: canonicalJson(e.data ?? null) });
  rebuildFromEvents(ledger, events, supervisor);
  if (settings) applySettingsSnapshot(db, settings);
  insertRows(db, 'cases', [...rows.cases.values()]);
  insertRows(db, 'parties', [...rows.parties.values()].flat());
  insertRows(db, 'receipts', [...rows.receipts.values()]);
  insertRows(db, 'receipt_items', [...rows.items.values()].flat());
  insertRows(db, 'filings', [...rows.filings.values()]);
}
