/**
 * Malaysia's Hijri calendar computed the way the official takwim is: by the MABIMS imkanur-rukyah
 * (crescent visibility) criterion, at sunset on the 29th of each month, at Malaysia's reference place.
 *
 * Decisions and sources (see docs/ARCHITECTURE.md, "Hijri calendar"):
 * - Criterion from Muharam 1443H (2021): at sunset the moon's altitude is at least 3° and its
 *   elongation from the sun at least 6.4° ("kriteria baharu"; Mesyuarat Jawatankuasa Fatwa Negeri
 *   Selangor 2/2021, following MABIMS SOM 44: https://www.muftiselangor.gov.my/2023/10/27/… and
 *   "Prosedur cerapan anak bulan di Malaysia", muftiselangor.gov.my 2024-04-05, "mula digunapakai di
 *   Malaysia pada tahun 2021 (1443H)").
 * - Before 1443H, the 1992 MABIMS criterion used by Malaysia since 1995: at sunset altitude ≥ 2° and
 *   elongation ≥ 3°, or the moon at least 8 hours old at moonset (JAKIM e-Falak, "Kriteria
 *   Imkanur-rukyah", apps.islam.gov.my/efalak).
 * - Reference place: Pulau Perak, Yan, Kedah (5°41′N 98°56′E), the reference for the takwim since
 *   Takwim 2022 (Astro Awani, "Pulau Perak lokasi baharu rujukan takwim 2022"); used for every year
 *   here. (Before it the reference was Tanjung Chincin, Langkawi; the difference rarely decides a day.)
 * - Altitude and elongation are topocentric (as seen from the place), the moon's centre, no refraction.
 *   Geocentric elongation would put 1 Rabiulawal 1444 on 27 September 2022, against the SOP's own
 *   document (30 September 2022 = 3 Rabiulawal 1444).
 * - Month rule: on the evening of the 29th, if the criterion is met the next day is the 1st of the
 *   next month; otherwise the month has 30 days. The chain runs from 1 Muharam 1410H, placed by the
 *   same test on the evening of its conjunction day; every later month follows from the one before,
 *   so every month has 29 or 30 days.
 *
 * Computed for 1 Muharam 1410H (August 1989) to the end of 1501H (October 2078), so every day of
 * 1990–2077 is computed; outside that, Umm al-Qura.
 * Pure and deterministic: each month start is computed once per process, on first use, and cached
 * (the chain up to it is computed then too).
 */
import { AngleBetween, Body, Equator, Horizon, Observer, SearchMoonPhase, SearchRiseSet } from 'astronomy-engine';
import { UMM_AL_QURA_BASE, umalquraDate, type HijriBase, type HijriDate } from '@shared/calendar/hijri';
import { addDays } from '@shared/time';

/** Pulau Perak, Yan, Kedah: 5°41′N 98°56′E. */
export const REFERENCE_PLACE = { name: 'Pulau Perak, Kedah', latitude: 5 + 41 / 60, longitude: 98 + 56 / 60 };
const observer = new Observer(REFERENCE_PLACE.latitude, REFERENCE_PLACE.longitude, 0);
const MYT_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** The first and last Hijri years computed; other years come from Umm al-Qura. */
export const FIRST_YEAR = 1410;
export const LAST_YEAR = 1501;
/** The new MABIMS criterion (3°, 6.4°) applies from Muharam of this year. */
export const NEW_CRITERION_FROM = 1443;

export interface CrescentAtSunset {
  /** The evening's Gregorian date (Malaysian time). */
  date: string;
  sunset: Date;
  altitude: number;
  elongation: number;
  /** Hours from the conjunction to moonset (negative when the conjunction is later). */
  ageAtMoonsetHours: number | null;
  visible: boolean;
}

/** The crescent at sunset at the reference place on the evening of `date`, judged for Hijri `year`. */
export function crescentAtSunset(date: string, year: number): CrescentAtSunset {
  const localNoon = new Date(Date.parse(`${date}T12:00:00Z`) - MYT_MS);
  const sunset = SearchRiseSet(Body.Sun, observer, -1, localNoon, 1);
  if (!sunset) throw new RangeError(`Tiada matahari terbenam: ${date}`);
  const moon = Equator(Body.Moon, sunset, observer, true, true);
  const sun = Equator(Body.Sun, sunset, observer, true, true);
  const altitude = Horizon(sunset, observer, moon.ra, moon.dec).altitude;
  const elongation = AngleBetween(moon.vec, sun.vec);
  if (year >= NEW_CRITERION_FROM) {
    return {
      date,
      sunset: sunset.date,
      altitude,
      elongation,
      ageAtMoonsetHours: null,
      visible: altitude >= 3 && elongation >= 6.4,
    };
  }
  if (altitude >= 2 && elongation >= 3) {
    return { date, sunset: sunset.date, altitude, elongation, ageAtMoonsetHours: null, visible: true };
  }
  const conjunction = SearchMoonPhase(0, new Date(sunset.date.getTime() - 3 * DAY_MS), 4);
  const moonset = SearchRiseSet(Body.Moon, observer, -1, localNoon, 1);
  const ageAtMoonsetHours =
    conjunction && moonset ? (moonset.date.getTime() - conjunction.date.getTime()) / 3_600_000 : null;
  const visible = ageAtMoonsetHours !== null && ageAtMoonsetHours >= 8;
  return { date, sunset: sunset.date, altitude, elongation, ageAtMoonsetHours, visible };
}

function localDate(time: Date): string {
  return new Date(time.getTime() + MYT_MS).toISOString().slice(0, 10);
}

const MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12 + 1;
const NEW_ERA_INDEX = (NEW_CRITERION_FROM - FIRST_YEAR) * 12;
/**
 * 1 Muharam 1443H = 10 August 2021, where the new criterion begins: the old chain computes the same
 * day (a test holds them together), so dates from 2021 on never need the slower pre-1443 months.
 */
export const NEW_ERA_START = '2021-08-10';

/** Month starts (index = months since 1 Muharam FIRST_YEAR), each era extended only as far as asked. */
const oldEra: string[] = [];
const newEra: string[] = [NEW_ERA_START];

function anchor(): string {
  // The conjunction before Umm al-Qura's 1 Muharam 1410, tested on its own evening.
  const uq = UMM_AL_QURA_BASE.monthStart(FIRST_YEAR, 1);
  const conjunction = SearchMoonPhase(0, new Date(Date.parse(`${uq}T00:00:00Z`) - 4 * DAY_MS), 6);
  if (!conjunction) throw new RangeError('Ijtimak tidak ditemui');
  const day = localDate(conjunction.date);
  return crescentAtSunset(day, FIRST_YEAR).visible ? addDays(day, 1) : addDays(day, 2);
}

/** Extends a chain to `count` months: the 29th's evening decides whether a month has 29 or 30 days. */
function extend(chain: string[], firstIndex: number, count: number): void {
  while (chain.length < count) {
    const start = chain[chain.length - 1] ?? '';
    const year = FIRST_YEAR + Math.floor((firstIndex + chain.length - 1) / 12);
    chain.push(crescentAtSunset(addDays(start, 28), year).visible ? addDays(start, 29) : addDays(start, 30));
  }
}

/** The start of month `index` (months since 1 Muharam FIRST_YEAR), computing the chain up to it once. */
function startAt(index: number): string {
  if (index >= NEW_ERA_INDEX) {
    extend(newEra, NEW_ERA_INDEX, index - NEW_ERA_INDEX + 1);
    return newEra[index - NEW_ERA_INDEX] ?? '';
  }
  if (oldEra.length === 0) oldEra.push(anchor());
  extend(oldEra, 0, index + 1);
  return oldEra[index] ?? '';
}

/** The pre-1443 chain's own 1 Muharam 1443 (for the test that holds the two eras together). */
export function oldEraNewYear1443(): string {
  if (oldEra.length === 0) oldEra.push(anchor());
  extend(oldEra, 0, NEW_ERA_INDEX + 1);
  return oldEra[NEW_ERA_INDEX] ?? '';
}

function inRange(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

/** The Gregorian date Malaysia's computed takwim begins a Hijri month on. */
export function mabimsMonthStart(year: number, month: number): string {
  if (!inRange(year)) return UMM_AL_QURA_BASE.monthStart(year, month);
  return startAt((year - FIRST_YEAR) * 12 + (month - 1));
}

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The computed takwim's Hijri date of a Gregorian date. */
export function mabimsDate(date: string): HijriDate {
  // A month is 29.53 days on average: the estimate is within a month, then step to the right one.
  let index = NEW_ERA_INDEX + Math.floor(daysFrom(NEW_ERA_START, date) / 29.530589);
  if (index < 0 || index >= MONTHS - 1) return umalquraDate(date);
  while (index > 0 && startAt(index) > date) index--;
  while (index < MONTHS - 2 && startAt(index + 1) <= date) index++;
  if (startAt(index) > date || startAt(index + 1) <= date) return umalquraDate(date);
  return {
    year: FIRST_YEAR + Math.floor(index / 12),
    month: (index % 12) + 1,
    day: daysFrom(startAt(index), date) + 1,
  };
}

/** Malaysia's computed takwim as the base of the court's Hijri calendar. */
export const MABIMS_BASE: HijriBase = { monthStart: mabimsMonthStart, toHijri: mabimsDate };
