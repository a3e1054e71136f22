/** How printed documents write dates, times and amounts: Malay, Asia/Kuala_Lumpur, 24-hour clock. */
import { formatRinggit } from '@shared/money';
import { COURT_TIME_ZONE } from '@shared/time';
import type { Sen } from '@shared/domain';
import { MALAY_MONTHS } from '@shared/calendar/courtDates';

export { MALAY_MONTHS };

const courtParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: COURT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface CourtParts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
  second: string;
}

function partsOf(iso: string): CourtParts {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Masa tidak sah: ${iso}`);
  const p = Object.fromEntries(courtParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(p.year),
    month: Number(p.month),
    day: Number(p.day),
    hour: p.hour ?? '00',
    minute: p.minute ?? '00',
    second: p.second ?? '00',
  };
}

function monthName(month: number): string {
  const name = MALAY_MONTHS[month - 1];
  if (!name) throw new RangeError(`Bulan tidak sah: ${month}`);
  return name;
}

/** A court date "2026-11-28" → "28 November 2026". */
export function formatCourtDateLong(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Tarikh tidak sah: ${date}`);
  return `${Number(match[3])} ${monthName(Number(match[2]))} ${match[1]}`;
}

/** An instant → "28 November 2026, 10:15" in court time. */
export function formatCourtDateTime(iso: string): string {
  const p = partsOf(iso);
  return `${p.day} ${monthName(p.month)} ${p.year}, ${p.hour}:${p.minute}`;
}

export const MALAY_DAYS = ['Ahad', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu'] as const;

/** An instant → "Sabtu, 28 November 2026": the court date with its Malay day name, as letters are dated. */
export function formatCourtDateWithDay(iso: string): string {
  const p = partsOf(iso);
  const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
  return `${MALAY_DAYS[weekday] ?? ''}, ${p.day} ${monthName(p.month)} ${p.year}`;
}

/** An instant → "28/11/2026 10:15" in court time (compact, for tables). */
export function formatCourtDateTimeShort(iso: string): string {
  const p = partsOf(iso);
  return `${String(p.day).padStart(2, '0')}/${String(p.month).padStart(2, '0')}/${p.year} ${p.hour}:${p.minute}`;
}

/** An instant → "10:15:42" in court time. */
export function formatCourtTime(iso: string, seconds = false): string {
  const p = partsOf(iso);
  return seconds ? `${p.hour}:${p.minute}:${p.second}` : `${p.hour}:${p.minute}`;
}

/** Sen → "RM 1,234.50". */
export function rm(sen: Sen): string {
  return `RM ${formatRinggit(sen)}`;
}
