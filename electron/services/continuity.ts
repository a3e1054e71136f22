import type { Db } from './db/open';
import { sql } from './db/statements';
import { receiptSeriesHolds } from './receiptSeries';
import { checkNumbering, checkReceipts, type VerifyProblem } from './verify';

interface Segment {
  scope_key: string;
  start_number: number;
}

/**
 * Case-number continuity from aggregates over the numbering index: in each series, the cases from a
 * segment start up to the next start must run without a hole, so the count of cases equals the sum
 * of the segments' spans, and the series' last number is the highest case. On a mismatch the
 * row-by-row check (`checkNumbering`) names the problem.
 */
function numberingHolds(db: Db): boolean {
  const scopes = sql(
    db,
    `SELECT scope_key, COUNT(*) AS n, MAX(running_number) AS hi FROM cases WHERE scope_key IS NOT NULL
     GROUP BY scope_key`,
  ).all() as { scope_key: string; n: number; hi: number }[];
  const lastOf = new Map(
    (
      sql(db, 'SELECT scope_key, last_number FROM number_series').all() as { scope_key: string; last_number: number }[]
    ).map((s) => [s.scope_key, s.last_number]),
  );
  if (lastOf.size !== scopes.length) return false;
  const segments = sql(
    db,
    'SELECT scope_key, start_number FROM number_segments ORDER BY scope_key, start_number',
  ).all() as Segment[];
  const span = sql(
    db,
    `SELECT MIN(running_number) AS lo, MAX(running_number) AS hi FROM cases
     WHERE scope_key = ? AND running_number >= ? AND running_number < ?`,
  );
  for (const scope of scopes) {
    if (lastOf.get(scope.scope_key) !== scope.hi) return false;
    const starts = segments.filter((s) => s.scope_key === scope.scope_key).map((s) => s.start_number);
    let expected = 0;
    for (let i = 0; i < starts.length; i++) {
      const start = starts[i] as number;
      const next = starts[i + 1] ?? Number.MAX_SAFE_INTEGER;
      const range = span.get(scope.scope_key, start, next) as { lo: number | null; hi: number | null };
      if (range.lo === null || range.hi === null) continue;
      if (range.lo !== start) return false;
      expected += range.hi - start + 1;
    }
    if (expected !== scope.n) return false;
  }
  return true;
}

/** Each receipt series runs 1…last without a hole, and receipts after `fromReceiptId` add up to their lines. */
function receiptsHold(db: Db, fromReceiptId: number): boolean {
  const groups = sql(
    db,
    `SELECT r.counter_id AS counterId, r.year, s.last_number AS last
     FROM receipts r LEFT JOIN receipt_series s ON s.counter_id = r.counter_id AND s.year = r.year
     GROUP BY r.counter_id, r.year`,
  ).all() as { counterId: string; year: number; last: number | null }[];
  for (const g of groups) {
    if (g.last === null || !receiptSeriesHolds(db, g.counterId, g.year, g.last)) return false;
  }
  const seriesCount = (sql(db, 'SELECT COUNT(*) AS n FROM receipt_series WHERE last_number > 0').get() as { n: number })
    .n;
  if (seriesCount !== groups.length) return false;
  const mismatch = sql(
    db,
    `SELECT r.id FROM receipts r LEFT JOIN receipt_items i ON i.receipt_id = r.id WHERE r.id > ?
     GROUP BY r.id HAVING r.total_sen != COALESCE(SUM(i.amount_sen), -1) LIMIT 1`,
  ).get(fromReceiptId);
  return mismatch === undefined;
}

/** Case and receipt continuity for the start-up check: fast aggregates, the detailed checks only to explain a failure. */
export function checkContinuity(db: Db, fromReceiptId: number): VerifyProblem | null {
  if (!numberingHolds(db)) {
    return (
      checkNumbering(db) ?? {
        messageMs: 'Siri nombor kes tidak berterusan.',
        messageEn: 'A case-number series is not continuous.',
      }
    );
  }
  if (!receiptsHold(db, fromReceiptId)) {
    return (
      checkReceipts(db) ?? {
        messageMs: 'Siri resit tidak berterusan atau jumlah resit tidak sepadan.',
        messageEn: 'A receipt series is not continuous or a receipt total does not match.',
      }
    );
  }
  return null;
}
