/** Dates as court documents write them: Malay month and day names, Gregorian "bersamaan" Hijri. */
import type { HijriCalendar } from './hijri';
import { malayDayName } from './workingDays';

export const MALAY_MONTHS = [
  'Januari',
  'Februari',
  'Mac',
  'April',
  'Mei',
  'Jun',
  'Julai',
  'Ogos',
  'September',
  'Oktober',
  'November',
  'Disember',
] as const;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2022-09-30" → "30 September 2022". */
export function formatGregorian(date: string): string {
  const match = DATE.exec(date);
  const month = match ? MALAY_MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new RangeError(`Tarikh tidak sah: ${date}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "30 September 2022 bersamaan 3 Rabiulawal 1444H". */
export function formatBothCalendars(date: string, calendar: HijriCalendar): string {
  return `${formatGregorian(date)} bersamaan ${calendar.format(calendar.toHijri(date))}`;
}

/** "Jumaat, 30 September 2022 bersamaan 3 Rabiulawal 1444H". */
export function formatWithDayName(date: string, calendar: HijriCalendar): string {
  return `${malayDayName(date)}, ${formatBothCalendars(date, calendar)}`;
}

/**
 * "09:00" → "9.00 pagi"; "12:30" → "12.30 tengah hari"; "14:30" → "2.30 petang"; "19:30" → "7.30 malam"
 * (a court's clock on a summons, with DBP's parts of the day: tengah hari from 12.00 until 2.00).
 */
export function formatHearingTime(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const period = h < 12 ? 'pagi' : h < 14 ? 'tengah hari' : h < 19 ? 'petang' : 'malam';
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return `${hour12}.${String(m).padStart(2, '0')} ${period}`;
}
