/**
 * The public holidays shipped with the app (shared/data/holidays/<year>.json): national and state holidays
 * per state, each with where it came from. Islamic holidays are "tarikh jangkaan" (they follow rukyah), so
 * setup and Tetapan show them marked and the supervisor confirms before anything goes into the calendar.
 */
import { z } from 'zod';
import holidays2026 from '../data/holidays/2026.json';
import holidays2027 from '../data/holidays/2027.json';

export const shippedHolidayFileSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  about: z.string().min(1),
  holidays: z.array(
    z.object({
      date: z.iso.date(),
      day: z.enum(['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad']),
      name: z.string().trim().min(3).max(100),
      states: z.array(z.string().regex(/^\d{2}$/)).min(1),
      expected: z.boolean(),
      source: z.string().min(10),
      note: z.string().min(3).optional(),
    }),
  ),
});
export type ShippedHolidayFile = z.output<typeof shippedHolidayFileSchema>;

/** Every shipped year's file, in year order (add a new year's import here and its JSON beside the others). */
export const SHIPPED_HOLIDAY_FILES: readonly ShippedHolidayFile[] = [
  holidays2026,
  holidays2027,
] as ShippedHolidayFile[];

/** One shipped holiday as a state's court sees it. */
export interface ShippedHolidayView {
  date: string;
  name: string;
  /** A tarikh jangkaan: an Islamic holiday whose date the rukyah may move. */
  expected: boolean;
  source: string;
  note?: string;
}

export function shippedYears(): number[] {
  return SHIPPED_HOLIDAY_FILES.map((f) => f.year);
}

/** The shipped holidays of one state for the given years (a year not shipped gives none), in date order. */
export function shippedHolidays(stateCode: string, years: readonly number[]): ShippedHolidayView[] {
  return SHIPPED_HOLIDAY_FILES.filter((f) => years.includes(f.year))
    .flatMap((f) => f.holidays)
    .filter((h) => h.states.includes(stateCode))
    .map((h) => ({
      date: h.date,
      name: h.name,
      expected: h.expected,
      source: h.source,
      ...(h.note ? { note: h.note } : {}),
    }))
    .sort((a, b) => a.date.localeCompare(b.date));
}
