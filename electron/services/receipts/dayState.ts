/**
 * Whether a counter's day is closed, and to which day's collection a payment taken now belongs. A day is
 * closed while it has more closes than reopens (day_closes, day_reopens: both only ever added to).
 */
import { addWorkingDays } from '@shared/calendar/workingDays';
import type { CollectionDayView } from '@shared/receiptViews';
import { courtDate } from '@shared/time';
import { requireCourtConfig } from '../court/court';
import { workingCalendar } from '../calendar/courtCalendar';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

export interface DayState {
  /** The latest close version, 0 when the day was never closed. */
  closes: number;
  reopens: number;
  closed: boolean;
}

export function dayState(ledger: Ledger, date: string, counterId: string): DayState {
  const closes = (
    sql(ledger.db, 'SELECT COALESCE(MAX(version), 0) AS n FROM day_closes WHERE court_date = ? AND counter_id = ?').get(
      date,
      counterId,
    ) as { n: number }
  ).n;
  const reopens = (
    sql(ledger.db, 'SELECT COUNT(*) AS n FROM day_reopens WHERE court_date = ? AND counter_id = ?').get(
      date,
      counterId,
    ) as { n: number }
  ).n;
  return { closes, reopens, closed: closes > reopens };
}

export function isDayClosed(ledger: Ledger, date: string, counterId: string): boolean {
  return dayState(ledger, date, counterId).closed;
}

/**
 * The court date whose collection a payment taken at `now` joins: today, or once today is closed the next
 * working day that is not closed (a late payer is not turned away; the receipt names its collection date).
 */
export function collectionDate(ledger: Ledger, now: Date, counterId: string): string {
  const today = courtDate(now);
  if (!isDayClosed(ledger, today, counterId)) return today;
  const calendar = workingCalendar(ledger);
  let day = addWorkingDays(today, 1, calendar);
  while (isDayClosed(ledger, day, counterId)) day = addWorkingDays(day, 1, calendar);
  return day;
}

/** What the payment forms tell the clerk before they pay: whether today is closed, and where the payment goes. */
export function collectionDay(ledger: Ledger): CollectionDayView {
  const { court } = requireCourtConfig(ledger);
  const now = ledger.clock();
  const today = courtDate(now);
  return {
    today,
    todayClosed: isDayClosed(ledger, today, court.counterId),
    collectionDate: collectionDate(ledger, now, court.counterId),
  };
}
