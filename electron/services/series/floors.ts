import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { seriesId, type SeriesKindName } from './kinds';

/**
 * Floors: the lowest number a series may hand out next, because numbers up to it were handed out by a
 * ledger this one replaced (a restore brought back an older backup). Kept in number_floors under
 * '<kind>:<key>' ('case:024/2026', 'receipt:K1:2026', 'appointment:K1:2026', 'export:bundle').
 */
export function floorOf(db: Db, kind: SeriesKindName, key: string): number {
  const row = sql(db, 'SELECT next_number AS n FROM number_floors WHERE series_key = ?').get(seriesId(kind, key)) as
    { n: number } | undefined;
  return row?.n ?? 0;
}

/** Every floor of one kind, by series key. */
export function floorsOf(db: Db, kind: SeriesKindName): Map<string, number> {
  const prefix = `${kind}:`;
  const rows = sql(
    db,
    'SELECT substr(series_key, ?) AS key, next_number AS n FROM number_floors WHERE series_key LIKE ?',
  ).all(prefix.length + 1, `${prefix}%`) as { key: string; n: number }[];
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Raises a series' floor (never lowers it). Call inside the action's transaction. */
export function raiseFloor(db: Db, kind: SeriesKindName, key: string, next: number, reason: string, at: string): void {
  sql(
    db,
    `INSERT INTO number_floors (series_key, next_number, set_at, reason) VALUES (?, ?, ?, ?)
     ON CONFLICT (series_key) DO UPDATE SET next_number = excluded.next_number, set_at = excluded.set_at,
       reason = excluded.reason WHERE excluded.next_number > number_floors.next_number`,
  ).run(seriesId(kind, key), next, at, reason);
}
