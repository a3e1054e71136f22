/** Court time: stored in UTC, shown and dated in Asia/Kuala_Lumpur. */
export const COURT_TIME_ZONE = 'Asia/Kuala_Lumpur';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COURT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Malaysia has kept UTC+08:00, with no daylight saving, since 1 January 1982. */
const MALAYSIA_OFFSET_MS = 8 * 60 * 60 * 1000;
const SINCE_1982 = Date.UTC(1981, 11, 31, 16, 0, 0);

/** The court's calendar date of an instant, as YYYY-MM-DD. */
export function courtDate(instant: Date): string {
  const ms = instant.getTime();
  // Arithmetic for every date the ledger holds; Intl for older instants (other offsets applied then).
  if (ms >= SINCE_1982) return new Date(ms + MALAYSIA_OFFSET_MS).toISOString().slice(0, 10);
  const parts = Object.fromEntries(partsFormat.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function courtYear(instant: Date): number {
  return Number(courtDate(instant).slice(0, 4));
}

/** The first instant of a court date (Malaysia has no daylight saving: always +08:00). */
export function courtDayStart(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
