import { describe, expect, it } from 'vitest';
import {
  formatCourtDateLong,
  formatCourtDateTime,
  formatCourtDateTimeShort,
  formatCourtTime,
  MALAY_MONTHS,
  rm,
} from './format';

describe('document formats', () => {
  it('names the months in Malay', () => {
    expect(MALAY_MONTHS).toEqual([
      'Januari',
      'Februari',
      'Mac',
      'April',
      'Mei',
      'Jun',
      'Julai',
      'Ogos',
      'September',
      'Oktober',
      'November',
      'Disember',
    ]);
    expect(formatCourtDateLong('2026-03-01')).toBe('1 Mac 2026');
    expect(formatCourtDateLong('2026-08-31')).toBe('31 Ogos 2026');
  });

  it('shows instants in Kuala Lumpur time on the 24-hour clock', () => {
    expect(formatCourtDateTime('2026-11-28T02:15:42Z')).toBe('28 November 2026, 10:15');
    expect(formatCourtDateTime('2026-11-28T16:05:00Z')).toBe('29 November 2026, 00:05');
    expect(formatCourtDateTimeShort('2026-02-03T04:05:06Z')).toBe('03/02/2026 12:05');
    expect(formatCourtTime('2026-11-28T02:15:42Z')).toBe('10:15');
    expect(formatCourtTime('2026-11-28T02:15:42Z', true)).toBe('10:15:42');
  });

  it('refuses what is not a date', () => {
    expect(() => formatCourtDateTime('semalam')).toThrow(RangeError);
    expect(() => formatCourtDateLong('2026-13-01')).toThrow(RangeError);
    expect(() => formatCourtDateLong('28/11/2026')).toThrow(RangeError);
  });

  it('writes ringgit with the sign', () => {
    expect(rm(123450)).toBe('RM 1,234.50');
    expect(rm(0)).toBe('RM 0.00');
    expect(rm(-1000)).toBe('RM -10.00');
  });
});
