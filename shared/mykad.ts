import birthplaces from './data/mykad-birthplace-codes.json';
import { message, type Message } from './errors';
import { courtDate } from './time';

/** A MyKad number split into its parts: YYMMDD-PB-###G. */
export interface MyKadParts {
  digits: string;
  birthDate: string | null;
  placeCode: string;
  placeName: string | null;
}

/**
 * The shortest reason a clerk may give for going on with a MyKad whose date or place does not check out:
 * "ok" says nothing to ICT or an auditor; "Disemak dengan MyKad asal" does.
 */
export const MIN_OVERRIDE_REASON = 10;

export type MyKadWarningCode = 'BIRTH_DATE' | 'BIRTH_PLACE';

export interface MyKadCheck {
  /** false when the number is not 12 digits: that is an error, not a warning. */
  wellFormed: boolean;
  /** The canonical form YYMMDD-PB-###G when well formed. */
  formatted: string | null;
  parts: MyKadParts | null;
  /** Date or place that does not check out: the clerk may override with a reason. */
  warnings: (Message & { code: MyKadWarningCode })[];
}

const PLACES: Record<string, string> = { ...birthplaces.states, ...birthplaces.abroad };

/**
 * Dashes a number pasted from Word, a PDF or a web page may carry instead of "-": hyphen, non-breaking
 * hyphen, figure dash, en dash, em dash, horizontal bar, minus sign, small and full-width hyphen-minus
 * (NFKC folds the last two already; listed so the rule does not lean on it).
 */
const DASHES = /[\u2010-\u2015\u2212\u2043\uFE58\uFE63\uFF0D]/g;
/** Invisible characters a paste brings along: soft hyphen, zero-width space/joiners, word joiner, BOM. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Digits only, so "800101-10-5555", "800101105555" and "800101 10 5555" are the same number, and so are
 * the forms a paste gives: en or em dash, minus sign, full-width digits (NFKC), NBSP, zero-width spaces.
 */
export function normaliseMyKad(input: string): string {
  return input.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(/[\s-]/g, '');
}

export function formatMyKad(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

/**
 * The birth date a MyKad's first six digits stand for. A two-digit year is read as the latest
 * century that does not put the birth after `today`, today being the court's date (Malaysia's time,
 * UTC+8) whatever the PC's zone: 261215 seen on 2 December 2026 is 15 December 1926, and a baby born
 * on 2 December 2026 is born today at 07:00 MYT, though UTC still says 1 December.
 */
export function myKadBirthDate(yymmdd: string, today: Date): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  const todayDate = courtDate(today);
  const thisYear = Number(todayDate.slice(0, 4));
  const iso = (y: number) =>
    `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  let year = Math.floor(thisYear / 100) * 100 + yy;
  if (year > thisYear) year -= 100;
  // Later in the calendar year than today (ISO dates compare as strings): the century before.
  if (iso(year) > todayDate) year -= 100;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) {
    return null;
  }
  return iso(year);
}

export function checkMyKad(input: string, today: Date = new Date()): MyKadCheck {
  const digits = normaliseMyKad(input);
  if (!/^\d{12}$/.test(digits)) {
    return { wellFormed: false, formatted: null, parts: null, warnings: [] };
  }
  const birthDate = myKadBirthDate(digits.slice(0, 6), today);
  const placeCode = digits.slice(6, 8);
  const placeName = PLACES[placeCode] ?? null;
  const warnings: MyKadCheck['warnings'] = [];
  if (birthDate === null) {
    warnings.push({
      code: 'BIRTH_DATE',
      ...message('Tarikh lahir {day}/{month}/{year} pada No. K/P ini tidak sah.', {
        day: digits.slice(4, 6),
        month: digits.slice(2, 4),
        year: digits.slice(0, 2),
      }),
    });
  }
  if (placeName === null) {
    warnings.push({
      code: 'BIRTH_PLACE',
      ...message('Kod tempat lahir {placeCode} pada No. K/P ini tidak wujud dalam senarai JPN.', { placeCode }),
    });
  }
  return {
    wellFormed: true,
    formatted: formatMyKad(digits),
    parts: { digits, birthDate, placeCode, placeName },
    warnings,
  };
}
