import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { checkEverySeries } from '../series/continuity';
import { checkReceipts, type VerifyProblem } from './verify';

/** Receipts after `fromReceiptId` add up to their lines (those before were checked at an earlier start). */
function receiptTotalsHold(db: Db, fromReceiptId: number): boolean {
  const mismatch = sql(
    db,
    `SELECT r.id FROM receipts r LEFT JOIN receipt_items i ON i.receipt_id = r.id WHERE r.id > ?
     GROUP BY r.id HAVING r.total_sen != COALESCE(SUM(i.amount_sen), -1) LIMIT 1`,
  ).get(fromReceiptId);
  return mismatch === undefined;
}

/** Continuity of every number series, and receipt totals, for the start-up check. */
export function checkContinuity(db: Db, fromReceiptId: number): VerifyProblem | null {
  const series = checkEverySeries(db);
  if (series) return series;
  if (!receiptTotalsHold(db, fromReceiptId)) {
    return (
      checkReceipts(db) ?? {
        messageMs: 'Jumlah resit tidak sepadan dengan baris-barisnya.',
        messageEn: 'A receipt total does not match its lines.',
      }
    );
  }
  return null;
}
