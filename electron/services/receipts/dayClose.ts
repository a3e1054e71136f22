import { AppError } from '@shared/errors';
import { PAYMENT_METHODS } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { DayCloseFeeTotal, DayCloseView } from '@shared/receiptViews';
import { courtDate } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { receiptsOfDay } from './receipts';
import { actorName } from '../users/users';
import { toDayMonthYear } from '@shared/dayMonthYear';

interface DayCloseRow {
  closed_at: string;
  prepared_by: number;
  checked_by: number;
  cash_counted_sen: number;
}

/**
 * The day's collector's statement (after the Penyata Pemungut) for this counter: every receipt of the
 * date, cancelled ones listed but not counted, totals by method and by fee, the receipt range and, once
 * closed, the cash counted against what the receipts say.
 */
export function dayStatement(ledger: Ledger, date: string): DayCloseView {
  const { court } = requireCourtConfig(ledger);
  const receipts = receiptsOfDay(ledger, date, court.counterId);
  const issued = receipts.filter((r) => r.status === 'ISSUED');
  const byMethod = PAYMENT_METHODS.map((method) => {
    const of = issued.filter((r) => r.method === method);
    return { method, count: of.length, totalSen: of.reduce((s, r) => s + r.totalSen, 0) };
  }).filter((m) => m.count > 0);
  const fees = new Map<string, DayCloseFeeTotal>();
  for (const receipt of issued) {
    for (const item of receipt.items) {
      const total = fees.get(item.feeCode) ?? {
        feeCode: item.feeCode,
        description: item.description,
        count: 0,
        totalSen: 0,
      };
      total.count += 1;
      total.totalSen += item.amountSen;
      fees.set(item.feeCode, total);
    }
  }
  const closed = sql(ledger.db, 'SELECT * FROM day_closes WHERE court_date = ? AND counter_id = ?').get(
    date,
    court.counterId,
  ) as DayCloseRow | undefined;
  const cashExpected = issued.filter((r) => r.method === 'CASH').reduce((s, r) => s + r.totalSen, 0);
  return {
    date,
    counterId: court.counterId,
    closed: closed !== undefined,
    receipts,
    firstReceiptNumber: receipts[0]?.receiptNumber ?? null,
    lastReceiptNumber: receipts[receipts.length - 1]?.receiptNumber ?? null,
    issuedCount: issued.length,
    cancelledCount: receipts.length - issued.length,
    totalSen: issued.reduce((s, r) => s + r.totalSen, 0),
    byMethod,
    byFee: [...fees.values()].sort((a, b) => a.feeCode.localeCompare(b.feeCode)),
    cashExpectedSen: cashExpected,
    cashCountedSen: closed?.cash_counted_sen ?? null,
    differenceSen: closed ? closed.cash_counted_sen - cashExpected : null,
    preparedBy: closed ? actorName(ledger, userActor(closed.prepared_by)) : null,
    preparedAt: closed?.closed_at ?? null,
    checkedBy: closed ? actorName(ledger, userActor(closed.checked_by)) : null,
    checkedAt: closed?.closed_at ?? null,
  };
}

/**
 * Tutup kaunter: the clerk's cash count, confirmed by a supervisor. Afterwards no receipt can be
 * issued or cancelled for that date at this counter.
 */
export function closeDay(
  ledger: Ledger,
  actorId: number,
  supervisorId: number,
  date: string,
  cashCountedSen: number,
): DayCloseView {
  ledger.db.transaction(() => {
    const { court } = requireCourtConfig(ledger);
    const today = courtDate(ledger.clock());
    if (date > today) throw new AppError('VALIDATION', 'Hari yang belum tiba tidak boleh ditutup.');
    const day = dayStatement(ledger, date);
    if (day.closed)
      throw new AppError('CONFLICT', 'Kaunter {counterId} telah pun ditutup bagi {date}.', {
        counterId: court.counterId,
        date: toDayMonthYear(date),
      });
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      `INSERT INTO day_closes (court_date, counter_id, closed_at, prepared_by, checked_by, cash_counted_sen,
         cash_expected_sen, total_sen, first_receipt_number, last_receipt_number, issued_count, cancelled_count)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      date,
      court.counterId,
      at,
      actorId,
      supervisorId,
      cashCountedSen,
      day.cashExpectedSen,
      day.totalSen,
      day.firstReceiptNumber,
      day.lastReceiptNumber,
      day.issuedCount,
      day.cancelledCount,
    );
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'day.close',
      entity: 'dayClose',
      entityId: `${date}/${court.counterId}`,
      data: {
        date,
        counterId: court.counterId,
        approvedBy: userActor(supervisorId),
        cashCounted: formatRinggit(cashCountedSen),
        cashExpected: formatRinggit(day.cashExpectedSen),
        total: formatRinggit(day.totalSen),
        firstReceiptNumber: day.firstReceiptNumber,
        lastReceiptNumber: day.lastReceiptNumber,
        issuedCount: day.issuedCount,
        cancelledCount: day.cancelledCount,
      },
    });
  })();
  return dayStatement(ledger, date);
}
