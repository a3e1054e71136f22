import { afterEach, describe, expect, it } from 'vitest';
import { MALAY_MONTHS } from '@shared/calendar/courtDates';
import { showLanguage } from '../i18n/strings';
import { formatDate, formatDateTime, formatElapsed, fromLocalInput, toLocalInput, todayInCourt } from './time';

describe('court time', () => {
  it('shows UTC instants in Malaysian time', () => {
    expect(formatDateTime('2026-11-28T01:15:00.000Z')).toBe('28 November 2026 09:15');
    expect(formatDateTime('2026-12-31T16:30:00Z')).toBe('1 Januari 2027 00:30');
  });

  it('writes every month in full, as the court does (Ogos, not "Ogo"; Disember, not "Dis")', () => {
    const shown = MALAY_MONTHS.map((_, i) => formatDate(`2026-${String(i + 1).padStart(2, '0')}-15T04:00:00Z`));
    expect(shown).toEqual(MALAY_MONTHS.map((month) => `15 ${month} 2026`));
  });

  it('reads and writes datetime-local values as Malaysian time', () => {
    expect(toLocalInput(new Date('2026-11-28T01:15:00Z'))).toBe('2026-11-28T09:15');
    expect(fromLocalInput('2026-11-28T09:15')).toBe('2026-11-28T09:15:00+08:00');
    expect(fromLocalInput('2026-11-28')).toBeNull();
    expect(todayInCourt(new Date('2026-11-28T17:00:00Z'))).toBe('2026-11-29');
  });

  it('says how long an outage has lasted', () => {
    const start = '2026-11-28T01:15:00Z';
    expect(formatElapsed(start, new Date('2026-11-28T01:15:30Z'))).toBe('kurang daripada 1 minit');
    expect(formatElapsed(start, new Date('2026-11-28T03:28:59Z'))).toBe('2 jam 13 minit');
    expect(formatElapsed(start, new Date('2026-11-29T01:20:00Z'))).toBe('1 hari 0 jam 5 minit');
  });

  describe('in English', () => {
    afterEach(() => showLanguage('ms'));

    it('writes months and durations in English when English is chosen', () => {
      showLanguage('en');
      expect(formatDateTime('2026-12-01T01:15:00Z')).toBe('1 December 2026 09:15');
      const start = '2026-11-28T01:15:00Z';
      expect(formatElapsed(start, new Date('2026-11-28T01:15:30Z'))).toBe('less than 1 minute');
      expect(formatElapsed(start, new Date('2026-11-29T02:16:00Z'))).toBe('1 day 1 hour 1 minute');
      showLanguage('ms');
      expect(formatDateTime('2026-12-01T01:15:00Z')).toBe('1 Disember 2026 09:15');
    });
  });
});
