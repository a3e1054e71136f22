import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import statesData from '../../shared/data/states-and-courts.json';
import {
  SHIPPED_HOLIDAY_FILES,
  shippedHolidayFileSchema,
  shippedHolidays,
} from '../../shared/calendar/shippedHolidays';

const DIR = join(import.meta.dirname, '..', '..', 'shared', 'data', 'holidays');
const STATE_CODES = new Set(statesData.states.map((s) => s.code));
const DAYS = ['Ahad', 'Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu'];
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, data: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown }));

describe('shipped public holidays (shared/data/holidays)', () => {
  it('ships 2026 and 2027, and every file in the folder is imported', () => {
    expect(files.map((f) => f.file)).toEqual(['2026.json', '2027.json']);
    expect(SHIPPED_HOLIDAY_FILES.map((f) => f.year)).toEqual([2026, 2027]);
  });

  it.each(files)(
    '$file: schema, real dates of its year, the right weekday, known states, no state twice a day',
    ({ file, data }) => {
      const parsed = shippedHolidayFileSchema.parse(data);
      expect(`${parsed.year}.json`).toBe(file);
      const seen = new Set<string>();
      for (const h of parsed.holidays) {
        const d = new Date(`${h.date}T00:00:00Z`);
        expect(d.toISOString().slice(0, 10), h.date).toBe(h.date);
        expect(d.getUTCFullYear(), h.date).toBe(parsed.year);
        expect(DAYS[d.getUTCDay()], `${h.date} ${h.name}`).toBe(h.day);
        expect(new Set(h.states).size, `${h.date} ${h.name}`).toBe(h.states.length);
        for (const s of h.states) {
          expect(STATE_CODES.has(s), `${h.date}: state ${s}`).toBe(true);
          const key = `${h.date}/${s}`;
          expect(seen.has(key), `${h.name}: state ${s} already has a holiday on ${h.date}`).toBe(false);
          seen.add(key);
        }
      }
      // Every state has the national days.
      for (const s of STATE_CODES) {
        const names = parsed.holidays.filter((h) => h.states.includes(s)).map((h) => h.name);
        expect(names, `state ${s}`).toEqual(
          expect.arrayContaining(['Hari Kebangsaan', 'Hari Malaysia', 'Hari Pekerja']),
        );
      }
    },
  );

  it('marks the Islamic holidays as tarikh jangkaan', () => {
    const islamic = /Aidilfitri|Haji|Muharram|Maulidur|Nuzul|Israk|Ramadan|Arafah|Hol/;
    for (const f of SHIPPED_HOLIDAY_FILES)
      for (const h of f.holidays) if (islamic.test(h.name)) expect(h.expected, `${h.date} ${h.name}`).toBe(true);
  });

  it("gives one state's holidays of the years asked, in date order", () => {
    const ns = shippedHolidays('05', [2026]);
    expect(ns.every((h) => h.date.startsWith('2026-'))).toBe(true);
    expect(ns.map((h) => h.date)).toEqual([...ns.map((h) => h.date)].sort());
    expect(ns.find((h) => h.date === '2026-01-14')?.name).toBe('Hari Keputeraan Yang di-Pertuan Besar Negeri Sembilan');
    expect(ns.some((h) => h.name === 'Hari Sarawak')).toBe(false);
    expect(shippedHolidays('05', [2030])).toEqual([]);
    expect(shippedHolidays('13', [2026, 2027]).some((h) => h.name === 'Hari Deepavali')).toBe(false);
  });
});
