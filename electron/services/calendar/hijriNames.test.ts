import { describe, expect, it } from 'vitest';
import { HIJRI_MONTHS } from '@shared/calendar/hijri';
import { dispatcherFor, readyLedger, unwrap } from '../../../tests/support/ledger';
import { hijriCalendar } from './courtCalendar';
import { formatBothCalendars } from '@shared/calendar/courtDates';

async function supervisor() {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dispatch };
}

describe('the Hijri month names', () => {
  it('are the glossary spellings until the supervisor changes them; documents then use the court spelling', async () => {
    const { ledger, dispatch } = await supervisor();
    expect(formatBothCalendars('2022-09-30', hijriCalendar(ledger))).toBe(
      '30 September 2022 bersamaan 3 Rabiulawal 1444H',
    );
    const names: string[] = [...HIJRI_MONTHS];
    names[2] = "Rabi'ul Awal";
    const view = unwrap(await dispatch('calendar.saveHijriMonthNames', { names }));
    expect((view as { hijriMonthNames: string[] }).hijriMonthNames[2]).toBe("Rabi'ul Awal");
    expect(formatBothCalendars('2022-09-30', hijriCalendar(ledger))).toBe(
      "30 September 2022 bersamaan 3 Rabi'ul Awal 1444H",
    );
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'hijri.names'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({ before: HIJRI_MONTHS, after: names });
  });

  it('refuses eleven names, digits or an empty name, and keeps the old spelling', async () => {
    const { ledger, dispatch } = await supervisor();
    const bad = [
      HIJRI_MONTHS.slice(0, 11),
      [...HIJRI_MONTHS.slice(0, 11), 'Bulan 12'],
      [...HIJRI_MONTHS.slice(0, 11), '  '],
      [...HIJRI_MONTHS.slice(0, 11), 'x'.repeat(31)],
    ];
    for (const names of bad) {
      expect(await dispatch('calendar.saveHijriMonthNames', { names })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(hijriCalendar(ledger).monthNames).toEqual(HIJRI_MONTHS);
  });
});
