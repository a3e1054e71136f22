import { describe, expect, it } from 'vitest';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { dispatcherFor, unwrap } from '../../../tests/support/ledger';
import { createUser } from '../users/users';
import { memoryCourtFolder } from './settings';

const PIN = '123456';

/** K1 registers a case; K2 reads it; K2's dispatcher, with a clerk of K2 able to sign in. */
async function k1CaseAtK2() {
  const { k1, k2 } = await threeCounters();
  const made = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
  await k1.sync();
  await k2.sync();
  const clerk = await createUser(k2.ledger, k2.supervisorId, {
    name: 'Encik Faizal bin Omar',
    role: 'CLERK',
    pin: '135790',
  });
  const dispatch = dispatcherFor(k2.ledger, {
    courtFolder: memoryCourtFolder(),
    courtReplica: () => k2.replica,
    courtSyncKick: () => undefined,
  });
  const count = (table: string) => k2.ledger.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
  return { k2, made, clerk, dispatch, count };
}

const filing = (counter: string, caseId: number) => ({
  counter,
  caseId,
  documents: [{ typeCode: 'AFIDAVIT', quantity: 1 }],
  method: 'CASH',
  tenderedSen: 10000,
  payerName: 'Aminah binti Yusof',
});

const payment = (counter: string, caseId: number) => ({
  counter,
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  method: 'CASH',
  tenderedSen: 5000,
  payerName: 'Aminah binti Yusof',
});

describe("the channels of a document and a payment on another counter's case", () => {
  it("let K2's clerk receive a document and take a payment on K1's case, each with K2's receipt and its PDF", async () => {
    const { made, clerk, dispatch, count } = await k1CaseAtK2();
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '135790' }));
    const [hit] = unwrap(await dispatch('courtFolder.search', { query: 'aminah yusof' }));
    if (!hit) throw new Error('K1 case not found at K2');
    expect(unwrap(await dispatch('courtFolder.case', { counter: 'K1', caseId: hit.caseId })).localCaseId).toBeNull();
    const draft = unwrap(await dispatch('courtFolder.paymentDraft', { counter: 'k1', caseId: hit.caseId }));
    expect(draft).toMatchObject({ caseId: hit.caseId, caseNumber: made.caseNumber, payerName: 'Aminah binti Yusof' });

    const filed = unwrap(await dispatch('courtFolder.receiveFilings', filing('k1', hit.caseId)));
    expect(filed.receipt?.receiptNumber).toMatch(/-K2-/);
    expect(filed.receipt?.caseNumber).toBe(made.caseNumber);
    expect(filed.receipt?.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    const paid = unwrap(await dispatch('courtFolder.takePayment', payment('K1', hit.caseId)));
    expect(paid).toMatchObject({ caseNumber: made.caseNumber, receiptNumber: expect.stringMatching(/-K2-/) });
    expect(paid.pdfSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(count('cases')).toBe(1);
    expect(count('receipts')).toBe(2);

    // The case is K2's row now: its own search finds it once, the court search no more, the view links to it.
    const view = unwrap(await dispatch('courtFolder.case', { counter: 'K1', caseId: hit.caseId }));
    expect(view.localCaseId).toBe(filed.receipt?.caseId);
    expect(unwrap(await dispatch('courtFolder.search', { query: 'aminah yusof' }))).toEqual([]);
    const own = unwrap(
      await dispatch('cases.search', { query: 'aminah yusof', outageId: null, fromDate: null, toDate: null }),
    );
    expect(own.cases).toMatchObject([{ caseNumber: made.caseNumber, source: 'COURT_COUNTER' }]);
    const local = unwrap(await dispatch('cases.get', { caseId: view.localCaseId }));
    expect(local).toMatchObject({ source: 'COURT_COUNTER', originCounter: 'K1' });
  });

  it('refuse bad input, changing nothing', async () => {
    const { clerk, dispatch, count } = await k1CaseAtK2();
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '135790' }));
    const [hit] = unwrap(await dispatch('courtFolder.search', { query: 'aminah' }));
    if (!hit) throw new Error('K1 case not found at K2');
    const before = count('audit_events');
    expect(await dispatch('courtFolder.receiveFilings', { ...filing('K1', hit.caseId), documents: [] })).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'documents' }] },
    });
    expect(await dispatch('courtFolder.receiveFilings', filing('K 1;', hit.caseId))).toMatchObject({
      error: { code: 'VALIDATION', issues: [{ path: 'counter' }] },
    });
    expect(
      await dispatch('courtFolder.takePayment', { ...payment('K1', hit.caseId), tenderedSen: null }),
    ).toMatchObject({ error: { code: 'VALIDATION', issues: [{ path: 'tenderedSen' }] } });
    expect(
      await dispatch('courtFolder.takePayment', { ...payment('K1', hit.caseId), replacesReceiptId: 1 }),
    ).toMatchObject({ error: { code: 'VALIDATION', message: /Resit ganti/ } });
    expect(await dispatch('courtFolder.takePayment', payment('K1', hit.caseId + 99))).toMatchObject({
      error: { code: 'NOT_FOUND', message: /tiada dalam salinan rekod Kaunter K1/ },
    });
    expect(await dispatch('courtFolder.takePayment', payment('K2', 1))).toMatchObject({
      error: { code: 'VALIDATION', message: /kes kaunter ini sendiri/ },
    });
    expect(count('audit_events')).toBe(before);
    expect(count('cases')).toBe(0);
    expect(count('receipts')).toBe(0);
  });

  it('refuse a caller who is not signed in, and one signed out', async () => {
    const { k2, dispatch, count } = await k1CaseAtK2();
    expect(await dispatch('courtFolder.receiveFilings', filing('K1', 1))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    unwrap(await dispatch('auth.signIn', { userId: k2.supervisorId, pin: PIN }));
    unwrap(await dispatch('auth.signOut', {}));
    expect(await dispatch('courtFolder.takePayment', payment('K1', 1))).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await dispatch('courtFolder.paymentDraft', { counter: 'K1', caseId: 1 })).toMatchObject({
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(count('receipts')).toBe(0);
  });
});
