import birthplaces from './data/mykad-birthplace-codes.json';
import { message, type Message } from './errors';

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

/** Digits only, so "800101-10-5555", "800101105555" and "800101 10 5555" are the same number. */
export function normaliseMyKad(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function formatMyKad(digits: string): string {
  return `${digits.slice(0, 6)}-${digits.slice(6, 8)}-${digits.slice(8)}`;
}

/**
 * The birth date a MyKad's first six digits stand for. A two-digit year is read as the latest
 * century that does not put the birth after `today`.
 */
export function myKadBirthDate(yymmdd: string, today: Date): string | null {
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  const thisYear = today.getUTCFullYear();
  let year = Math.floor(thisYear / 100) * 100 + yy;
  if (year > thisYear) year -= 100;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) {
    return null;
  }
  if (date.getTime() > today.getTime()) return null;
  return `${String(year).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
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
