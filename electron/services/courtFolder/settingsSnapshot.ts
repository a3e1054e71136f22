import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { AuditEvent } from '../ledger/audit';
import type { Row } from './segment';

/*
 * The counter's configuration as its tables hold it, carried in a segment so a new PC rebuilt from the
 * court folder works as the old one did: the case types added, renamed or retired, the fees and their
 * default lines, the filing types, the calendar, the last ESV3 numbers, the court-wide settings (receipt
 * options, idle sign-out, appointment sessions, document settings, the court recovery key), ICT's keys,
 * the other counters enrolled, the users (never their PINs) and the outages with their SOP periods.
 *
 * The tables are carried whole rather than replayed event by event, so a setting added later is carried
 * without anyone writing its replay; `settingsSnapshot.test.ts` fails for a table nobody classified.
 * A segment carries them when one of its events is anything but the day's records (below): a new kind
 * of event carries them too, the safe side. What is this PC's own (printers, screen language, the data,
 * backup and court folder paths, in preferences.json) never enters the ledger, so never a segment.
 */

/** In dependency order: a table comes after the ones it points at. */
export const SETTINGS_TABLES = [
  'users',
  'court',
  'court_settings',
  'case_types',
  'fee_items',
  'default_fee_lines',
  'filing_types',
  'holidays',
  'hijri_month_starts',
  'esv3_last_numbers',
  'ict_keys',
  'enrolled_counters',
  'outages',
  'outage_sop_periods',
] as const;

export type SettingsTable = (typeof SETTINGS_TABLES)[number];
export type SettingsSnapshot = Partial<Record<SettingsTable, Row[]>>;

/** Columns never carried, and what a rebuilt row holds instead: no PIN leaves the PC that set it. */
const WITHHELD: Partial<Record<SettingsTable, Record<string, unknown>>> = {
  users: { pin_hash: '!dipulihkan' },
};

/** Daily work, whose segments need no configuration; any other event carries it. */
const DAILY_PREFIXES = [
  'case.',
  'receipt.',
  'document.',
  'appointment.',
  'hearing.',
  'day.',
  'session.',
  'recovery.',
  'causeBook.print',
];
const DAILY_ACTIONS = new Set(['bundle.export', 'clock.confirm', 'ledger.restoreFromCourtFolder']);

export function carriesSettings(events: readonly AuditEvent[]): boolean {
  return events.some((e) => !DAILY_ACTIONS.has(e.action) && !DAILY_PREFIXES.some((p) => e.action.startsWith(p)));
}

interface Column {
  name: string;
  pk: number;
}

const columnsOf = (db: Db, table: string): Column[] => db.prepare(`PRAGMA table_info(${table})`).all() as Column[];

const keyColumns = (columns: Column[]): string[] =>
  columns
    .filter((c) => c.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name);

/** Every configuration table's rows as they stand, in key order, without the withheld columns. */
export function takeSettingsSnapshot(db: Db): SettingsSnapshot {
  const snapshot: SettingsSnapshot = {};
  for (const table of SETTINGS_TABLES) {
    const columns = columnsOf(db, table);
    const withheld = WITHHELD[table] ?? {};
    const names = columns.map((c) => c.name).filter((n) => !(n in withheld));
    const order = keyColumns(columns);
    snapshot[table] = sql(
      db,
      `SELECT ${names.join(', ')} FROM ${table} ORDER BY ${(order.length > 0 ? order : ['rowid']).join(', ')}`,
    ).all() as Row[];
  }
  return snapshot;
}

const keyOf = (row: Row, key: string[]): string => JSON.stringify(key.map((k) => row[k] ?? null));

/**
 * Makes the configuration tables of a ledger being rebuilt hold what the snapshot holds: rows it does not
 * hold are removed (what the schema seeds and the old PC had removed), its rows are written over what is
 * there, taking only the columns this schema has. A table the snapshot does not carry (a segment from an
 * older app) is left as the events rebuilt it.
 */
export function applySettingsSnapshot(db: Db, snapshot: SettingsSnapshot): void {
  const present = SETTINGS_TABLES.filter((t) => snapshot[t] !== undefined);
  for (const table of [...present].reverse()) {
    const key = keyColumns(columnsOf(db, table));
    const keep = new Set((snapshot[table] ?? []).map((r) => keyOf(r, key)));
    const rows = sql(db, `SELECT ${key.join(', ')} FROM ${table}`).all() as Row[];
    const remove = sql(db, `DELETE FROM ${table} WHERE ${key.map((k) => `${k} = ?`).join(' AND ')}`);
    for (const row of rows) if (!keep.has(keyOf(row, key))) remove.run(...key.map((k) => row[k]));
  }
  for (const table of present) {
    const columns = columnsOf(db, table);
    const have = new Set(columns.map((c) => c.name));
    const key = keyColumns(columns);
    const withheld = WITHHELD[table] ?? {};
    for (const carried of snapshot[table] ?? []) {
      const row: Row = { ...withheld, ...carried };
      const names = Object.keys(row).filter((n) => have.has(n));
      const update = names.filter((n) => !key.includes(n) && !(n in withheld));
      sql(
        db,
        `INSERT INTO ${table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})
         ON CONFLICT (${key.join(', ')}) DO ${update.length > 0 ? `UPDATE SET ${update.map((n) => `${n} = excluded.${n}`).join(', ')}` : 'NOTHING'}`,
      ).run(Object.fromEntries(names.map((n) => [n, row[n] ?? null])));
    }
  }
}

/** The snapshot the last segment that carried one holds, or null when none did (an older app's segments). */
export function latestSettings(bodies: readonly { rows: { settings?: SettingsSnapshot } }[]): SettingsSnapshot | null {
  let latest: SettingsSnapshot | null = null;
  for (const body of bodies) if (body.rows.settings) latest = body.rows.settings;
  return latest;
}
