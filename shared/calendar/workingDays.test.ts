import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, malayDayName, stateWeekend, workingDaysBetween } from './workingDays';

// Thursday 30 April 2026 and Friday 1 May 2026 (Hari Pekerja) as the holiday.
const holidays = new Set(['2026-05-01']);

describe('working days', () => {
  it('Kedah (Friday–Saturday weekend) across a holiday', () => {
    const kedah = { weekend: stateWeekend('02'), holidays: new Set(['2026-05-03']) };
    expect(kedah.weekend).toEqual(['FRI', 'SAT']);
    // Thu 30 Apr, (Fri, Sat weekend), Sun 3 May holiday, Mon 4 May.
    expect(workingDaysBetween('2026-04-30', '2026-05-05', kedah)).toEqual(['2026-04-30', '2026-05-04', '2026-05-05']);
    expect(addWorkingDays('2026-04-30', 1, kedah)).toBe('2026-05-04');
    expect(isWorkingDay('2026-05-02', kedah)).toBe(false);
    expect(malayDayName('2026-05-03')).toBe('Ahad');
  });

  it('Selangor (Saturday–Sunday weekend) across a holiday', () => {
    const selangor = { weekend: stateWeekend('10'), holidays };
    expect(selangor.weekend).toEqual(['SAT', 'SUN']);
    // Thu 30 Apr, Fri 1 May holiday, (Sat, Sun weekend), Mon 4 May.
    expect(workingDaysBetween('2026-04-30', '2026-05-05', selangor)).toEqual([
      '2026-04-30',
      '2026-05-04',
      '2026-05-05',
    ]);
    expect(addWorkingDays('2026-04-30', 2, selangor)).toBe('2026-05-05');
    expect(isWorkingDay('2026-05-01', selangor)).toBe(false);
    expect(malayDayName('2026-05-01')).toBe('Jumaat');
  });

  it('the same Friday is a working day in a Saturday–Sunday state only', () => {
    const friday = '2026-05-08';
    expect(isWorkingDay(friday, { weekend: stateWeekend('03'), holidays: new Set() })).toBe(false);
    expect(isWorkingDay(friday, { weekend: stateWeekend('05'), holidays: new Set() })).toBe(true);
  });
});
