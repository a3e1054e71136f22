/** Court time: stored in UTC, shown and dated in Asia/Kuala_Lumpur. */
export const COURT_TIME_ZONE = 'Asia/Kuala_Lumpur';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: COURT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The court's calendar date of an instant, as YYYY-MM-DD. */
export function courtDate(instant: Date): string {
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
