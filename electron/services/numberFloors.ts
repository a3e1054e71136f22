import type { Db } from './db/open';
import { sql } from './db/statements';

export const caseFloorKey = (scopeKey: string): string => `case:${scopeKey}`;
export const receiptFloorKey = (counterId: string, year: number): string => `receipt:${counterId}:${year}`;

/** The lowest number the series may hand out next (0: no floor). */
export function floorOf(db: Db, seriesKey: string): number {
  const row = sql(db, 'SELECT next_number AS n FROM number_floors WHERE series_key = ?').get(seriesKey) as
    { n: number } | undefined;
  return row?.n ?? 0;
}

/** Raises a series' floor (never lowers it). Call inside the action's transaction. */
export function raiseFloor(db: Db, seriesKey: string, next: number, reason: string, at: string): void {
  sql(
    db,
    `INSERT INTO number_floors (series_key, next_number, set_at, reason) VALUES (?, ?, ?, ?)
     ON CONFLICT (series_key) DO UPDATE SET next_number = excluded.next_number, set_at = excluded.set_at,
       reason = excluded.reason WHERE excluded.next_number > number_floors.next_number`,
  ).run(seriesKey, next, at, reason);
}
