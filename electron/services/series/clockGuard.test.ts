import { describe, expect, it } from 'vitest';
import { dispatcherFor, frozenClock, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { planExportSeq } from '../bundle/exports';
import { clockWarning } from '../ledger/clockCheck';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, openOutage } from '../outages/outages';
import { verifyLedger } from '../ledger/verify';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
const pay = (caseId: number) => ({
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  payerName: CLAIMANT.name,
  method: 'CASH',
  tenderedSen: 10_000,
});
const SUPERVISOR = { supervisorId: 1, supervisorPin: '123456' };

async function counter(start = '2026-11-28T01:00:00.000Z') {
  const clock = frozenClock(start);
  const { ledger } = await readyLedger({}, { clock });
  const dispatch: TypedDispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const first = unwrap(await dispatch('cases.register', REGISTER));
  return { ledger, dispatch, clock, first };
}

function count(ledger: Ledger, table: string): number {
  return (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

describe('the clock guard', () => {
  it('stops every series when the clock reads a day before the last record, until a supervisor confirms', async () => {
    const { ledger, dispatch, clock, first } = await counter();
    clock.set('2026-11-27T01:00:00.000Z');
    // A sign-in on the clock set back records an earlier time: the guard still sees the later one.
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const before = { cases: count(ledger, 'cases'), receipts: count(ledger, 'receipts') };
    const registered = await dispatch('cases.register', REGISTER);
    expect(registered).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    if (!registered.ok) {
      expect(registered.error.message).toBe(
        'Tarikh pada jam komputer ini (2026-11-27) lebih awal daripada rekod terakhir (2026-11-28). Nombor tidak dikeluarkan sehingga Penolong Pendaftar mengesahkan tarikh ini dengan PIN, atau tarikh dan masa komputer dibetulkan.',
      );
    }
    expect(await dispatch('payments.take', pay(first.id))).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    expect(() => planExportSeq(ledger.db, clock())).toThrow(/lebih awal daripada rekod terakhir/);
    expect({ cases: count(ledger, 'cases'), receipts: count(ledger, 'receipts') }).toEqual(before);
    expect(clockWarning(ledger)?.message).toContain('Nombor tidak dikeluarkan');

    // A wrong PIN confirms nothing.
    expect(await dispatch('clock.confirm', { supervisorId: 1, supervisorPin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(count(ledger, 'clock_confirmations')).toBe(0);

    const confirmed = unwrap(await dispatch('clock.confirm', SUPERVISOR));
    expect(confirmed).toMatchObject({ confirmed: true, clockAt: '2026-11-27T01:00:00.000Z' });
    const event = ledger.db.prepare("SELECT data FROM audit_events WHERE action = 'clock.confirm'").get() as {
      data: string;
    };
    expect(JSON.parse(event.data)).toMatchObject({
      clockAt: '2026-11-27T01:00:00.000Z',
      lastEventAt: first.registeredAt,
      supervisorId: 1,
      supervisorName: 'Puan Rohana binti Ismail',
    });
    const second = unwrap(await dispatch('cases.register', REGISTER));
    expect(second.caseNumber).toBe('05005-024-0771-2026');
    unwrap(await dispatch('payments.take', pay(second.id)));
    // Ordering stays by sequence: the later case has the later event, whatever its time says.
    const seqs = ledger.db.prepare("SELECT seq FROM audit_events WHERE action = 'case.register' ORDER BY at").all() as {
      seq: number;
    }[];
    expect(seqs[0]?.seq).toBeGreaterThan(seqs[1]?.seq ?? 0);
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
    // Nothing more to confirm: no second event.
    expect(unwrap(await dispatch('clock.confirm', SUPERVISOR))).toMatchObject({ confirmed: false });
    expect(count(ledger, 'clock_confirmations')).toBe(1);

    // The clock set back again, below the confirmed date: refused again.
    clock.set('2026-11-26T01:00:00.000Z');
    expect(await dispatch('cases.register', REGISTER)).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    // The clock put right: numbering goes on without a supervisor.
    clock.set('2026-11-28T03:00:00.000Z');
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0772-2026');
  });

  it('lets a clock a few minutes back on the same day number (the banner warns)', async () => {
    const { ledger, dispatch, clock } = await counter('2026-11-28T05:00:00.000Z');
    clock.set('2026-11-28T04:50:00.000Z');
    expect(clockWarning(ledger)?.message).toContain('Betulkan tarikh dan masa komputer');
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0771-2026');
  });

  it('stops numbering with the clock a year ahead, even after a sign-in recorded that year', async () => {
    const { ledger, dispatch, clock } = await counter();
    clock.set('2027-11-28T01:00:00.000Z');
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const refused = await dispatch('cases.register', REGISTER);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    if (!refused.ok) expect(refused.error.message).toContain('Tahun pada jam komputer ini (2027)');
    expect(count(ledger, 'cases')).toBe(1);
  });

  it('stops numbering with the clock a year back, for appointments too', async () => {
    const { ledger, dispatch, clock } = await counter();
    const open = ledger.db.prepare('SELECT id FROM outages WHERE closed_at IS NULL').get() as { id: number };
    closeOutage(ledger, 1, open.id, null);
    openOutage(ledger, 1, { sopOption: 3, startedAt: clock().toISOString() });
    clock.set('2025-11-28T01:00:00.000Z');
    const booking = {
      person: {
        side: 'CLAIMANT',
        name: 'Siti binti Abu',
        idType: 'MYKAD',
        idNumber: '900315-05-5012',
        phone: '0123456789',
      },
      caseTypeCode: '024',
      date: '2025-12-01',
      session: 'PAGI',
    };
    expect(await dispatch('appointments.book', booking)).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    expect(count(ledger, 'appointments')).toBe(0);
    unwrap(await dispatch('clock.confirm', SUPERVISOR));
    expect(unwrap(await dispatch('appointments.book', booking)).reference).toBe('JT-K1-2025-0001');
  });

  it('asks for a supervisor at the first number of a new year, once', async () => {
    const { dispatch, clock } = await counter('2026-12-31T08:00:00.000Z');
    clock.set('2027-01-04T01:00:00.000Z');
    expect(await dispatch('cases.register', REGISTER)).toMatchObject({ ok: false, error: { code: 'CLOCK' } });
    unwrap(await dispatch('clock.confirm', SUPERVISOR));
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0001-2027');
    clock.advance(60_000);
    expect(unwrap(await dispatch('cases.register', REGISTER)).caseNumber).toBe('05005-024-0002-2027');
  });
});
