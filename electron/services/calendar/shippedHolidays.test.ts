import { describe, expect, it } from 'vitest';
import { shippedHolidays } from '@shared/calendar/shippedHolidays';
import { dispatcherFor, readyLedger, unwrap } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';

const holidayRows = (ledger: Ledger) =>
  ledger.db.prepare('SELECT date, name FROM holidays ORDER BY date').all() as { date: string; name: string }[];
const auditActions = (ledger: Ledger) =>
  (ledger.db.prepare('SELECT action FROM audit_events ORDER BY seq').all() as { action: string }[]).map(
    (r) => r.action,
  );
const loads = (ledger: Ledger) =>
  (
    ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'holiday.load' ORDER BY seq").all() as {
      data: string;
    }[]
  ).map((r) => JSON.parse(r.data) as { via: string; year: number | null; holidays: { date: string }[] });

// The test court is in Negeri Sembilan (05); the frozen clock stands in November 2026.
describe('shipped public holidays in the court calendar', () => {
  it('setup puts the holidays the supervisor confirmed into the calendar, with one audit entry', async () => {
    const confirmed = shippedHolidays('05', [2026, 2027])
      .filter((h) => h.name !== 'Hari Deepavali')
      .map(({ date, name }) => ({ date, name }));
    const { ledger } = await readyLedger({
      holidays: [...confirmed, { date: '2026-12-31', name: 'Cuti Peristiwa Negeri' }],
    });
    const rows = holidayRows(ledger);
    expect(rows).toHaveLength(confirmed.length + 1);
    expect(rows.map((r) => r.date)).not.toContain('2026-11-08');
    expect(rows).toContainEqual({ date: '2026-12-31', name: 'Cuti Peristiwa Negeri' });
    expect(loads(ledger)).toEqual([expect.objectContaining({ via: 'setup', year: null })]);
    expect(loads(ledger)[0]?.holidays).toHaveLength(confirmed.length + 1);
  });

  it('setup refuses the same date twice and saves nothing', async () => {
    await expect(
      readyLedger({
        holidays: [
          { date: '2026-12-25', name: 'Hari Krismas' },
          { date: '2026-12-25', name: 'Krismas lagi' },
        ],
      }),
    ).rejects.toThrow();
  });

  it('Tetapan shows what a year would add, adds only the missing ones, and never a date twice', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await dispatch('calendar.addHoliday', { date: '2027-08-31', name: 'Hari Merdeka' }));

    const before = unwrap(await dispatch('calendar.shippedHolidays', { year: 2027 }));
    const shipped2027 = shippedHolidays('05', [2027]);
    expect(before.stateName).toBe('Negeri Sembilan');
    expect(before.years).toEqual([2026, 2027]);
    expect(before.alreadyThere).toBe(1);
    expect(before.missing.map((h) => h.date)).toEqual(shipped2027.map((h) => h.date).filter((d) => d !== '2027-08-31'));
    expect(before.missing.find((h) => h.name === 'Hari Raya Aidilfitri')?.expected).toBe(true);

    const chosen = before.missing.filter((h) => h.date !== '2027-12-25').map((h) => h.date);
    const view = unwrap(await dispatch('calendar.loadShippedHolidays', { year: 2027, dates: chosen }));
    expect(view.holidays.filter((h) => h.date.startsWith('2027-'))).toHaveLength(chosen.length + 1);
    expect(view.holidays.find((h) => h.date === '2027-08-31')?.name).toBe('Hari Merdeka');
    expect(loads(ledger).at(-1)).toEqual(expect.objectContaining({ via: 'shipped', year: 2027 }));

    const after = unwrap(await dispatch('calendar.shippedHolidays', { year: 2027 }));
    expect(after.missing.map((h) => h.date)).toEqual(['2027-12-25']);

    // A date already loaded, or one not in the shipped list, is refused and nothing changes.
    const count = holidayRows(ledger).length;
    const actions = auditActions(ledger).length;
    for (const dates of [[chosen[0]], ['2027-12-25', '2027-12-26']]) {
      const refused = await dispatch('calendar.loadShippedHolidays', { year: 2027, dates });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.error.code).toBe('VALIDATION');
    }
    expect(holidayRows(ledger)).toHaveLength(count);
    expect(auditActions(ledger)).toHaveLength(actions);

    const noYear = await dispatch('calendar.shippedHolidays', { year: 2031 });
    expect(noYear.ok ? null : noYear.error.code).toBe('NOT_FOUND');
  });

  it('is for supervisors only', async () => {
    const { ledger } = await readyLedger();
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await dispatch('users.create', { name: 'Kerani Satu', role: 'CLERK', pin: '246810' }));
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 2, pin: '246810' }));
    const refused = await dispatch('calendar.loadShippedHolidays', { year: 2027, dates: ['2027-12-25'] });
    expect(refused.ok).toBe(false);
    expect(holidayRows(ledger)).toEqual([]);
  });
});
