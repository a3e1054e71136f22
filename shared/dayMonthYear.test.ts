import { describe, expect, it } from 'vitest';
import { fromDayMonthYear, toDayMonthYear } from './dayMonthYear';

describe('dates written dd/mm/yyyy', () => {
  it('shows a ledger date day first', () => {
    expect(toDayMonthYear('2026-12-05')).toBe('05/12/2026');
    expect(toDayMonthYear('not a date')).toBe('not a date');
  });

  it('reads what a clerk types, day first', () => {
    expect(fromDayMonthYear('05/12/2026')).toBe('2026-12-05');
    expect(fromDayMonthYear('5/1/2026')).toBe('2026-01-05');
    expect(fromDayMonthYear('05-12-2026')).toBe('2026-12-05');
    expect(fromDayMonthYear('05.12.2026')).toBe('2026-12-05');
    expect(fromDayMonthYear(' 05122026 ')).toBe('2026-12-05');
    expect(fromDayMonthYear('29/02/2028')).toBe('2028-02-29');
  });

  it('refuses what is not a real date', () => {
    for (const typed of ['', '31/11/2026', '29/02/2027', '12/13/2026', '00/12/2026', '5/12/26', '2026-12-05', 'abc']) {
      expect(fromDayMonthYear(typed), typed).toBeNull();
    }
  });
});
