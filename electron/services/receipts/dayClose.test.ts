import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const approval = { supervisorId: 1, supervisorPin: '123456' };
/** Friday 27 November 2026, 10 a.m. in Seremban; Saturday and Sunday are Negeri Sembilan's weekend. */
const FRIDAY = '2026-11-27';

/** A clerk signed in at a counter on a Friday morning, with one case to pay for. */
async function counter(): Promise<{ ledger: Ledger; dispatch: TypedDispatch; caseId: number }> {
  const { ledger } = await readyLedger({}, { clock: frozenAt('2026-11-27T02:00:00.000Z') });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const clerk = unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  unwrap(await dispatch('auth.signOut', {}));
  unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }));
  return { ledger, dispatch, caseId: registered.id };
}

function frozenAt(iso: string) {
  const at = new Date(iso);
  return () => at;
}

const cash = (caseId: number, tenderedSen = 2900) => ({
  caseId,
  lines: [
    { feeCode: 'SAMAN_MRS', quantity: 1 },
    { feeCode: 'PENYAMPAIAN', quantity: 1 },
  ],
  payerName: "Nor'ain binti Abdullah",
  method: 'CASH',
  tenderedSen,
});

const count = (ledger: Ledger, table: string) =>
  (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('a payment after the day is closed', () => {
  it('joins the next working day’s collection, says so before and on the receipt, and leaves the closed day as signed', async () => {
    const { dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', cash(caseId)));
    expect(unwrap(await dispatch('dayClose.collectionDay', {}))).toEqual({
      today: FRIDAY,
      todayClosed: false,
      collectionDate: FRIDAY,
    });
    unwrap(await dispatch('dayClose.close', { ...approval, date: FRIDAY, cashCountedSen: 2900 }));
    expect(unwrap(await dispatch('dayClose.collectionDay', {}))).toEqual({
      today: FRIDAY,
      todayClosed: true,
      collectionDate: '2026-11-30',
    });
    const late = unwrap(await dispatch('payments.take', cash(caseId)));
    expect(late).toMatchObject({ collectionDate: '2026-11-30', receiptNumber: '05005-K1-2026-000002' });
    expect(unwrap(await dispatch('dayClose.statement', { date: FRIDAY }))).toMatchObject({
      closed: true,
      issuedCount: 1,
      totalSen: 2900,
    });
    const monday = unwrap(await dispatch('dayClose.statement', { date: '2026-11-30' }));
    expect(monday).toMatchObject({ closed: false, issuedCount: 1, cashExpectedSen: 2900 });
    expect(monday.receipts.map((r) => r.receiptNumber)).toEqual([late.receiptNumber]);
  });
});

describe('the statement by fee', () => {
  it('counts units, not lines, and names the fee without the line\'s "× n"', async () => {
    const { dispatch, caseId } = await counter();
    // 8 × Saman on one line and 1 on another: 9 units in 2 lines.
    unwrap(
      await dispatch('payments.take', {
        ...cash(caseId, 22_500),
        lines: [
          { feeCode: 'SAMAN_MRS', quantity: 8 },
          { feeCode: 'SAMAN_MRS', quantity: 1 },
        ],
      }),
    );
    const day = unwrap(await dispatch('dayClose.statement', { date: FRIDAY }));
    expect(day.byFee).toEqual([
      {
        feeCode: 'SAMAN_MRS',
        description: 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)',
        count: 9,
        totalSen: 22_500,
      },
    ]);
  });
});

describe('reopening a closed day', () => {
  it('needs the supervisor’s PIN, a reason and a closed day, and records nothing when refused', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', cash(caseId)));
    const reopen = { ...approval, date: FRIDAY, reason: 'Resit perlu dibatalkan' };
    expect(await dispatch('dayClose.reopen', reopen)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    unwrap(await dispatch('dayClose.close', { ...approval, date: FRIDAY, cashCountedSen: 2900 }));
    const events = count(ledger, 'audit_events');
    expect(await dispatch('dayClose.reopen', { ...reopen, supervisorPin: '000000' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch('dayClose.reopen', { ...reopen, reason: 'ok' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(count(ledger, 'day_reopens')).toBe(0);
    expect(count(ledger, 'audit_events')).toBe(events);
  });

  it('lets the day take payments and cancellations again, and closing again makes version 2 with the first kept', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const first = unwrap(await dispatch('payments.take', cash(caseId)));
    const v1 = unwrap(await dispatch('dayClose.close', { ...approval, date: FRIDAY, cashCountedSen: 2900 }));
    expect(
      await dispatch('receipts.cancel', { ...approval, receiptId: first.id, reason: 'Bayaran berganda' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const reopened = unwrap(
      await dispatch('dayClose.reopen', { ...approval, date: FRIDAY, reason: 'Resit berganda perlu dibatalkan' }),
    );
    expect(reopened).toMatchObject({ closed: false, version: null, cashCountedSen: null });
    expect(reopened.reopens).toEqual([
      {
        version: 1,
        reopenedAt: '2026-11-27T02:00:00.000Z',
        reopenedBy: 'Aminah binti Omar',
        approvedBy: 'Puan Rohana binti Ismail',
        reason: 'Resit berganda perlu dibatalkan',
      },
    ]);
    unwrap(await dispatch('receipts.cancel', { ...approval, receiptId: first.id, reason: 'Bayaran berganda' }));
    expect(unwrap(await dispatch('payments.take', cash(caseId)))).toMatchObject({ collectionDate: FRIDAY });

    const v2 = unwrap(
      await dispatch('dayClose.close', {
        ...approval,
        date: FRIDAY,
        cashCountedSen: 5800,
        differenceNote: 'Wang resit batal belum dipulangkan kepada pembayar',
      }),
    );
    expect(v2).toMatchObject({ closed: true, version: 2, cashExpectedSen: 2900, differenceSen: 2900 });
    expect(v2.closes.map((c) => [c.version, c.cashCountedSen, c.cashExpectedSen, c.differenceNote])).toEqual([
      [1, 2900, 2900, null],
      [2, 5800, 2900, 'Wang resit batal belum dipulangkan kepada pembayar'],
    ]);
    expect(v2.closes[0]).toEqual(v1.closes[0]);
    const actions = ledger.db
      .prepare("SELECT action FROM audit_events WHERE entity = 'dayClose' ORDER BY seq")
      .pluck()
      .all();
    expect(actions).toEqual(['day.close', 'day.reopen', 'day.close']);
  });

  it('asked twice with the same request id (an answer lost on the way) reopens once', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', cash(caseId)));
    unwrap(await dispatch('dayClose.close', { ...approval, date: FRIDAY, cashCountedSen: 2900 }));
    const reopen = { ...approval, date: FRIDAY, reason: 'Bayaran lewat perlu diterima hari ini' };
    const requestId = 'c9f6e3b2-5d4a-4e77-9a83-2b3c4d5e6f70';
    const first = unwrap(await dispatch('dayClose.reopen', reopen, { requestId }));
    const again = unwrap(await dispatch('dayClose.reopen', reopen, { requestId }));
    expect(again).toEqual(first);
    expect(count(ledger, 'day_reopens')).toBe(1);
    // A new request is a new reopen, refused: the day is already open.
    expect(await dispatch('dayClose.reopen', reopen)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('the cash difference note', () => {
  it('is required when the count is not what the receipts say, and not kept when it is', async () => {
    const { dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', cash(caseId)));
    expect(await dispatch('dayClose.close', { ...approval, date: FRIDAY, cashCountedSen: 2850 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'differenceNote' }] },
    });
    const closed = unwrap(
      await dispatch('dayClose.close', {
        ...approval,
        date: FRIDAY,
        cashCountedSen: 2900,
        differenceNote: 'Tiada perbezaan sebenarnya',
      }),
    );
    expect(closed).toMatchObject({ closed: true, differenceNote: null, differenceSen: 0 });
  });
});
