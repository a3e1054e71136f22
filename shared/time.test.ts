import { describe, expect, it } from 'vitest';
import { COURT_TIME_ZONE, addDays, courtDate, courtDayStart, courtYear } from './time';

describe('courtDate', () => {
  it('is the Kuala Lumpur date, 8 hours ahead of UTC', () => {
    expect(COURT_TIME_ZONE).toBe('Asia/Kuala_Lumpur');
    expect(courtDate(new Date('2026-03-10T23:59:00Z'))).toBe('2026-03-11');
    expect(courtDate(new Date('2026-03-10T00:00:00Z'))).toBe('2026-03-10');
    expect(courtDate(new Date('2026-03-10T12:00:00Z'))).toBe('2026-03-10');
  });

  it('changes day at 16:00 UTC (midnight in Kuala Lumpur)', () => {
    expect(courtDate(new Date('2026-03-10T15:59:59.999Z'))).toBe('2026-03-10');
    expect(courtDate(new Date('2026-03-10T16:00:00.000Z'))).toBe('2026-03-11');
  });

  it('changes month and year in Kuala Lumpur before UTC does', () => {
    expect(courtDate(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
    expect(courtDate(new Date('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
    expect(courtDate(new Date('2025-12-31T23:59:00Z'))).toBe('2026-01-01');
    expect(courtYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(courtYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('agrees with Intl for every hour across the years the ledger holds', () => {
    const intl = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Kuala_Lumpur',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    for (let ms = Date.UTC(1982, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 7 * 3_600_000 + 13 * 60_000) {
      const instant = new Date(ms);
      expect(courtDate(instant)).toBe(intl.format(instant));
    }
    // Before 1982 Malaysia kept UTC+07:30: Intl's answer still holds there.
    expect(courtDate(new Date('1981-06-30T16:15:00Z'))).toBe('1981-06-30');
  });

  it('ignores the offset the instant was written with', () => {
    expect(courtDate(new Date('2026-03-10T07:30:00+08:00'))).toBe('2026-03-10');
    expect(courtDate(new Date('2026-03-10T20:00:00-05:00'))).toBe('2026-03-11');
  });

  it('always gives YYYY-MM-DD with zero padding', () => {
    expect(courtDate(new Date('2026-01-04T01:00:00Z'))).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(courtDate(new Date('2026-01-04T01:00:00Z'))).toBe('2026-01-04');
  });
});

describe('courtDayStart', () => {
  it('is 16:00 UTC on the previous day', () => {
    expect(courtDayStart('2026-03-11').toISOString()).toBe('2026-03-10T16:00:00.000Z');
    expect(courtDayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(courtDayStart('2024-03-01').toISOString()).toBe('2024-02-29T16:00:00.000Z');
  });

  it('is the first instant of that court date', () => {
    for (const date of ['2026-01-01', '2026-02-28', '2026-06-15', '2026-12-31']) {
      const start = courtDayStart(date);
      expect(courtDate(start)).toBe(date);
      expect(courtDate(new Date(start.getTime() - 1))).toBe(addDays(date, -1));
    }
  });

  it('is 24 hours apart on consecutive days (no daylight saving)', () => {
    let date = '2026-01-01';
    for (let i = 0; i < 366; i++) {
      const next = addDays(date, 1);
      expect(courtDayStart(next).getTime() - courtDayStart(date).getTime()).toBe(86_400_000);
      date = next;
    }
    expect(date).toBe('2027-01-02');
  });
});

describe('addDays', () => {
  it.each([
    ['2026-03-10', 1, '2026-03-11'],
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2026-12-25', 14, '2027-01-08'],
    ['2026-04-30', 31, '2026-05-31'],
  ])('%s + %i days = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('undoes itself', () => {
    for (const days of [-400, -31, -1, 1, 29, 59, 400]) {
      expect(addDays(addDays('2026-02-15', days), -days)).toBe('2026-02-15');
    }
  });
});
