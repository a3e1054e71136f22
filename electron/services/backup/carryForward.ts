import type { Db } from '../db/open';
import { openDatabase } from '../db/open';
import { caseFloorKey, floorOf, raiseFloor, receiptFloorKey } from '../numberFloors';

export interface LostRange {
  series: string;
  first: number;
  last: number;
}

/** Numbers the set-aside ledger handed out that the restored one does not hold. */
export interface LostNumbers {
  /** False when the set-aside database could not be read (then nothing is known, nothing raised). */
  readable: boolean;
  cases: LostRange[];
  receipts: LostRange[];
}

interface Series {
  key: string;
  last: number;
}

function caseSeries(db: Db): Series[] {
  return (db.prepare('SELECT scope_key AS key, last_number AS last FROM number_series').all() as Series[]).map((s) => ({
    key: s.key,
    last: Math.max(s.last, floorOf(db, caseFloorKey(s.key)) - 1),
  }));
}

function receiptSeries(db: Db): (Series & { counterId: string; year: number })[] {
  const rows = db.prepare('SELECT counter_id AS counterId, year, last_number AS last FROM receipt_series').all() as {
    counterId: string;
    year: number;
    last: number;
  }[];
  return rows.map((r) => ({
    ...r,
    key: `${r.counterId}/${r.year}`,
    last: Math.max(r.last, floorOf(db, receiptFloorKey(r.counterId, r.year)) - 1),
  }));
}

/**
 * After a restore: every case-number and receipt series continues above the highest number the
 * set-aside ledger had handed out, so a number already given to the public is never given again.
 * Call inside the restore's transaction on the restored ledger.
 */
export function carryNumbersForward(restored: Db, asideFile: string, at: string): LostNumbers {
  let aside: Db;
  try {
    aside = openDatabase(asideFile, { readonly: true });
  } catch {
    return { readable: false, cases: [], receipts: [] };
  }
  try {
    const lost: LostNumbers = { readable: true, cases: [], receipts: [] };
    const hereCases = new Map(caseSeries(restored).map((s) => [s.key, s.last]));
    for (const s of caseSeries(aside)) {
      const here = hereCases.get(s.key) ?? 0;
      if (s.last > here) {
        raiseFloor(restored, caseFloorKey(s.key), s.last + 1, 'restore', at);
        lost.cases.push({ series: s.key, first: here + 1, last: s.last });
      }
    }
    const hereReceipts = new Map(receiptSeries(restored).map((s) => [s.key, s.last]));
    for (const s of receiptSeries(aside)) {
      const here = hereReceipts.get(s.key) ?? 0;
      if (s.last > here) {
        raiseFloor(restored, receiptFloorKey(s.counterId, s.year), s.last + 1, 'restore', at);
        lost.receipts.push({ series: s.key, first: here + 1, last: s.last });
      }
    }
    return lost;
  } catch {
    return { readable: false, cases: [], receipts: [] };
  } finally {
    aside.close();
  }
}
