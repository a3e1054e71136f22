import { describe, expect, it } from 'vitest';
import { registerCaseSchema, type RegisterCaseInput } from '@shared/schemas/case';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { takeSnapshot } from '../bundle/snapshot';
import { registerCase } from '../cases/cases';
import { nextCaseNumber } from '../cases/nextNumber';

const count = (db: { prepare(s: string): { pluck(): { get(): unknown } } }, q: string) =>
  db.prepare(q).pluck().get() as number;

function like(overrides: Partial<RegisterCaseInput> = {}, idNumber = '850101-10-5124') {
  return registerCaseSchema.parse({
    caseTypeCode: '024',
    proceeding: 'SAMAN',
    parties: [{ side: 'CLAIMANT', name: 'Aminah Yusof', idType: 'MYKAD', idNumber: idNumber.replace(/-/g, '') }],
    ...overrides,
  });
}

async function k1HasACase() {
  const court = await threeCounters();
  const made = registerAt(court.k1, 'Aminah binti Yusof', '850101-10-5124');
  await court.k1.sync();
  await court.k2.sync();
  return { ...court, made };
}

describe('registering a case like one another counter registered in this outage', () => {
  it('warns first ("Kes serupa di Kaunter K1"), recording nothing, until a reason of 10+ characters', async () => {
    const { k2, made } = await k1HasACase();
    const court = { replica: k2.replica };
    const events = count(k2.ledger.db, 'SELECT COUNT(*) FROM audit_events');
    const firstNumber = nextCaseNumber(k2.ledger, '024').caseNumber;
    for (const duplicateReason of [undefined, 'sama', '   pendek   ']) {
      let caught: unknown;
      try {
        registerCase(k2.ledger, 1, like({ duplicateReason }), court);
      } catch (e) {
        caught = e;
      }
      expect(caught).toMatchObject({
        code: 'CONFLICT',
        issues: [expect.objectContaining({ path: 'duplicateReason' })],
        values: { counter: 'K1', caseNumber: made.caseNumber, name: 'Aminah binti Yusof', min: 10 },
      });
      expect(String((caught as Error).message)).toContain(
        `Kes serupa di Kaunter K1: ${made.caseNumber}, Aminah binti Yusof`,
      );
    }
    expect(count(k2.ledger.db, 'SELECT COUNT(*) FROM audit_events')).toBe(events);
    expect(count(k2.ledger.db, 'SELECT COUNT(*) FROM cases')).toBe(0);
    // No number was taken by the refusals: the case registered now has K2's first number.
    const reason = 'Tuntutan lain: nafkah anak, bukan nafkah isteri';
    const view = registerCase(k2.ledger, 1, like({ duplicateReason: reason }), court);
    expect(view.caseNumber).toBe(firstNumber);
    const row = k2.ledger.db.prepare('SELECT duplicate_of, duplicate_reason FROM cases').get();
    expect(row).toEqual({ duplicate_of: `K1 ${made.caseNumber}`, duplicate_reason: reason });
    const event = k2.ledger.db
      .prepare("SELECT data FROM audit_events WHERE action = 'case.register'")
      .pluck()
      .get() as string;
    expect(JSON.parse(event)).toMatchObject({ duplicateOf: `K1 ${made.caseNumber}`, duplicateReason: reason });
    // Into the bundle's overrides.csv as its own kind.
    let overrides = '';
    k2.ledger.db.transaction(() =>
      takeSnapshot(k2.ledger.db, (name, bytes) => {
        if (name === 'overrides.csv') overrides = Buffer.from(bytes).toString('utf8');
      }),
    )();
    expect(overrides).toContain(`COURT_DUPLICATE,${view.caseNumber},K1 ${made.caseNumber},`);
    expect(overrides).toContain(reason);
  });

  it('does not warn for another case type, another MyKad, or without a replica', async () => {
    const { k2 } = await k1HasACase();
    const court = { replica: k2.replica };
    registerCase(k2.ledger, 1, like({}, '900303-05-5222'), court);
    registerCase(k2.ledger, 1, like(), { replica: null });
    // K1's case of another type (as if registered so): no warning either.
    k2.replica.prepare("UPDATE replica_cases SET case_type_code = '017'").run();
    registerCase(k2.ledger, 1, like(), court);
    expect(count(k2.ledger.db, 'SELECT COUNT(*) FROM cases WHERE duplicate_of IS NULL')).toBe(3);
  });
});
