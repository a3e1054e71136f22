import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import type { Ledger } from '../ledger/ledger';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };

async function counter(): Promise<{ ledger: Ledger; dispatch: TypedDispatch; caseId: number; clerkId: number }> {
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const clerk = unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  unwrap(await dispatch('auth.signOut', {}));
  unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }));
  return { ledger, dispatch, caseId: registered.id, clerkId: clerk.id };
}

function cash(caseId: number, tenderedSen = 5000) {
  return {
    caseId,
    lines: [
      { feeCode: 'SAMAN_MRS', quantity: 1 },
      { feeCode: 'PENYAMPAIAN', quantity: 1 },
    ],
    payerName: "Nor'ain binti Abdullah",
    payerIdNumber: '850101-10-5124',
    method: 'CASH',
    tenderedSen,
  };
}

const approval = { supervisorId: 1, supervisorPin: '123456' };

function rowCounts(ledger: Ledger) {
  const n = (t: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return { receipts: n('receipts'), items: n('receipt_items'), audit: n('audit_events') };
}

describe('taking a payment', () => {
  it('starts from the schedule: the case type or proceeding lines, the claimant as payer', async () => {
    const { dispatch, caseId } = await counter();
    const draft = unwrap(await dispatch('payments.draft', { caseId }));
    expect(draft.lines.map((l) => [l.feeCode, l.amountSen])).toEqual([
      ['SAMAN_MRS', 2500],
      ['PENYAMPAIAN', 400],
    ]);
    expect(draft).toMatchObject({ payerName: "Nor'ain binti Abdullah", payerIdNumber: '850101-10-5124' });
  });

  it('issues a receipt numbered for the counter, with change and the amount in Malay words', async () => {
    const { dispatch, caseId } = await counter();
    const receipt = unwrap(await dispatch('payments.take', cash(caseId)));
    expect(receipt).toMatchObject({
      receiptNumber: '05005-K1-2026-000001',
      caseNumber: '05005-024-0770-2026',
      totalSen: 2900,
      tenderedSen: 5000,
      changeSen: 2100,
      amountInWords: 'Ringgit Malaysia Dua Puluh Sembilan Sahaja',
      issuedBy: 'Aminah binti Omar',
      status: 'ISSUED',
    });
    expect(receipt.items.map((i) => [i.line, i.feeCode, i.amountSen])).toEqual([
      [1, 'SAMAN_MRS', 2500],
      [2, 'PENYAMPAIAN', 400],
    ]);
  });

  it('keeps the series gapless under interleaved payments and cancellations, never reusing a number', async () => {
    const { dispatch, caseId } = await counter();
    const numbers: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = unwrap(await dispatch('payments.take', cash(caseId)));
      numbers.push(r.receiptNumber);
      if (i % 2 === 1)
        unwrap(await dispatch('receipts.cancel', { ...approval, receiptId: r.id, reason: 'Amaun salah dimasukkan' }));
      // A refused payment in between takes no number.
      expect((await dispatch('payments.take', cash(caseId, 100))).ok).toBe(false);
    }
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6].map((n) => `05005-K1-2026-00000${n}`));
  });

  it.each([
    ['cash below the total', { tenderedSen: 2000 }, /kurang daripada jumlah/],
    ['a cheque without a number', { method: 'CHEQUE', chequeBank: 'Maybank', tenderedSen: null }, /nombor cek/],
    ['a cheque without a bank', { method: 'CHEQUE', methodReference: '001234', tenderedSen: null }, /nama bank/],
    ['a fee not in the schedule', { lines: [{ feeCode: 'YURAN_PALSU', quantity: 1 }] }, /tiada dalam jadual fi/],
    ['a zero quantity', { lines: [{ feeCode: 'AFIDAVIT', quantity: 0 }] }, /Kuantiti/],
    ['no lines', { lines: [] }, /Sekurang-kurangnya satu baris/],
    ['a negative tender', { tenderedSen: -5 }, /negatif/],
    ['a non-numeric tender', { tenderedSen: '50' }, /nombor/],
    [
      'an absurd amount without confirmation',
      { lines: [{ feeCode: 'EKSHIBIT', quantity: 1 }], tenderedSen: 1 },
      /kurang/,
    ],
  ])('refuses %s with a Malay message and writes nothing', async (_label, change, message) => {
    const { ledger, dispatch, caseId } = await counter();
    const before = rowCounts(ledger);
    const result = await dispatch('payments.take', { ...cash(caseId), ...change });
    expect(result).toMatchObject({ ok: false, error: { message } });
    expect(rowCounts(ledger)).toEqual(before);
  });

  it('asks to confirm a payment over RM 1,000,000.00', async () => {
    const { dispatch, caseId } = await counter();
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(
      await dispatch('fees.saveItem', {
        code: 'HARTA',
        name: 'Fi tuntutan harta',
        amountSen: 60_000_000,
        active: true,
      }),
    );
    const large = {
      ...cash(caseId),
      lines: [{ feeCode: 'HARTA', quantity: 2 }],
      method: 'EFT',
      methodReference: 'FPX123',
    };
    expect(await dispatch('payments.take', large)).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'confirmLargeAmount' }] },
    });
    expect(unwrap(await dispatch('payments.take', { ...large, confirmLargeAmount: true })).totalSen).toBe(120_000_000);
  });

  it('refuses a receipt whose total passes the RM 100,000,000.00 cap, writing nothing, and takes one at the cap', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    // Each unit is within the item cap; 999 of them (RM 99,900,000,000.00) are not a receipt.
    unwrap(
      await dispatch('fees.saveItem', {
        code: 'HARTA',
        name: 'Fi tuntutan harta',
        amountSen: 10_000_000_000,
        active: true,
      }),
    );
    unwrap(
      await dispatch('fees.saveItem', {
        code: 'JAMINAN',
        name: 'Wang jaminan',
        amountSen: 0,
        active: true,
        amountTyped: true,
        minSen: 100,
        maxSen: 10_000_000_000,
      }),
    );
    const eft = {
      ...cash(caseId),
      method: 'EFT',
      methodReference: 'FPX123',
      tenderedSen: null,
      confirmLargeAmount: true,
    };
    const before = rowCounts(ledger);
    for (const lines of [
      [{ feeCode: 'HARTA', quantity: 999 }],
      [
        { feeCode: 'HARTA', quantity: 1 },
        { feeCode: 'PENYAMPAIAN', quantity: 1 },
      ],
    ]) {
      const refused = await dispatch('payments.take', { ...eft, lines });
      expect(refused).toMatchObject({
        ok: false,
        error: { message: /melebihi had RM 100,000,000\.00/, issues: [{ path: 'lines' }] },
      });
    }
    // Typed amounts over the cap together: the schema refuses before the service prices anything.
    const typed = await dispatch('payments.take', {
      ...eft,
      lines: [
        { feeCode: 'JAMINAN', quantity: 1, amountSen: 6_000_000_000 },
        { feeCode: 'JAMINAN', quantity: 1, amountSen: 6_000_000_000 },
      ],
    });
    expect(typed).toMatchObject({ ok: false, error: { issues: [{ path: 'lines' }] } });
    expect(rowCounts(ledger)).toEqual(before);
    // Exactly the cap is a receipt.
    const at = unwrap(await dispatch('payments.take', { ...eft, lines: [{ feeCode: 'HARTA', quantity: 1 }] }));
    expect(at.totalSen).toBe(10_000_000_000);
  });

  it('records a waived fee at RM 0.00 only with a reason', async () => {
    const { dispatch, caseId } = await counter();
    const waived = {
      ...cash(caseId, 0),
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1, exemptReason: 'Bantuan guaman (Biro Bantuan Guaman)' }],
    };
    const receipt = unwrap(await dispatch('payments.take', waived));
    expect(receipt.totalSen).toBe(0);
    expect(receipt.amountInWords).toBe('Ringgit Malaysia Sifar Sahaja');
  });

  it('refuses a Kew. 38 serial already recorded', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', { ...cash(caseId), kew38Serial: 'a 123456' }));
    const before = rowCounts(ledger);
    const again = await dispatch('payments.take', { ...cash(caseId), kew38Serial: 'A 123456' });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /A 123456 telah direkodkan pada resit 05005-K1-2026-000001/ },
    });
    expect(rowCounts(ledger)).toEqual(before);
  });

  it('keeps issued receipts as issued when the schedule changes', async () => {
    const { dispatch, caseId } = await counter();
    const receipt = unwrap(await dispatch('payments.take', cash(caseId)));
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(
      await dispatch('fees.saveItem', { code: 'SAMAN_MRS', name: 'Saman (baharu)', amountSen: 9900, active: true }),
    );
    expect(unwrap(await dispatch('receipts.get', { receiptId: receipt.id }))).toEqual(receipt);
    expect(unwrap(await dispatch('payments.draft', { caseId })).lines[0]?.amountSen).toBe(9900);
  });
});

describe('cancelling a receipt', () => {
  it("needs a supervisor's PIN and a reason, and keeps the receipt marked BATAL", async () => {
    const { ledger, dispatch, caseId, clerkId } = await counter();
    const receipt = unwrap(await dispatch('payments.take', cash(caseId)));
    const before = rowCounts(ledger);
    expect(
      await dispatch('receipts.cancel', {
        ...approval,
        supervisorPin: '000000',
        receiptId: receipt.id,
        reason: 'Salah kes',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await dispatch('receipts.cancel', {
        supervisorId: clerkId,
        supervisorPin: '654321',
        receiptId: receipt.id,
        reason: 'Salah kes',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch('receipts.cancel', { ...approval, receiptId: receipt.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(rowCounts(ledger)).toEqual(before);
    const cancelled = unwrap(
      await dispatch('receipts.cancel', { ...approval, receiptId: receipt.id, reason: 'Salah kes dipilih' }),
    );
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Salah kes dipilih',
      cancelledBy: 'Puan Rohana binti Ismail',
    });
    expect(
      await dispatch('receipts.cancel', { ...approval, receiptId: receipt.id, reason: 'Salah kes dipilih' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: /telah pun dibatalkan/ },
    });
    expect(unwrap(await dispatch('receipts.forCase', { caseId })).map((r) => r.status)).toEqual(['CANCELLED']);
  });

  it('lets a replacement point to the receipt it replaces, once', async () => {
    const { dispatch, caseId } = await counter();
    const first = unwrap(await dispatch('payments.take', cash(caseId)));
    expect(await dispatch('payments.take', { ...cash(caseId), replacesReceiptId: first.id })).toMatchObject({
      ok: false,
      error: { message: /belum dibatalkan/ },
    });
    unwrap(await dispatch('receipts.cancel', { ...approval, receiptId: first.id, reason: 'Nama pembayar salah' }));
    const second = unwrap(await dispatch('payments.take', { ...cash(caseId), replacesReceiptId: first.id }));
    expect(second.replacesReceiptNumber).toBe(first.receiptNumber);
    expect(unwrap(await dispatch('receipts.get', { receiptId: first.id })).replacedByReceiptNumber).toBe(
      second.receiptNumber,
    );
    expect(await dispatch('payments.take', { ...cash(caseId), replacesReceiptId: first.id })).toMatchObject({
      ok: false,
      error: { message: /telah pun diganti/ },
    });
  });
});

describe('closing the day', () => {
  it('totals by method and fee, compares the cash count, and then takes later payments into the next working day', async () => {
    const { dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', cash(caseId)));
    unwrap(
      await dispatch('payments.take', {
        ...cash(caseId),
        method: 'CARD',
        methodReference: 'APP991',
        tenderedSen: null,
      }),
    );
    const cancelled = unwrap(await dispatch('payments.take', cash(caseId)));
    unwrap(await dispatch('receipts.cancel', { ...approval, receiptId: cancelled.id, reason: 'Bayaran berganda' }));
    const date = '2026-11-28';
    const preview = unwrap(await dispatch('dayClose.statement', { date }));
    expect(preview).toMatchObject({
      closed: false,
      issuedCount: 2,
      cancelledCount: 1,
      totalSen: 5800,
      cashExpectedSen: 2900,
      firstReceiptNumber: '05005-K1-2026-000001',
      lastReceiptNumber: '05005-K1-2026-000003',
    });
    expect(preview.byMethod).toEqual([
      { method: 'CASH', count: 1, totalSen: 2900 },
      { method: 'CARD', count: 1, totalSen: 2900 },
    ]);
    expect(preview.byFee.map((f) => [f.feeCode, f.count, f.totalSen])).toEqual([
      ['PENYAMPAIAN', 2, 800],
      ['SAMAN_MRS', 2, 5000],
    ]);
    expect(
      await dispatch('dayClose.close', { ...approval, supervisorPin: '9', date, cashCountedSen: 2800 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await dispatch('dayClose.close', { ...approval, date, cashCountedSen: 2800 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'differenceNote' }] },
    });
    const closed = unwrap(
      await dispatch('dayClose.close', {
        ...approval,
        date,
        cashCountedSen: 2800,
        differenceNote: 'Kurang RM 1.00: syiling tercicir',
      }),
    );
    expect(closed).toMatchObject({
      closed: true,
      cashCountedSen: 2800,
      differenceSen: -100,
      checkedBy: 'Puan Rohana binti Ismail',
      preparedBy: 'Aminah binti Omar',
    });
    // A payment after the close is not turned away: it joins Monday's collection (Saturday and Sunday are
    // Negeri Sembilan's weekend), and this day's statement is unchanged.
    expect(unwrap(await dispatch('payments.take', cash(caseId)))).toMatchObject({ collectionDate: '2026-11-30' });
    expect(unwrap(await dispatch('dayClose.statement', { date }))).toMatchObject({ issuedCount: 2, version: 1 });
    expect(
      await dispatch('receipts.cancel', { ...approval, receiptId: 1, reason: 'Cuba selepas tutup' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(await dispatch('dayClose.close', { ...approval, date, cashCountedSen: 2800 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
