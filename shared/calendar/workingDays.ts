import statesAndCourts from '../data/states-and-courts.json';

/** Day of the week as the court's calendar names it; 0 = Sunday, as `Date.getUTCDay`. */
export const MALAY_DAY_NAMES = ['Ahad', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu'] as const;

const DAY_CODES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] as const;
export type DayCode = (typeof DAY_CODES)[number];

const SAT_SUN: readonly DayCode[] = ['SAT', 'SUN'];

/** The state's weekend from the shipped data: Friday–Saturday where the data says so, else Saturday–Sunday. */
export function stateWeekend(stateCode: string): readonly DayCode[] {
  const state = statesAndCourts.states.find((s) => s.code === stateCode) as { weekend?: string[] } | undefined;
  const weekend = state?.weekend?.filter((d): d is DayCode => (DAY_CODES as readonly string[]).includes(d));
  return weekend && weekend.length > 0 ? weekend : SAT_SUN;
}

/** The day of the week of a court date (YYYY-MM-DD), 0 = Sunday. */
export function dayOfWeek(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function malayDayName(date: string): string {
  return MALAY_DAY_NAMES[dayOfWeek(date)] ?? '';
}

export interface WorkingCalendar {
  weekend: readonly DayCode[];
  /** Public holidays as YYYY-MM-DD. */
  holidays: ReadonlySet<string>;
}

export function isWeekend(date: string, calendar: WorkingCalendar): boolean {
  return calendar.weekend.includes(DAY_CODES[dayOfWeek(date)] as DayCode);
}

export function isWorkingDay(date: string, calendar: WorkingCalendar): boolean {
  return !isWeekend(date, calendar) && !calendar.holidays.has(date);
}

function nextDay(date: string, days = 1): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The working days from `from` (inclusive) up to `to` (inclusive), in order. */
export function workingDaysBetween(from: string, to: string, calendar: WorkingCalendar): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = nextDay(d)) if (isWorkingDay(d, calendar)) days.push(d);
  return days;
}

/** The `n`th working day after `date` (n = 1 is the next working day). */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar): string {
  let d = date;
  for (let left = n; left > 0;) {
    d = nextDay(d);
    if (isWorkingDay(d, calendar)) left -= 1;
  }
  return d;
}
