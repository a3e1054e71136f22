import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';
import { formatMessage } from '@shared/messages';

const CLAIMANT = { side: 'CLAIMANT', name: 'Siti Aminah binti Yusof', idType: 'MYKAD', idNumber: '850101-10-5124' };
const RESPONDENT = { side: 'RESPONDENT', name: 'Ahmad Faizal bin Hassan', idType: 'MYKAD', idNumber: '800202-05-5127' };

// The frozen clock stands at Saturday 28 November 2026, 09:00 in court time; Negeri Sembilan rests Sat–Sun.
async function counter(): Promise<{ ledger: Ledger; dispatch: TypedDispatch; caseId: number }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT, RESPONDENT] }),
  );
  return { ledger, dispatch, caseId: registered.id };
}

const count = (ledger: Ledger, table: string) =>
  (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('hearing dates', () => {
  it('offers working days only and the first free slot, skipping a holiday and a full day', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('calendar.addHoliday', { date: '2026-11-30', name: 'Cuti Peristiwa' }));
    unwrap(
      await dispatch('calendar.updateDocumentSettings', {
        rooms: ['Dewan Bicara 1'],
        capacityPerRoom: 1,
        defaultTime: '09:30',
        copies: 3,
      }),
    );
    const slots = unwrap(await dispatch('hearings.slots', {}));
    expect(slots.days.map((d) => d.date).slice(0, 3)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03']);
    expect(slots.days.every((d) => !['0', '6'].includes(String(new Date(`${d.date}T00:00:00Z`).getUTCDay())))).toBe(
      true,
    );
    expect(slots.firstFree).toEqual({ date: '2026-12-01', room: 'Dewan Bicara 1', time: '09:30' });
    expect(slots.days[0]?.dateText).toBe('Selasa, 1 Disember 2026 bersamaan 21 Jamadilakhir 1448H');

    const set = unwrap(
      await dispatch('hearings.set', {
        caseId,
        kind: 'SEBUTAN',
        date: '2026-12-01',
        time: '09:30',
        room: 'Dewan Bicara 1',
      }),
    );
    expect(set.timeText).toBe('9.30 pagi');
    const after = unwrap(await dispatch('hearings.slots', {}));
    expect(after.firstFree?.date).toBe('2026-12-02');
    expect(unwrap(await dispatch('hearings.forCase', { caseId })).map((h) => h.date)).toEqual(['2026-12-01']);
    expect(count(ledger, 'hearings')).toBe(1);
  });

  it('refuses a weekend, a holiday, a past day and a full room with Malay reasons, writing nothing', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('calendar.addHoliday', { date: '2026-12-25', name: 'Hari Krismas' }));
    unwrap(
      await dispatch('calendar.updateDocumentSettings', {
        rooms: ['Dewan 1'],
        capacityPerRoom: 1,
        defaultTime: '09:00',
        copies: 3,
      }),
    );
    unwrap(
      await dispatch('hearings.set', { caseId, kind: 'SEBUTAN', date: '2026-12-01', time: '09:00', room: 'Dewan 1' }),
    );
    const before = { hearings: count(ledger, 'hearings'), audit: count(ledger, 'audit_events') };
    const attempt = (date: string, room = 'Dewan 1') =>
      dispatch('hearings.set', { caseId, kind: 'SEBUTAN', date, time: '09:00', room });
    const refusals = await Promise.all(
      ['2026-12-05', '2026-12-25', '2026-11-27', '2026-12-01'].map(async (d) => {
        const r = await attempt(d);
        expect(r.ok).toBe(false);
        return r.ok ? null : r.error;
      }),
    );
    const messages = refusals.map((r) => r?.message ?? '');
    const english = refusals.map((r) => (r ? formatMessage('en', r.key, r.values) : ''));
    // Dates as the court writes them, day first, and the day's name in the reader's language.
    expect(messages[0]).toMatch(/Sabtu 05\/12\/2026 ialah hujung minggu/);
    expect(english[0]).toMatch(/^Saturday 05\/12\/2026 is a weekend/);
    expect(messages[1]).toMatch(/^25\/12\/2026 ialah cuti umum/);
    expect(english[2]).toMatch(/^The date 27\/11\/2026 has passed: choose today or a later date\./);
    expect(english[3]).toMatch(/^Dewan 1 on 01\/12\/2026 is full/);
    expect(messages[1]).toMatch(/cuti umum \(Hari Krismas\)/);
    expect(messages[2]).toMatch(/sudah berlalu/);
    expect(messages[3]).toMatch(/sudah penuh \(1 daripada 1 kes\)/);
    const unknownRoom = await attempt('2026-12-02', 'Dewan 9');
    expect(unknownRoom.ok ? '' : unknownRoom.error.message).toMatch(/tiada dalam senarai dewan/);
    expect({ hearings: count(ledger, 'hearings'), audit: count(ledger, 'audit_events') }).toEqual(before);
  });

  it('lets a refused date stand with the supervisor PIN and a reason, audited', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const override = { supervisorId: 1, supervisorPin: '123456', reason: 'Kes segera: perintah hakim' };
    const wrongPin = await dispatch('hearings.set', {
      caseId,
      kind: 'PERBICARAAN',
      date: '2026-12-05',
      time: '14:30',
      room: 'Dewan Bicara 1',
      override: { ...override, supervisorPin: '999999' },
    });
    expect(wrongPin.ok ? '' : wrongPin.error.code).toBe('FORBIDDEN');
    const set = unwrap(
      await dispatch('hearings.set', {
        caseId,
        kind: 'PERBICARAAN',
        date: '2026-12-05',
        time: '14:30',
        room: 'Dewan Bicara 1',
        override,
      }),
    );
    expect(set.overrideReason).toBe('Kes segera: perintah hakim');
    expect(set.overrideBy).toBe('Puan Rohana binti Ismail');
    expect(set.timeText).toBe('2.30 petang');
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'hearing.set'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({
      override: { reason: 'Kes segera: perintah hakim', supervisor: 'user:1' },
    });
    expect(JSON.parse(event.data).override.refused).toMatch(/hujung minggu/);
  });
});

describe('court calendar settings', () => {
  it('adds and removes holidays with audit; removal needs a reason', async () => {
    const { ledger, dispatch } = await counter();
    unwrap(await dispatch('calendar.addHoliday', { date: '2026-12-25', name: 'Hari Krismas' }));
    const twice = await dispatch('calendar.addHoliday', { date: '2026-12-25', name: 'Lagi' });
    expect(twice.ok ? '' : twice.error.message).toMatch(/sudah cuti umum/);
    const noReason = await dispatch('calendar.removeHoliday', { date: '2026-12-25', reason: '' });
    expect(noReason.ok).toBe(false);
    const view = unwrap(await dispatch('calendar.removeHoliday', { date: '2026-12-25', reason: 'Tersilap tarikh' }));
    expect(view.holidays).toEqual([]);
    const actions = (
      ledger.db.prepare("SELECT action FROM audit_events WHERE entity = 'courtCalendar'").all() as { action: string }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['holiday.add', 'holiday.remove']);
  });

  it('ships the SOP correction, saves the table whole in any order, refuses a bad month by name, and audits it', async () => {
    const { ledger, dispatch } = await counter();
    const view = unwrap(await dispatch('calendar.get', {}));
    expect(
      view.hijriMonthStarts.map((c) => [
        c.monthName,
        c.year,
        c.startsOn,
        c.computedStartsOn,
        c.umalquraStartsOn,
        c.shipped,
      ]),
    ).toEqual([
      ['Safar', 1444, '2022-08-29', '2022-08-29', '2022-08-28', true],
      ['Rabiulawal', 1444, '2022-09-28', '2022-09-28', '2022-09-27', true],
      ['Rabiulakhir', 1444, '2022-10-27', '2022-10-27', '2022-10-26', true],
    ]);
    const shipped = view.hijriMonthStarts.map(({ year, month, startsOn }) => ({ year, month, startsOn }));
    // A Ramadan 1443 moved a day earlier alone would be 31 days long (the takwim's Syawal is 3 May 2022):
    // the refusal names the month, and nothing is saved.
    const before = count(ledger, 'audit_events');
    const alone = await dispatch('calendar.saveHijriMonthStarts', {
      rows: [...shipped, { year: 1443, month: 9, startsOn: '2022-04-02' }],
    });
    expect(alone.ok ? '' : alone.error.message).toMatch(/bulan Ramadan 1443H 31 hari/);
    expect(unwrap(await dispatch('calendar.get', {})).hijriMonthStarts).toHaveLength(3);
    expect(count(ledger, 'audit_events')).toBe(before);
    // With 1 Syawal 1443 as announced (2 May 2022) in the same table, typed first, it is accepted: the
    // order of rows never matters.
    const saved = unwrap(
      await dispatch('calendar.saveHijriMonthStarts', {
        rows: [
          { year: 1443, month: 10, startsOn: '2022-05-02' },
          ...shipped,
          { year: 1443, month: 9, startsOn: '2022-04-02' },
        ],
      }),
    );
    expect(saved.hijriMonthStarts.map((c) => [c.year, c.month, c.startsOn, c.computedStartsOn, c.shipped])).toEqual([
      [1443, 9, '2022-04-02', '2022-04-03', false],
      [1443, 10, '2022-05-02', '2022-05-03', false],
      [1444, 2, '2022-08-29', '2022-08-29', true],
      [1444, 3, '2022-09-28', '2022-09-28', true],
      [1444, 4, '2022-10-27', '2022-10-27', true],
    ]);
    expect(count(ledger, 'audit_events')).toBe(before + 1);
    // Removing a row is saving the table without it; saving the same table again records nothing.
    const removed = unwrap(await dispatch('calendar.saveHijriMonthStarts', { rows: shipped }));
    expect(removed.hijriMonthStarts).toHaveLength(3);
    unwrap(await dispatch('calendar.saveHijriMonthStarts', { rows: shipped }));
    const audits = ledger.db
      .prepare("SELECT action, data FROM audit_events WHERE action = 'hijri.table' ORDER BY seq")
      .all() as { action: string; data: string }[];
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[1]?.data ?? '{}')).toMatchObject({
      removed: [
        { year: 1443, month: 9, startsOn: '2022-04-02' },
        { year: 1443, month: 10, startsOn: '2022-05-02' },
      ],
    });
    const tooLong = await dispatch('calendar.saveHijriMonthStarts', {
      rows: [{ year: 1448, month: 7, startsOn: '2026-12-25' }],
    });
    expect(tooLong.ok ? '' : tooLong.error.message).toMatch(/mesti mempunyai 29 atau 30 hari/);
  });
});
