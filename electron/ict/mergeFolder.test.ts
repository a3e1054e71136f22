import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordFilingsSchema } from '@shared/schemas/filing';
import { takePaymentSchema } from '@shared/schemas/payment';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { registerAt, testCounter, threeCounters, type TestCounter } from '../../tests/support/courtFolder';
import { trustFileOf, trustOf } from '../../tests/support/ictTrust';
import { tempDir } from '../../tests/support/ledger';
import { fileDeviceKeyVault } from '../services/bundle/deviceKey';
import { exportBundle } from '../services/bundle/exportBundle';
import { recordCourtCaseFilings, takeCourtCasePayment } from '../services/courtFolder/courtCases';
import { counterDir } from '../services/courtFolder/layout';
import { searchCourtCases } from '../services/courtFolder/search';
import { runIct } from './cli';
import { EXIT } from './exitCodes';
import { loadSecretKey } from './keys';
import { mergeBundles } from './merge';
import { openBundle } from './openBundle';
import { openCourtFolder } from './openFolder';
import { worklistRows } from './worklist';

const seg = (folder: string, counter: string, n: number) =>
  join(counterDir(folder, '05005', counter), `seg-${String(n).padStart(6, '0')}.kseg`);

/**
 * K1: segment 1 its setup, 2 a case, 3 another case. K2 receives an affidavit (with its fee) and a payment
 * on K1's first case, read from the folder. K3 registers its own case. Everything published.
 */
async function court() {
  const c = await threeCounters();
  await c.k1.sync();
  const made = registerAt(c.k1, 'Aminah binti Yusof', '850101-10-5124');
  await c.k1.sync();
  registerAt(c.k1, 'Rahim bin Salleh', '800202-05-5111');
  await c.k1.sync();
  await c.k2.sync();
  const [hit] = searchCourtCases(c.k2.replica, made.caseNumber);
  if (!hit) throw new Error("K1's case not read at K2");
  const ref = { counter: 'K1', caseId: hit.caseId };
  const { caseId: _f, ...filing } = recordFilingsSchema.parse({
    caseId: 1,
    documents: [{ typeCode: 'AFIDAVIT', quantity: 1 }],
    method: 'CASH',
    tenderedSen: 10000,
    payerName: 'Aminah binti Yusof',
  });
  recordCourtCaseFilings(c.k2.ledger, c.k2.replica, 1, ref, filing);
  const { caseId: _p, ...payment } = takePaymentSchema.parse({
    caseId: 1,
    lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
    method: 'CASH',
    tenderedSen: 5000,
    payerName: 'Aminah binti Yusof',
  });
  takeCourtCasePayment(c.k2.ledger, c.k2.replica, 1, ref, payment);
  await c.k2.sync();
  registerAt(c.k3, 'Zulkifli bin Hamid', '750505-05-5333');
  await c.k3.sync();
  return { ...c, made, all: [c.k1, c.k2, c.k3] };
}

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

async function mergeFolder(folder: string, trusted: TestCounter[]) {
  const { lines, io } = capture();
  const out = tempDir('kaunter-ict-folder-out-');
  const trust = trustFileOf(...trusted.map((t) => ({ privateKey: t.key })));
  const code = await runIct(
    ['merge', '--folder', folder, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', out],
    io,
  );
  const worklist = readFileSync(join(out, 'worklist.csv'), 'utf8');
  const report = readFileSync(join(out, 'report.html'), 'utf8');
  return { code, text: lines.join('\n'), worklist, report };
}

const unlock = async () => ({ secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null });

describe('ict merge --folder: the counters merged from the court folder', () => {
  it("K2's filing and payment on K1's case: one case, no collision, every check passed", async () => {
    const { folder, made, all } = await court();
    const run = await mergeFolder(folder, all);
    expect(run.text).toContain('LULUS / PASSED');
    expect(run.code).toBe(EXIT.CLEAN);
    expect(run.worklist).not.toContain('BERTEMBUNG');
    const opened = await openCourtFolder(folder, {
      unlock: await unlock(),
      signers: trustOf(...all.map((t) => ({ privateKey: t.key }))),
    });
    const merge = mergeBundles(opened.outcomes);
    expect(merge.failed).toEqual([]);
    expect(merge.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(merge.collided.size).toBe(0);
    const rows = worklistRows(merge).filter((r) => r.case_number === made.caseNumber);
    expect(rows.map((r) => [r.counter, r.source])).toEqual([
      ['K1', 'MANUAL'],
      ['K2', 'COURT_COUNTER'],
    ]);
    expect(rows[1]?.filings).toContain('AFIDAVIT');
    expect(rows[1]?.esv3_reference.split(' ')).toHaveLength(2);
    expect(opened.counters.map((c) => [c.counter, c.segments, c.problem])).toEqual([
      ['K1', 3, null],
      ['K2', 2, null],
      ['K3', 1, null],
    ]);
    expect(run.report).toContain('Folder mahkamah');
  });

  it("gives the same records and worklist as the counters' own exports of the same data", async () => {
    const { folder, all } = await court();
    const bundles = [];
    for (const c of all) {
      const out = tempDir(`kaunter-ict-export-${c.counter}-`);
      const made = await exportBundle(c.ledger, {
        folder: out,
        vault: fileDeviceKeyVault(c.dataDir),
        by: { id: c.supervisorId, name: 'Puan Rohana binti Ismail' },
      });
      bundles.push(join(out, made.files.pgp));
    }
    // The exports are events too: published, so the folder holds the same history as the bundles.
    for (const c of all) await c.sync();
    const signers = trustOf(...all.map((t) => ({ privateKey: t.key })));
    const fromBundles = mergeBundles(
      await Promise.all(bundles.map(async (b) => openBundle(b, { unlock: await unlock(), signers }))),
    );
    const fromFolder = mergeBundles((await openCourtFolder(folder, { unlock: await unlock(), signers })).outcomes);
    expect(fromFolder.findings).toEqual([]);
    expect(fromBundles.findings).toEqual([]);
    expect(worklistRows(fromFolder)).toEqual(worklistRows(fromBundles));
    for (const [i, b] of fromBundles.current.entries()) {
      const f = fromFolder.current[i];
      for (const table of ['cases', 'parties', 'receipts', 'receiptItems', 'filings'] as const)
        expect(f?.tables[table], `${b.manifest.counter} ${table}`).toEqual(b.tables[table]);
      expect(f?.totals).toEqual(b.totals);
      // The folder holds the export's own event too: what it gives that the bundle does not.
      expect(f?.auditHashes.slice(0, b.auditHashes.length)).toEqual(b.auditHashes);
      expect(f?.auditHashes.length).toBe(b.auditHashes.length + 1);
    }
  });

  it('a flipped byte in a segment: reported by counter and segment, the segments before it and the other counters merged', async () => {
    const { folder, all } = await court();
    const file = seg(folder, 'K1', 3);
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
    writeFileSync(file, bytes);
    const run = await mergeFolder(folder, all);
    expect(run.code).toBe(EXIT.CANNOT_OPEN);
    expect(run.text).toMatch(/Mahkamah 05005, Kaunter K1, segmen 3: /);
    expect(run.text).toMatch(/Court 05005, Counter K1, segment 3: /);
    expect(run.worklist).toContain('Aminah binti Yusof');
    expect(run.worklist).not.toContain('Rahim bin Salleh');
    expect(run.worklist).toContain('Zulkifli bin Hamid');
    expect(run.report).toContain('05005-K1 seg-000003.kseg');
  });

  it('a missing segment: a gap, reported, nothing after it used, the rest merged (exit 1)', async () => {
    const { folder, all } = await court();
    renameSync(seg(folder, 'K1', 2), join(tempDir('kaunter-ict-aside-'), 'seg-000002.kseg'));
    const run = await mergeFolder(folder, all);
    expect(run.code).toBe(EXIT.PROBLEMS);
    expect(run.text).toMatch(/Kaunter K1, segmen 2: .*jurang/);
    expect(run.text).toMatch(/Counter K1, segment 2: .*a gap/);
    expect(run.worklist).not.toMatch(/,K1,/);
    expect(run.worklist).not.toContain('Rahim bin Salleh');
    expect(run.worklist).toContain('Zulkifli bin Hamid');
    // K2's filing on K1's case stays K2's record, flagged: K1's segments that hold that case are not used.
    expect(run.worklist).toMatch(/,K2,.*COURT_COUNTER.*NOMBOR BERTEMBUNG/);
  });

  it("a counter whose device key is not in ICT's trust list: refused (exit 4), the others merged", async () => {
    const { folder, all } = await court();
    const k4 = await testCounter('K4', folder, 3001);
    registerAt(k4, 'Faridah binti Omar', '880808-05-5444');
    await k4.sync();
    const run = await mergeFolder(folder, all);
    expect(run.code).toBe(EXIT.UNVERIFIED);
    expect(run.text).toMatch(/Kaunter K4, segmen 1: ditandatangani oleh kunci peranti yang tidak didaftarkan/);
    expect(run.text).toMatch(/Counter K4, segment 1: signed by a device key not enrolled in ICT's trust list/);
    expect(run.worklist).not.toContain('Faridah binti Omar');
    expect(run.worklist).toContain('Zulkifli bin Hamid');
    expect(run.worklist).toContain('Rahim bin Salleh');
  });

  it('refuses bundles and --folder together, and --folder without an ICT key', async () => {
    const { io } = capture();
    expect(await runIct(['merge', 'x.zip.pgp', '--folder', 'F', '--key', TEST_KEYS.ictSecret, '--out', 'O'], io)).toBe(
      EXIT.USAGE,
    );
    expect(await runIct(['merge', '--folder', 'F', '--passphrase-file', 'P', '--out', 'O'], io)).toBe(EXIT.USAGE);
    expect(await runIct(['open', '--folder', 'F', '--key', TEST_KEYS.ictSecret, '--out', 'O'], io)).toBe(EXIT.USAGE);
  });
});
