import { AppError } from '@shared/errors';
import { PAYMENT_METHODS } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { DayCloseFeeTotal, DayCloseVersionView, DayCloseView, DayReopenView } from '@shared/receiptViews';
import { courtDate } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { receiptsOfDay } from './receipts';
import { dayState } from './dayState';
import { actorName } from '../users/users';
import { toDayMonthYear } from '@shared/dayMonthYear';

interface DayCloseRow {
  version: number;
  closed_at: string;
  prepared_by: number;
  checked_by: number;
  cash_counted_sen: number;
  cash_expected_sen: number;
  total_sen: number;
  difference_note: string | null;
}

interface DayReopenRow {
  version: number;
  reopened_at: string;
  reopened_by: number;
  approved_by: number;
  reason: string;
}

function closeVersions(ledger: Ledger, date: string, counterId: string): DayCloseVersionView[] {
  const rows = sql(ledger.db, 'SELECT * FROM day_closes WHERE court_date = ? AND counter_id = ? ORDER BY version').all(
    date,
    counterId,
  ) as DayCloseRow[];
  return rows.map((r) => ({
    version: r.version,
    closedAt: r.closed_at,
    preparedBy: actorName(ledger, userActor(r.prepared_by)),
    checkedBy: actorName(ledger, userActor(r.checked_by)),
    cashCountedSen: r.cash_counted_sen,
    cashExpectedSen: r.cash_expected_sen,
    totalSen: r.total_sen,
    differenceNote: r.difference_note,
  }));
}

function reopensOf(ledger: Ledger, date: string, counterId: string): DayReopenView[] {
  const rows = sql(ledger.db, 'SELECT * FROM day_reopens WHERE court_date = ? AND counter_id = ? ORDER BY version').all(
    date,
    counterId,
  ) as DayReopenRow[];
  return rows.map((r) => ({
    version: r.version,
    reopenedAt: r.reopened_at,
    reopenedBy: actorName(ledger, userActor(r.reopened_by)),
    approvedBy: actorName(ledger, userActor(r.approved_by)),
    reason: r.reason,
  }));
}

/**
 * The day's collector's statement (the Penyata Kutipan Harian Kaunter) for this counter: every receipt of the
 * date, cancelled ones listed but not counted, totals by method and by fee, the receipt range and, once
 * closed, the cash counted against what the receipts say.
 */
export function dayStatement(ledger: Ledger, date: string): DayCloseView {
  const { court } = requireCourtConfig(ledger);
  const receipts = receiptsOfDay(ledger, date, court.counterId);
  const issued = receipts.filter((r) => r.status === 'ISSUED');
  // What each receipt brought in: its lines and any 5-sen rounding of its cash.
  const paid = (r: (typeof issued)[number]) => r.totalSen + r.roundingSen;
  const byMethod = PAYMENT_METHODS.map((method) => {
    const of = issued.filter((r) => r.method === method);
    return { method, count: of.length, totalSen: of.reduce((s, r) => s + paid(r), 0) };
  }).filter((m) => m.count > 0);
  const fees = new Map<string, DayCloseFeeTotal>();
  for (const receipt of issued) {
    for (const item of receipt.items) {
      const total = fees.get(item.feeCode) ?? {
        feeCode: item.feeCode,
        // The fee's name: a line of several units reads "Fi ekshibit × 8".
        description: item.quantity > 1 ? item.description.replace(/ × \d+$/, '') : item.description,
        count: 0,
        totalSen: 0,
      };
      // Units, not lines: 8 ekshibit at RM 25 on one line count as 8.
      total.count += item.quantity;
      total.totalSen += item.amountSen;
      fees.set(item.feeCode, total);
    }
  }
  const state = dayState(ledger, date, court.counterId);
  const closes = closeVersions(ledger, date, court.counterId);
  const closed = state.closed ? closes[closes.length - 1] : undefined;
  const cashExpected = issued.filter((r) => r.method === 'CASH').reduce((s, r) => s + paid(r), 0);
  return {
    date,
    counterId: court.counterId,
    closed: closed !== undefined,
    version: closed?.version ?? null,
    closes,
    reopens: reopensOf(ledger, date, court.counterId),
    roundingSen: issued.reduce((s, r) => s + r.roundingSen, 0),
    differenceNote: closed?.differenceNote ?? null,
    receipts,
    firstReceiptNumber: receipts[0]?.receiptNumber ?? null,
    lastReceiptNumber: receipts[receipts.length - 1]?.receiptNumber ?? null,
    issuedCount: issued.length,
    cancelledCount: receipts.length - issued.length,
    totalSen: issued.reduce((s, r) => s + paid(r), 0),
    byMethod,
    byFee: [...fees.values()].sort((a, b) => a.feeCode.localeCompare(b.feeCode)),
    cashExpectedSen: cashExpected,
    cashCountedSen: closed?.cashCountedSen ?? null,
    differenceSen: closed ? closed.cashCountedSen - cashExpected : null,
    preparedBy: closed?.preparedBy ?? null,
    preparedAt: closed?.closedAt ?? null,
    checkedBy: closed?.checkedBy ?? null,
    checkedAt: closed?.closedAt ?? null,
  };
}

export interface DayCount {
  cashCountedSen: number;
  /** Why the count is not what the receipts say: required then. */
  differenceNote: string | null;
}

/**
 * Tutup kaunter: the clerk's cash count, confirmed by a supervisor. Afterwards no receipt can be
 * cancelled for that date at this counter, and a payment joins the next working day's collection. A day
 * reopened and closed again gets the next version of its statement; the earlier close is kept.
 */
export function closeDay(
  ledger: Ledger,
  actorId: number,
  supervisorId: number,
  date: string,
  { cashCountedSen, differenceNote }: DayCount,
): DayCloseView {
  ledger.db.transaction(() => {
    const { court } = requireCourtConfig(ledger);
    const today = courtDate(ledger.clock());
    if (date > today) throw new AppError('VALIDATION', 'Kaunter tidak boleh ditutup bagi tarikh yang belum tiba.');
    const day = dayStatement(ledger, date);
    if (day.closed)
      throw new AppError('CONFLICT', 'Kaunter {counterId} telah pun ditutup bagi {date}.', {
        counterId: court.counterId,
        date: toDayMonthYear(date),
      });
    if (cashCountedSen !== day.cashExpectedSen && differenceNote === null) {
      throw AppError.onField(
        'VALIDATION',
        'differenceNote',
        'Tunai dikira tidak sama dengan jumlah resit tunai (RM {expected}): isikan catatan perbezaan tunai.',
        { expected: formatRinggit(day.cashExpectedSen) },
      );
    }
    const version = dayState(ledger, date, court.counterId).closes + 1;
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      `INSERT INTO day_closes (court_date, counter_id, version, closed_at, prepared_by, checked_by, cash_counted_sen,
         cash_expected_sen, total_sen, first_receipt_number, last_receipt_number, issued_count, cancelled_count,
         difference_note)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      date,
      court.counterId,
      version,
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
      cashCountedSen === day.cashExpectedSen ? null : differenceNote,
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
        version,
        approvedBy: userActor(supervisorId),
        differenceNote: cashCountedSen === day.cashExpectedSen ? null : differenceNote,
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

/**
 * Buka semula: a supervisor reopens a closed day with a reason, so a receipt of it can be cancelled or a
 * late payment taken into it. The close stays as it was signed; closing again makes the next version.
 */
export function reopenDay(
  ledger: Ledger,
  actorId: number,
  supervisorId: number,
  date: string,
  reason: string,
): DayCloseView {
  ledger.db.transaction(() => {
    const { court } = requireCourtConfig(ledger);
    const state = dayState(ledger, date, court.counterId);
    if (!state.closed) {
      throw new AppError('CONFLICT', 'Kaunter {counterId} belum ditutup bagi {date}.', {
        counterId: court.counterId,
        date,
      });
    }
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      `INSERT INTO day_reopens (court_date, counter_id, version, reopened_at, reopened_by, approved_by, reason)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(date, court.counterId, state.closes, at, actorId, supervisorId, reason);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'day.reopen',
      entity: 'dayClose',
      entityId: `${date}/${court.counterId}`,
      data: { date, counterId: court.counterId, version: state.closes, reason, approvedBy: userActor(supervisorId) },
    });
  })();
  return dayStatement(ledger, date);
}
