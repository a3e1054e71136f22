import { describe, expect, it } from 'vitest';
import { fiveSenRounding } from '@shared/money';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const SETTINGS = {
  senWording: 'SEN_BEFORE',
  receiptPaper: 'A5',
  departmentName: 'Jabatan Kehakiman Syariah Negeri Sembilan',
  cashRounding: false,
  maxCashSen: 2_000_000,
  changeConfirmSen: 10_000,
};
const JAMINAN = {
  code: 'JAMINAN',
  name: 'Wang jaminan',
  amountSen: 0,
  active: true,
  amountTyped: true,
  minSen: 10_000,
  maxSen: 5_000_000,
};

/** The supervisor signed in (settings and fees are theirs), with one case to pay for. */
async function counter(): Promise<{ ledger: Ledger; dispatch: TypedDispatch; caseId: number }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  return { ledger, dispatch, caseId: registered.id };
}

const pay = (caseId: number, tenderedSen: number | null, extra: Record<string, unknown> = {}) => ({
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  payerName: "Nor'ain binti Abdullah",
  method: 'CASH',
  tenderedSen,
  ...extra,
});

const receipts = (ledger: Ledger) => (ledger.db.prepare('SELECT COUNT(*) AS n FROM receipts').get() as { n: number }).n;

describe('limits on cash at the counter', () => {
  it('refuses more cash than the court’s limit for one payment (RM 20,000.00 unless set)', async () => {
    const { ledger, dispatch, caseId } = await counter();
    expect(unwrap(await dispatch('settings.receiptOptions', {}))).toMatchObject({
      maxCashSen: 2_000_000,
      changeConfirmSen: 10_000,
      cashRounding: false,
    });
    const million = await dispatch('payments.take', pay(caseId, 100_000_000, { confirmLargeChange: true }));
    expect(million).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'tenderedSen' }], message: /melebihi had RM 20,000.00/ },
    });
    unwrap(await dispatch('settings.updateReceiptOptions', { ...SETTINGS, maxCashSen: 5_000 }));
    expect(await dispatch('payments.take', pay(caseId, 5_001, { confirmLargeChange: true }))).toMatchObject({
      ok: false,
      error: { message: /melebihi had RM 50.00/ },
    });
    expect(receipts(ledger)).toBe(0);
    expect(unwrap(await dispatch('payments.take', pay(caseId, 5_000)))).toMatchObject({ changeSen: 2_500 });
  });

  it('asks the clerk to confirm change above the threshold, then issues it', async () => {
    const { ledger, dispatch, caseId } = await counter();
    expect(await dispatch('payments.take', pay(caseId, 12_600))).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [{ path: 'confirmLargeChange' }],
        message: /Baki RM 101.00 melebihi RM 100.00/,
      },
    });
    expect(receipts(ledger)).toBe(0);
    expect(unwrap(await dispatch('payments.take', pay(caseId, 12_500)))).toMatchObject({ changeSen: 10_000 });
    expect(unwrap(await dispatch('payments.take', pay(caseId, 12_600, { confirmLargeChange: true })))).toMatchObject({
      changeSen: 10_100,
    });
  });

  it('needs no money received for a fee waived in full', async () => {
    const { dispatch, caseId } = await counter();
    const waived = unwrap(
      await dispatch('payments.take', {
        ...pay(caseId, null),
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1, exemptReason: 'Bantuan guaman (Biro Bantuan Guaman)' }],
      }),
    );
    expect(waived).toMatchObject({ totalSen: 0, tenderedSen: null, changeSen: null, roundingSen: 0 });
    // A fee not waived still needs the cash.
    expect(await dispatch('payments.take', pay(caseId, null))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'tenderedSen' }] },
    });
  });
});

describe('5-sen rounding of cash totals', () => {
  it('rounds as Bank Negara’s mechanism does: 1–2 and 6–7 sen down, 3–4 and 8–9 sen up', () => {
    expect([100, 101, 102, 103, 104, 105, 106, 107, 108, 109].map((s) => s + fiveSenRounding(s))).toEqual([
      100, 100, 100, 105, 105, 105, 105, 105, 110, 110,
    ]);
  });

  it('when the court applies it, stores the rounding on a cash receipt, in the words and in the day’s cash', async () => {
    const { dispatch, caseId } = await counter();
    unwrap(
      await dispatch('fees.saveItem', { code: 'SALINAN', name: 'Salinan diperakui', amountSen: 103, active: true }),
    );
    const lines = [
      { feeCode: 'SAMAN_MRS', quantity: 1 },
      { feeCode: 'SALINAN', quantity: 1 },
    ];
    const before = unwrap(await dispatch('payments.take', { ...pay(caseId, 3000), lines }));
    expect(before).toMatchObject({ totalSen: 2603, roundingSen: 0, changeSen: 397 });
    unwrap(await dispatch('settings.updateReceiptOptions', { ...SETTINGS, cashRounding: true }));
    const rounded = unwrap(await dispatch('payments.take', { ...pay(caseId, 3000), lines }));
    expect(rounded).toMatchObject({ totalSen: 2603, roundingSen: 2, changeSen: 395 });
    expect(rounded.amountInWords).toBe('Ringgit Malaysia Dua Puluh Enam dan Sen Lima Sahaja');
    // A card pays the exact amount: no rounding.
    const card = unwrap(
      await dispatch('payments.take', { ...pay(caseId, null), lines, method: 'CARD', methodReference: 'APP123' }),
    );
    expect(card).toMatchObject({ totalSen: 2603, roundingSen: 0 });
    // Cash short of the rounded total is short.
    expect(await dispatch('payments.take', { ...pay(caseId, 2604), lines })).toMatchObject({
      ok: false,
      error: { message: /kurang daripada jumlah RM 26.05/ },
    });
    const day = unwrap(await dispatch('dayClose.statement', { date: '2026-11-28' }));
    expect(day).toMatchObject({ roundingSen: 2, cashExpectedSen: 2603 + 2605, totalSen: 2603 + 2605 + 2603 });
  });
});

describe('fees whose amount the clerk types', () => {
  it('are marked in the schedule with their bounds, which the schema asks for', async () => {
    const { dispatch } = await counter();
    expect(unwrap(await dispatch('fees.saveItem', JAMINAN))).toMatchObject({ amountTyped: true, minSen: 10_000 });
    expect(await dispatch('fees.saveItem', { ...JAMINAN, minSen: null })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'minSen' }] },
    });
    expect(await dispatch('fees.saveItem', { ...JAMINAN, maxSen: 5_000 })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'maxSen' }] },
    });
    // A fixed fee keeps no bounds.
    expect(unwrap(await dispatch('fees.saveItem', { ...JAMINAN, amountTyped: false, amountSen: 500 }))).toMatchObject({
      amountTyped: false,
      minSen: null,
      maxSen: null,
      amountSen: 500,
    });
  });

  it('take the typed amount on the receipt, and the ledger refuses one outside the bounds or missing', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('fees.saveItem', JAMINAN));
    const line = (amountSen: number | null, quantity = 1) => ({
      ...pay(caseId, null),
      method: 'CHEQUE',
      chequeBank: 'Bank Islam',
      methodReference: '004512',
      lines: [{ feeCode: 'JAMINAN', quantity, amountSen }],
    });
    for (const [input, path, message] of [
      [line(9_999), 'lines.0.amountSen', /antara RM 100.00 dan RM 50,000.00/],
      [line(5_000_001), 'lines.0.amountSen', /antara RM 100.00 dan RM 50,000.00/],
      [line(null), 'lines.0.amountSen', /Isikan amaun bagi Wang jaminan/],
      [line(250_000, 2), 'lines.0.quantity', /kuantiti 1/],
    ] as const) {
      expect(await dispatch('payments.take', input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ path }], message },
      });
    }
    expect(receipts(ledger)).toBe(0);
    const receipt = unwrap(await dispatch('payments.take', line(250_000)));
    expect(receipt).toMatchObject({ totalSen: 250_000 });
    expect(receipt.items).toEqual([
      { line: 1, feeCode: 'JAMINAN', description: 'Wang jaminan', quantity: 1, amountSen: 250_000, exemptReason: null },
    ]);
  });

  it('cannot be the fee of a kind of document received (its fee is fixed)', async () => {
    const { dispatch } = await counter();
    unwrap(await dispatch('fees.saveItem', JAMINAN));
    expect(
      await dispatch('filingTypes.save', { code: 'BON', name: 'Bon jaminan', feeCode: 'JAMINAN', active: true }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch('fees.saveItem', { ...JAMINAN, code: 'AFIDAVIT', name: 'Afidavit' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /fi dokumen mesti amaun tetap/ },
    });
  });
});
