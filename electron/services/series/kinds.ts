import type { Db } from '../db/open';
import { sql } from '../db/statements';

/**
 * Every gapless series the counter hands out. A new series is one more entry here: allocation, its
 * floors after a restore and the continuity check then come with it (series.ts, floors.ts,
 * continuity.ts, backup/carryForward.ts all walk this list).
 */
export const SERIES_KIND_NAMES = ['case', 'receipt', 'appointment', 'export'] as const;
export type SeriesKindName = (typeof SERIES_KIND_NAMES)[number];

/** Where a kind's issued numbers live: one row per number handed out. */
interface HeldRows {
  table: string;
  where: string;
  /** SQL giving the series key of a row (the same key the kind's own tables use). */
  key: string;
  /** The columns that make the key, to group by (so an index on them serves the check). */
  groupBy: string;
  /** SQL matching the rows of one series, with `?` for `params(key)`. */
  match: string;
  params(key: string): unknown[];
  number: string;
  /** The schema holds each number once per series (a UNIQUE index): the check need not count distinct. */
  unique: boolean;
  /** SQL giving what the public holds (the case number, the receipt number…), for messages. */
  label: string;
}

export interface SeriesKind {
  name: SeriesKindName;
  /** The table holding the kind's last numbers; an older ledger without it has none of this kind. */
  tables: readonly string[];
  held: HeldRows;
  /** Every series of this kind with the last number it handed out. */
  lastNumbers(db: Db): Map<string, number>;
  lastOf(db: Db, key: string): number;
  /** Records the number just taken as the series' last (a no-op where the row itself is the record). */
  recordLast(db: Db, key: string, last: number): void;
  /** The recorded starts of the series' segments (its first number, and each jump). */
  jumps(db: Db): Map<string, number[]>;
  recordJump(db: Db, key: string, start: number, at: string): void;
  labelMs(key: string): string;
  labelEn(key: string): string;
  goneMs: string;
  goneEn: string;
}

/** The key of a series in number_floors and series_segments: '<kind>:<key>'. */
export const seriesId = (kind: SeriesKindName, key: string): string => `${kind}:${key}`;

/** A counter's yearly series key ('K1:2026'), as receipts and appointments use. */
export const counterYearKey = (counterId: string, year: number): string => `${counterId}:${year}`;

function splitCounterYear(key: string): { counterId: string; year: number } {
  const at = key.lastIndexOf(':');
  return { counterId: key.slice(0, at), year: Number(key.slice(at + 1)) };
}

function counterYearParams(key: string): unknown[] {
  const { counterId, year } = splitCounterYear(key);
  return [counterId, year];
}

const toMap = (rows: { key: string; n: number }[]): Map<string, number> => new Map(rows.map((r) => [r.key, r.n]));

function groupJumps(rows: { key: string; n: number }[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rows) out.set(r.key, [...(out.get(r.key) ?? []), r.n]);
  return out;
}

/** Jumps kept in the generic series_segments table (the kinds that had no segment table of their own). */
function genericJumps(kind: SeriesKindName) {
  const prefix = `${kind}:`;
  return {
    jumps(db: Db): Map<string, number[]> {
      const rows = sql(
        db,
        'SELECT substr(series_key, ?) AS key, start_number AS n FROM series_segments WHERE series_key LIKE ? ORDER BY series_key, start_number',
      ).all(prefix.length + 1, `${prefix}%`) as { key: string; n: number }[];
      return groupJumps(rows);
    },
    recordJump(db: Db, key: string, start: number, at: string): void {
      sql(db, 'INSERT INTO series_segments (series_key, start_number, started_at) VALUES (?, ?, ?)').run(
        seriesId(kind, key),
        start,
        at,
      );
    },
  };
}

/**
 * The last numbers kept per counter and year in `table` (receipt_series, appointment_series): one row
 * per series, `(counter_id, year, last_number)`. `table` is one of this file's names, never input.
 */
function counterYearLastNumbers(table: 'receipt_series' | 'appointment_series') {
  return {
    lastNumbers: (db: Db): Map<string, number> =>
      toMap(
        sql(
          db,
          `SELECT counter_id || ':' || year AS key, last_number AS n FROM ${table} WHERE last_number > 0`,
        ).all() as { key: string; n: number }[],
      ),
    lastOf(db: Db, key: string): number {
      const { counterId, year } = splitCounterYear(key);
      const row = sql(db, `SELECT last_number AS n FROM ${table} WHERE counter_id = ? AND year = ?`).get(
        counterId,
        year,
      ) as { n: number } | undefined;
      return row?.n ?? 0;
    },
    recordLast(db: Db, key: string, last: number): void {
      const { counterId, year } = splitCounterYear(key);
      sql(
        db,
        `INSERT INTO ${table} (counter_id, year, last_number) VALUES (?, ?, ?)
         ON CONFLICT (counter_id, year) DO UPDATE SET last_number = excluded.last_number`,
      ).run(counterId, year, last);
    },
  };
}

const caseKind: SeriesKind = {
  name: 'case',
  tables: ['number_series'],
  held: {
    table: 'cases',
    where: 'scope_key IS NOT NULL',
    key: 'scope_key',
    groupBy: 'scope_key',
    match: 'scope_key = ?',
    params: (key) => [key],
    number: 'running_number',
    label: 'case_number',
    unique: true, // UNIQUE (scope_key, running_number)
  },
  lastNumbers: (db) =>
    toMap(
      sql(db, 'SELECT scope_key AS key, last_number AS n FROM number_series').all() as { key: string; n: number }[],
    ),
  lastOf(db, key) {
    const row = sql(db, 'SELECT last_number AS n FROM number_series WHERE scope_key = ?').get(key) as
      { n: number } | undefined;
    return row?.n ?? 0;
  },
  recordLast(db, key, last) {
    sql(
      db,
      `INSERT INTO number_series (scope_key, last_number) VALUES (?, ?)
       ON CONFLICT (scope_key) DO UPDATE SET last_number = excluded.last_number`,
    ).run(key, last);
  },
  jumps: (db) =>
    groupJumps(
      sql(
        db,
        'SELECT scope_key AS key, start_number AS n FROM number_segments ORDER BY scope_key, start_number',
      ).all() as { key: string; n: number }[],
    ),
  recordJump(db, key, start, at) {
    sql(db, 'INSERT INTO number_segments (scope_key, start_number, started_at) VALUES (?, ?, ?)').run(key, start, at);
  },
  labelMs: (key) => `Siri ${key}`,
  labelEn: (key) => `Series ${key}`,
  goneMs: 'Kes mungkin telah dipadam.',
  goneEn: 'Cases may have been deleted.',
};

const receiptKind: SeriesKind = {
  name: 'receipt',
  tables: ['receipt_series'],
  held: {
    table: 'receipts',
    where: '1',
    key: "counter_id || ':' || year",
    groupBy: 'counter_id, year',
    match: 'counter_id = ? AND year = ?',
    params: counterYearParams,
    number: 'running_number',
    label: 'receipt_number',
    unique: true, // UNIQUE (counter_id, year, running_number)
  },
  ...counterYearLastNumbers('receipt_series'),
  jumps: (db) =>
    groupJumps(
      sql(
        db,
        "SELECT counter_id || ':' || year AS key, start_number AS n FROM receipt_segments ORDER BY counter_id, year, start_number",
      ).all() as { key: string; n: number }[],
    ),
  recordJump(db, key, start, at) {
    const { counterId, year } = splitCounterYear(key);
    sql(db, 'INSERT INTO receipt_segments (counter_id, year, start_number, started_at) VALUES (?, ?, ?, ?)').run(
      counterId,
      year,
      start,
      at,
    );
  },
  labelMs: (key) => `Siri resit ${key.replace(':', '/')}`,
  labelEn: (key) => `Receipt series ${key.replace(':', '/')}`,
  goneMs: 'Resit mungkin telah dipadam.',
  goneEn: 'Receipts may have been deleted.',
};

const appointmentKind: SeriesKind = {
  name: 'appointment',
  tables: ['appointment_series'],
  held: {
    table: 'appointments',
    where: '1',
    key: "counter_id || ':' || year",
    groupBy: 'counter_id, year',
    match: 'counter_id = ? AND year = ?',
    params: counterYearParams,
    number: 'running_number',
    label: 'reference',
    unique: true, // UNIQUE (counter_id, year, running_number)
  },
  ...counterYearLastNumbers('appointment_series'),
  ...genericJumps('appointment'),
  labelMs: (key) => `Siri janji temu ${key.replace(':', '/')}`,
  labelEn: (key) => `Appointment series ${key.replace(':', '/')}`,
  goneMs: 'Janji temu mungkin telah dipadam.',
  goneEn: 'An appointment may have been deleted.',
};

/** The single series of exports (…-E0001): the exports row itself records each number. */
export const EXPORT_SERIES_KEY = 'bundle';

const exportKind: SeriesKind = {
  name: 'export',
  tables: ['exports'],
  held: {
    table: 'exports',
    where: '1',
    key: `'${EXPORT_SERIES_KEY}'`,
    groupBy: `'${EXPORT_SERIES_KEY}'`,
    match: '1',
    params: () => [],
    number: 'seq',
    label: 'base_name',
    unique: true, // seq is the primary key
  },
  lastNumbers(db) {
    const row = sql(db, 'SELECT MAX(seq) AS n FROM exports').get() as { n: number | null };
    return row.n === null ? new Map() : new Map([[EXPORT_SERIES_KEY, row.n]]);
  },
  lastOf: (db) => (sql(db, 'SELECT COALESCE(MAX(seq), 0) AS n FROM exports').get() as { n: number }).n,
  recordLast() {
    // The exports row written in the same transaction is the record.
  },
  ...genericJumps('export'),
  labelMs: () => 'Siri eksport',
  labelEn: () => 'Export series',
  goneMs: 'Rekod eksport mungkin telah dipadam.',
  goneEn: 'An export record may have been deleted.',
};

export const SERIES: Readonly<Record<SeriesKindName, SeriesKind>> = {
  case: caseKind,
  receipt: receiptKind,
  appointment: appointmentKind,
  export: exportKind,
};

/** Whether the ledger (perhaps an older one, or a set-aside file) has every one of `tables`. */
export function tablesPresent(db: Db, tables: readonly string[]): boolean {
  const have = sql(
    db,
    "SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN (SELECT value FROM json_each(?))",
  ).get(JSON.stringify(tables)) as { n: number };
  return have.n === tables.length;
}

/** Whether this ledger has every table the kind reads. */
export const kindPresent = (db: Db, kind: SeriesKind): boolean => tablesPresent(db, kind.tables);
