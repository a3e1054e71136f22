/**
 * Hijri dates as Malaysian court documents write them. A base calendar gives each month's start: the
 * app uses Malaysia's computed takwim (MABIMS imkanur-rukyah, `electron/services/calendar/mabims.ts`);
 * Intl's `islamic-umalqura` is the fallback base here (and outside the computed range). Official
 * announcements can start a month a day earlier or later, so the court keeps a table of Hijri month
 * starts (Hijri year and month → the Gregorian date of its 1st day) that overrides the base.
 * Dates are court dates, YYYY-MM-DD, with no time of day.
 */
import { AppError, fieldIssue } from '../errors';
import { addDays } from '../time';
import { toDayMonthYear } from '../dayMonthYear';

/** The Hijri months as Malaysian documents spell them (GLOSSARY.md). */
export const HIJRI_MONTHS = [
  'Muharam',
  'Safar',
  'Rabiulawal',
  'Rabiulakhir',
  'Jamadilawal',
  'Jamadilakhir',
  'Rejab',
  'Syaaban',
  'Ramadan',
  'Syawal',
  'Zulkaedah',
  'Zulhijjah',
] as const;

export interface HijriDate {
  year: number;
  /** 1 = Muharam … 12 = Zulhijjah. */
  month: number;
  day: number;
}

/** One row of the court's table: the Gregorian date on which Hijri month `month` of `year` begins. */
export interface HijriMonthStart {
  year: number;
  month: number;
  startsOn: string;
}

/**
 * The corrections the app ships with: the SOP's own date, 30 September 2022 = 3 Rabiulawal 1444, so
 * 1 Rabiulawal = 28 September (Intl says the 27th). Moved alone it would make Intl's Safar (30 days) 31
 * and its Rabiulawal (29 days) 28, so Safar and Rabiulakhir begin a day later too: Muharam 30 days,
 * Safar 30, Rabiulawal 29, Rabiulakhir 29.
 */
export const SHIPPED_HIJRI_CORRECTIONS: readonly HijriMonthStart[] = [
  { year: 1444, month: 2, startsOn: '2022-08-29' },
  { year: 1444, month: 3, startsOn: '2022-09-28' },
  { year: 1444, month: 4, startsOn: '2022-10-27' },
];

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDate(date: string): Date {
  const d = new Date(`${date}T00:00:00Z`);
  if (!DATE.test(date) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`Tarikh tidak sah: ${date}`);
  }
  return d;
}

function daysBetween(from: string, to: string): number {
  return Math.round((utcDate(to).getTime() - utcDate(from).getTime()) / 86_400_000);
}

/** Intl's Umm al-Qura date of a Gregorian date, uncorrected. */
export function umalquraDate(date: string): HijriDate {
  const parts = Object.fromEntries(umalqura.formatToParts(utcDate(date)).map((p) => [p.type, p.value]));
  return { year: parseInt(parts.year ?? '', 10), month: Number(parts.month), day: Number(parts.day) };
}

/** Months counted from the Hijri epoch, so neighbouring months are ±1. */
function ordinal(year: number, month: number): number {
  return year * 12 + (month - 1);
}

function fromOrdinal(n: number): { year: number; month: number } {
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

/** The Gregorian date on which Intl's Umm al-Qura calendar begins a Hijri month. */
export function umalquraMonthStart(year: number, month: number): string {
  const target = ordinal(year, month);
  // The mean lunar month from the Hijri epoch (16 July 622) lands within a few days; Intl settles it.
  let guess = addDays('1970-01-01', -492_148 + Math.floor((target - 12) * 29.530589) + 15);
  for (let step = 0; step < 6; step++) {
    const h = umalquraDate(guess);
    const off = target - ordinal(h.year, h.month);
    if (off === 0) return addDays(guess, 1 - h.day);
    guess = addDays(guess, off * 29.5 > 0 ? Math.ceil(off * 29.5) : Math.floor(off * 29.5));
  }
  throw new RangeError(`Bulan Hijrah tidak dapat dikira: ${month}/${year}`);
}

/** A base calendar: where each Hijri month begins, and which month a Gregorian date falls in. */
export interface HijriBase {
  monthStart(year: number, month: number): string;
  /** The base's own Hijri date of a Gregorian date (the corrected month is this one or a neighbour). */
  toHijri(date: string): HijriDate;
}

/** Intl's Umm al-Qura calendar as a base. */
export const UMM_AL_QURA_BASE: HijriBase = { monthStart: umalquraMonthStart, toHijri: umalquraDate };

/** The court's calendar: the base's month starts, overridden by the court's table. */
export class HijriCalendar {
  private readonly starts: Map<number, string>;
  /** The twelve month names as this court spells them (the glossary's by default). */
  readonly monthNames: readonly string[];

  constructor(
    corrections: readonly HijriMonthStart[] = SHIPPED_HIJRI_CORRECTIONS,
    monthNames: readonly string[] = HIJRI_MONTHS,
    readonly base: HijriBase = UMM_AL_QURA_BASE,
  ) {
    this.starts = new Map(corrections.map((c) => [ordinal(c.year, c.month), c.startsOn]));
    this.monthNames = monthNames.length === 12 ? monthNames : HIJRI_MONTHS;
  }

  /** "3 Rabiulawal 1444H", with this court's month names. */
  format(h: HijriDate): string {
    return `${h.day} ${this.monthNames[h.month - 1] ?? '?'} ${h.year}H`;
  }

  /** The Gregorian date on which a Hijri month begins in this calendar. */
  monthStart(year: number, month: number): string {
    return this.starts.get(ordinal(year, month)) ?? this.base.monthStart(year, month);
  }

  monthLength(year: number, month: number): number {
    const next = fromOrdinal(ordinal(year, month) + 1);
    return daysBetween(this.monthStart(year, month), this.monthStart(next.year, next.month));
  }

  /** The Hijri date of a Gregorian date. */
  toHijri(date: string): HijriDate {
    const base = this.base.toHijri(date);
    const here = ordinal(base.year, base.month);
    // A correction moves a month start by a day or two, so the month holding `date` is Intl's or a neighbour.
    for (const n of [here + 1, here, here - 1]) {
      const { year, month } = fromOrdinal(n);
      const start = this.monthStart(year, month);
      if (daysBetween(start, date) >= 0) return { year, month, day: daysBetween(start, date) + 1 };
    }
    throw new RangeError(`Tarikh Hijrah tidak dapat dikira: ${date}`);
  }
}

/** "3 Rabiulawal 1444H". */
export function hijriMonthName(month: number): string {
  return HIJRI_MONTHS[month - 1] ?? String(month);
}

/**
 * Refuses a table that would leave any month shorter than 29 days or longer than 30, with the whole
 * table applied at once over the base (so the order rows were typed in never matters): the month each
 * row starts and the month before it are checked, and the refusal names the first such month.
 */
export function checkHijriCorrections(
  corrections: readonly HijriMonthStart[],
  base: HijriBase = UMM_AL_QURA_BASE,
): void {
  const seen = new Set<number>();
  for (const c of corrections) {
    const key = ordinal(c.year, c.month);
    if (seen.has(key)) {
      throw new AppError('VALIDATION', 'Permulaan bulan {month} {year}H disenaraikan dua kali.', {
        month: hijriMonthName(c.month),
        year: c.year,
      });
    }
    seen.add(key);
  }
  const calendar = new HijriCalendar(corrections, HIJRI_MONTHS, base);
  const checked = new Set<number>();
  for (const n of [...seen].flatMap((k) => [k - 1, k]).sort((a, b) => a - b)) {
    if (checked.has(n)) continue;
    checked.add(n);
    const m = fromOrdinal(n);
    const length = calendar.monthLength(m.year, m.month);
    if (length < 29 || length > 30) {
      throw new AppError(
        'VALIDATION',
        'Jadual ini menjadikan bulan {month} {year}H {length} hari (1 {month} = {startsOn}); sebulan Hijrah mesti mempunyai 29 atau 30 hari.',
        {
          month: hijriMonthName(m.month),
          year: m.year,
          startsOn: toDayMonthYear(calendar.monthStart(m.year, m.month)),
          length,
        },
        [
          fieldIssue('hijriMonthStarts', 'Bulan {month} {year}H menjadi {length} hari.', {
            month: hijriMonthName(m.month),
            year: m.year,
            length,
          }),
        ],
      );
    }
  }
}
