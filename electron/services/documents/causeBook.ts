/** The cause book (buku kausa) of this counter for a day, a week (Monday to Sunday) or a month. */
import { formatBothCalendars, formatGregorian } from '@shared/calendar/courtDates';
import { malayDayName } from '@shared/calendar/workingDays';
import { addDays, courtDayStart } from '@shared/time';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import { hijriCalendar } from '../calendar/courtCalendar';
import { bookRow, ownBookCases } from './causeBookCases';
import type { CauseBookData } from './causeBookDoc';
import { formatCourtDateTime } from './format';
import type { Ledger } from '../ledger/ledger';

export type CauseBookPeriod = 'DAY' | 'WEEK' | 'MONTH';

/** The first and last court dates of the period holding `date`. */
export function periodRange(period: CauseBookPeriod, date: string): { from: string; to: string } {
  if (period === 'DAY') return { from: date, to: date };
  if (period === 'WEEK') {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    const from = addDays(date, -((dow + 6) % 7));
    return { from, to: addDays(from, 6) };
  }
  const from = `${date.slice(0, 8)}01`;
  return { from, to: addDays(`${addDays(from, 32).slice(0, 8)}01`, -1) };
}

function periodLine(ledger: Ledger, period: CauseBookPeriod, from: string, to: string): string {
  const calendar = hijriCalendar(ledger);
  if (period === 'DAY') return `Hari: ${malayDayName(from)}, ${formatBothCalendars(from, calendar)}`;
  const label = period === 'WEEK' ? 'Minggu' : 'Bulan';
  return `${label}: ${formatGregorian(from)} hingga ${formatGregorian(to)}`;
}

/** The court, the period and when and where it was printed: the same head on both books. */
export function causeBookHead(
  ledger: Ledger,
  period: CauseBookPeriod,
  date: string,
): Pick<CauseBookData, 'courtName' | 'stateName' | 'periodLine' | 'printedLine' | 'generatedAt'> {
  const { court } = requireCourtConfig(ledger);
  const { from, to } = periodRange(period, date);
  const generatedAt = isoNow(ledger.clock);
  return {
    courtName: court.courtName,
    stateName: court.stateName,
    periodLine: periodLine(ledger, period, from, to),
    printedLine: `Dicetak ${formatCourtDateTime(generatedAt)} · Kaunter ${court.counterId}`,
    generatedAt,
  };
}

/** This counter's book: the cases it registered in the period. */
export function causeBookData(ledger: Ledger, period: CauseBookPeriod, date: string): CauseBookData {
  const { court } = requireCourtConfig(ledger);
  const { from, to } = periodRange(period, date);
  const rows = ownBookCases(
    ledger.db,
    court.counterId,
    courtDayStart(from).toISOString(),
    courtDayStart(addDays(to, 1)).toISOString(),
  ).map((c) => bookRow(c, false));
  return {
    ...causeBookHead(ledger, period, date),
    rows,
    totalSen: rows.reduce((sum, r) => sum + r.amountSen, 0),
  };
}
