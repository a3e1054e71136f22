import type { Db } from './db/open';
import { sql } from './db/statements';

/**
 * A receipt series runs 1, 2, 3… without a hole, except where it jumps to a recorded segment start
 * (numbers handed out before a restore that the ledger no longer holds). Each stretch from a start to
 * the next must be complete, and the series' last number is its highest receipt.
 */
export function receiptSeriesHolds(db: Db, counterId: string, year: number, lastNumber: number): boolean {
  const jumps = sql(
    db,
    'SELECT start_number AS s FROM receipt_segments WHERE counter_id = ? AND year = ? ORDER BY start_number',
  ).all(counterId, year) as { s: number }[];
  const starts = [1, ...jumps.map((j) => j.s).filter((s) => s > 1)];
  const stretch = sql(
    db,
    `SELECT COUNT(*) AS n, MIN(running_number) AS lo, MAX(running_number) AS hi FROM receipts
     WHERE counter_id = ? AND year = ? AND running_number >= ? AND running_number < ?`,
  );
  let counted = 0;
  let highest = 0;
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i] as number;
    const end = starts[i + 1] ?? Number.MAX_SAFE_INTEGER;
    const r = stretch.get(counterId, year, start, end) as { n: number; lo: number | null; hi: number | null };
    if (r.n === 0 || r.lo === null || r.hi === null) continue;
    if (r.lo !== start || r.n !== r.hi - start + 1) return false;
    counted += r.n;
    highest = r.hi;
  }
  const all = (
    sql(db, 'SELECT COUNT(*) AS n FROM receipts WHERE counter_id = ? AND year = ?').get(counterId, year) as {
      n: number;
    }
  ).n;
  return all === counted && highest === lastNumber;
}
