import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFilingsSchema } from '@shared/schemas/filing';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { registerAt, threeCounters, type TestCounter } from '../../tests/support/courtFolder';
import { trustOf } from '../../tests/support/ictTrust';
import { tempDir } from '../../tests/support/ledger';
import { fileDeviceKeyVault } from '../services/bundle/deviceKey';
import { exportBundle } from '../services/bundle/exportBundle';
import { recordCourtCaseFilings } from '../services/courtFolder/courtCases';
import { searchCourtCases } from '../services/courtFolder/search';
import { loadSecretKey } from './keys';
import { mergeBundles } from './merge';
import { openBundle } from './openBundle';

/** The counter's real export (its snapshot, signed by its own device key), as its supervisor makes it. */
async function exported(c: TestCounter): Promise<{ file: string; key: TestCounter['key'] }> {
  const folder = tempDir(`kaunter-ict-court-${c.counter}-`);
  const result = await exportBundle(c.ledger, {
    folder,
    vault: fileDeviceKeyVault(c.dataDir),
    by: { id: c.supervisorId, name: 'Puan Rohana binti Ismail' },
  });
  return { file: join(folder, result.files.pgp), key: c.key };
}

/** K1 registers a case; K2 reads it from the court folder and receives an affidavit on it. */
async function filedAtTwoCounters() {
  const { k1, k2 } = await threeCounters();
  const made = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
  await k1.sync();
  await k2.sync();
  const [hit] = searchCourtCases(k2.replica, made.caseNumber);
  if (!hit) throw new Error('not read');
  const { caseId: _unused, ...input } = recordFilingsSchema.parse({
    caseId: 1,
    documents: [{ typeCode: 'AFIDAVIT', quantity: 1 }],
    method: 'CASH',
    tenderedSen: 10000,
    payerName: 'Aminah binti Yusof',
  });
  recordCourtCaseFilings(k2.ledger, k2.replica, 1, { counter: 'K1', caseId: hit.caseId }, input);
  return { k1, k2, made };
}

async function open(...counters: TestCounter[]) {
  const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
  const bundles = await Promise.all(counters.map(exported));
  const signers = trustOf(...bundles.map((b) => ({ privateKey: b.key })));
  return Promise.all(bundles.map((b) => openBundle(b.file, { unlock, signers })));
}

describe("ict merge of a case filed at two counters (K2's filing on K1's case)", () => {
  it('shows one case, its filings at both counters, no collision', async () => {
    const { k1, k2, made } = await filedAtTwoCounters();
    const merge = mergeBundles(await open(k1, k2));
    expect(merge.failed).toEqual([]);
    expect(merge.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(merge.collided.size).toBe(0);
    const [b1, b2] = merge.current;
    expect(b1?.tables.cases.map((c) => [c.case_number, c.source])).toEqual([[made.caseNumber, 'MANUAL']]);
    expect(b2?.tables.cases.map((c) => [c.case_number, c.source, c.origin_counter])).toEqual([
      [made.caseNumber, 'COURT_COUNTER', 'K1'],
    ]);
    expect(b2?.tables.filings.map((f) => f.case_number)).toEqual([made.caseNumber]);
    expect(b2?.tables.receipts.map((r) => r.receipt_number?.includes('K2'))).toEqual([true]);
  });

  it("warns when the origin counter's export is not merged, and flags a number the origin does not hold", async () => {
    const { k2, made } = await filedAtTwoCounters();
    const alone = mergeBundles(await open(k2));
    expect(alone.findings.map((f) => [f.code, f.severity])).toEqual([['COURT_CASE_ORIGIN', 'warning']]);
    expect(alone.collided.size).toBe(0);
    // A K1 that never registered that number (another K1 ledger): the case is flagged.
    const other = await threeCounters();
    const wrong = mergeBundles(await open(other.k1, k2));
    expect(wrong.findings.filter((f) => f.code === 'COURT_CASE_ORIGIN').map((f) => f.severity)).toEqual(['error']);
    expect([...wrong.collided]).toEqual([made.caseNumber]);
  });
});
