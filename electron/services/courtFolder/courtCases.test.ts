import { describe, expect, it } from 'vitest';
import { recordFilingsSchema } from '@shared/schemas/filing';
import { takePaymentSchema } from '@shared/schemas/payment';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { verifyLedger } from '../ledger/verify';
import { compareFacts } from '../integrity/compare';
import { recordCourtCaseFilings, takeCourtCasePayment } from './courtCases';
import { searchCourtCases } from './search';

const n = (db: { prepare(s: string): { pluck(): { get(...a: unknown[]): unknown } } }, q: string, ...a: unknown[]) =>
  db
    .prepare(q)
    .pluck()
    .get(...a) as number;

function affidavit(payerName: string) {
  const { caseId: _unused, ...rest } = recordFilingsSchema.parse({
    caseId: 1,
    documents: [{ typeCode: 'AFIDAVIT', quantity: 1 }],
    method: 'CASH',
    tenderedSen: 10000,
    payerName,
  });
  return rest;
}

async function k1CaseAtK2() {
  const court = await threeCounters();
  const made = registerAt(court.k1, 'Aminah binti Yusof', '850101-10-5124');
  await court.k1.sync();
  await court.k2.sync();
  const [hit] = searchCourtCases(court.k2.replica, made.caseNumber);
  if (!hit) throw new Error('K1 case not read at K2');
  return { ...court, made, ref: { counter: 'K1', caseId: hit.caseId } };
}

describe("a filing and a payment at K2 on K1's case", () => {
  it("are K2's records on one COURT_COUNTER row naming K1, taken once, with K2's receipt numbers", async () => {
    const { k2, made, ref } = await k1CaseAtK2();
    const filed = recordCourtCaseFilings(k2.ledger, k2.replica, 1, ref, affidavit('Aminah binti Yusof'));
    const { caseId: _c, ...pay } = takePaymentSchema.parse({
      caseId: 1,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      method: 'CASH',
      tenderedSen: 5000,
      payerName: 'Aminah binti Yusof',
    });
    const paid = takeCourtCasePayment(k2.ledger, k2.replica, 1, ref, pay);
    const rows = k2.ledger.db.prepare('SELECT * FROM cases').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      case_number: made.caseNumber,
      source: 'COURT_COUNTER',
      origin_counter: 'K1',
      origin_case_id: ref.caseId,
      running_number: null,
      scope_key: null,
    });
    expect(filed.receipt?.receiptNumber).toMatch(/K2/);
    expect(paid.receiptNumber).toMatch(/K2/);
    expect(paid.caseNumber).toBe(made.caseNumber);
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM parties WHERE case_id = ?', rows[0]?.id)).toBe(1);
    expect(n(k2.ledger.db, "SELECT COUNT(*) FROM audit_events WHERE action = 'case.fromCourtCounter'")).toBe(1);
    // No case number came out of K2's series.
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM number_series')).toBe(0);
    expect(verifyLedger(k2.ledger.db)).toMatchObject({ ok: true });
    expect(compareFacts(k2.ledger.db)).toEqual([]);
  });

  it('is refused, changing nothing, when the replica does not hold the case', async () => {
    const { k2, ref } = await k1CaseAtK2();
    const before = n(k2.ledger.db, 'SELECT COUNT(*) FROM audit_events');
    expect(() =>
      recordCourtCaseFilings(k2.ledger, k2.replica, 1, { ...ref, caseId: ref.caseId + 50 }, affidavit('X')),
    ).toThrow(/tiada dalam salinan rekod Kaunter K1/);
    expect(() =>
      recordCourtCaseFilings(k2.ledger, k2.replica, 1, { counter: 'K2', caseId: 1 }, affidavit('X')),
    ).toThrow(/kes kaunter ini sendiri/);
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM audit_events')).toBe(before);
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM cases')).toBe(0);
  });

  it('leaves no case row behind when the payment itself is refused', async () => {
    const { k2, ref } = await k1CaseAtK2();
    const short = { ...affidavit('Aminah binti Yusof'), tenderedSen: 1 };
    expect(() => recordCourtCaseFilings(k2.ledger, k2.replica, 1, ref, short)).toThrow();
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM cases')).toBe(0);
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM receipts')).toBe(0);
    // The retry, paid in full, goes through on one row.
    recordCourtCaseFilings(k2.ledger, k2.replica, 1, ref, affidavit('Aminah binti Yusof'));
    recordCourtCaseFilings(k2.ledger, k2.replica, 1, ref, affidavit('Aminah binti Yusof'));
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM cases')).toBe(1);
    expect(n(k2.ledger.db, 'SELECT COUNT(*) FROM filings')).toBe(2);
  });
});
