import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { formatBothCalendars, formatGregorian, formatHearingTime, formatWithDayName } from './courtDates';
import {
  checkHijriCorrections,
  HijriCalendar,
  SHIPPED_HIJRI_CORRECTIONS,
  umalquraDate,
  umalquraMonthStart,
} from './hijri';

const shipped = new HijriCalendar(SHIPPED_HIJRI_CORRECTIONS);
const bare = new HijriCalendar([]);

describe('Hijri dates on court documents', () => {
  it("prints the SOP's own date with the shipped correction", () => {
    expect(formatBothCalendars('2022-09-30', shipped)).toBe('30 September 2022 bersamaan 3 Rabiulawal 1444H');
    // Intl alone is a day ahead there: that is why the correction ships.
    expect(bare.format(bare.toHijri('2022-09-30'))).toBe('4 Rabiulawal 1444H');
  });

  it('matches dates printed on real court documents', () => {
    expect(formatBothCalendars('2019-12-01', shipped)).toBe('1 Disember 2019 bersamaan 4 Rabiulakhir 1441H');
    expect(formatBothCalendars('2018-02-26', shipped)).toBe('26 Februari 2018 bersamaan 10 Jamadilakhir 1439H');
  });

  it('crosses month boundaries without corrections as Intl does', () => {
    expect(umalquraMonthStart(1444, 3)).toBe('2022-09-27');
    expect(bare.toHijri('2022-09-26')).toEqual({ year: 1444, month: 2, day: 30 });
    expect(bare.toHijri('2022-09-27')).toEqual({ year: 1444, month: 3, day: 1 });
    expect(bare.toHijri('2022-09-27')).toEqual(umalquraDate('2022-09-27'));
    // Zulhijjah → Muharam changes the year.
    const muharam1445 = umalquraMonthStart(1445, 1);
    expect(bare.toHijri(muharam1445)).toEqual({ year: 1445, month: 1, day: 1 });
    expect(bare.toHijri(addDay(muharam1445, -1)).year).toBe(1444);
    expect(bare.toHijri(addDay(muharam1445, -1)).month).toBe(12);
  });

  it('moves the boundary where a correction says so, on both sides', () => {
    // Safar 1444 gets the day Intl gave Rabiulawal, and Rabiulawal begins a day later.
    expect(shipped.toHijri('2022-09-27')).toEqual({ year: 1444, month: 2, day: 30 });
    expect(shipped.toHijri('2022-09-28')).toEqual({ year: 1444, month: 3, day: 1 });
    expect(shipped.monthLength(1444, 1)).toBe(30);
    expect(shipped.monthLength(1444, 2)).toBe(30);
    expect(shipped.monthLength(1444, 3)).toBe(29);
    expect(shipped.monthLength(1444, 4)).toBe(29);
    expect(shipped.toHijri('2022-10-26')).toEqual({ year: 1444, month: 3, day: 29 });
    expect(shipped.toHijri('2022-10-27')).toEqual({ year: 1444, month: 4, day: 1 });
    // Jamadilawal is Intl's again.
    const jamadilawal = umalquraMonthStart(1444, 5);
    expect(jamadilawal).toBe('2022-11-25');
    expect(shipped.toHijri(jamadilawal)).toEqual({ year: 1444, month: 5, day: 1 });
    expect(shipped.toHijri(addDay(jamadilawal, -1))).toEqual({ year: 1444, month: 4, day: 29 });
  });

  it('an earlier month start pulls the date forward', () => {
    const start = umalquraMonthStart(1445, 10);
    const earlier = new HijriCalendar([{ year: 1445, month: 10, startsOn: addDay(start, -1) }]);
    expect(() => checkHijriCorrections([{ year: 1445, month: 10, startsOn: addDay(start, -1) }])).not.toThrow();
    expect(earlier.toHijri(addDay(start, -1))).toEqual({ year: 1445, month: 10, day: 1 });
    expect(earlier.toHijri(start)).toEqual({ year: 1445, month: 10, day: 2 });
  });

  it('refuses a table that makes a month shorter than 29 or longer than 30 days', () => {
    const start = umalquraMonthStart(1444, 3);
    const tooFar = [{ year: 1444, month: 3, startsOn: addDay(start, 2) }];
    expect(() => checkHijriCorrections(tooFar)).toThrow(AppError);
    expect(() => checkHijriCorrections(tooFar)).toThrow(/mesti mempunyai 29 atau 30 hari/);
    const tooEarly = [{ year: 1444, month: 3, startsOn: addDay(start, -2) }];
    expect(() => checkHijriCorrections(tooEarly)).toThrow(/mesti mempunyai 29 atau 30 hari/);
    // Rabiulawal moved alone (without Safar and Rabiulakhir) would be 28 days after a 31-day Safar.
    expect(() => checkHijriCorrections([{ year: 1444, month: 3, startsOn: '2022-09-28' }])).toThrow(
      /Safar 1444H 31 hari/,
    );
    const squeezed = SHIPPED_HIJRI_CORRECTIONS.map((c) => (c.month === 4 ? { ...c, startsOn: '2022-10-26' } : c));
    expect(() => checkHijriCorrections(squeezed)).toThrow(/Rabiulawal 1444H 28 hari/);
    expect(() => checkHijriCorrections([...SHIPPED_HIJRI_CORRECTIONS, ...SHIPPED_HIJRI_CORRECTIONS])).toThrow(
      /dua kali/,
    );
    expect(() => checkHijriCorrections(SHIPPED_HIJRI_CORRECTIONS)).not.toThrow();
  });

  it('writes Malay day names, month names and the hearing time', () => {
    expect(formatGregorian('2026-03-01')).toBe('1 Mac 2026');
    expect(formatWithDayName('2022-09-30', shipped)).toBe('Jumaat, 30 September 2022 bersamaan 3 Rabiulawal 1444H');
    expect(formatHearingTime('09:00')).toBe('9.00 pagi');
    expect(formatHearingTime('14:30')).toBe('2.30 petang');
    expect(formatHearingTime('11:59')).toBe('11.59 pagi');
    expect(formatHearingTime('12:15')).toBe('12.15 tengah hari');
    expect(formatHearingTime('13:59')).toBe('1.59 tengah hari');
    expect(formatHearingTime('14:00')).toBe('2.00 petang');
    expect(formatHearingTime('18:59')).toBe('6.59 petang');
    expect(formatHearingTime('19:00')).toBe('7.00 malam');
    expect(formatHearingTime('00:30')).toBe('12.30 pagi');
  });
});

function addDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
