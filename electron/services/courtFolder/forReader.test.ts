import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enrolAll, registerAt, testCounter } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { forReaderDir } from './forReader';
import { counterDir } from './layout';
import { courtProblems } from './replica';
import { searchCourtCases } from './search';

describe('a counter enrolled late reads what was published before it', () => {
  it('K1 re-publishes its earlier segments for K3 only, once; K3 reads them and then the main stream', async () => {
    const folder = tempDir('kaunter-court-folder-');
    mkdirSync(folder, { recursive: true });
    const k1 = await testCounter('K1', folder, 1);
    const k2 = await testCounter('K2', folder, 1001);
    await enrolAll([k1, k2]);
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await k1.sync({ eventsPerSegment: 4 });
    const early = readdirSync(counterDir(folder, '05005', 'K1')).filter((n) => n.endsWith('.kseg'));
    expect(early.length).toBeGreaterThan(1);

    // K3 joins the court later; enrolled both ways.
    const k3 = await testCounter('K3', folder, 2001);
    await enrolAll([k1, k3]);
    await enrolAll([k2, k3]);
    const before = await k3.sync();
    expect(before.read.find((r) => r.counter === 'K1')?.problems[0]).toMatchObject({
      kind: 'UNREADABLE',
      segmentNo: 1,
    });

    const round = await k1.sync();
    expect(round.publish).toMatchObject({ reachable: true });
    const k3Fingerprint = k3.key.getFingerprint();
    const stream = forReaderDir(folder, '05005', 'K1', k3Fingerprint);
    const reissued = readdirSync(stream).sort();
    // Every segment K1 wrote before K3 was enrolled (and K1's round that enrolled K3 wrote one encrypted to it).
    expect(reissued).toEqual(early);
    // Not for K2, which could read them all along.
    expect(existsSync(forReaderDir(folder, '05005', 'K1', k2.key.getFingerprint()))).toBe(false);
    // Once only.
    await k1.sync();
    expect(readdirSync(stream).sort()).toEqual(reissued);

    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    await k1.sync();
    const after = await k3.sync();
    expect(after.read.find((r) => r.counter === 'K1')?.problems).toEqual([]);
    expect(courtProblems(k3.replica).filter((p) => p.counter === 'K1')).toEqual([]);
    expect(searchCourtCases(k3.replica, 'aminah')).toHaveLength(1);
    expect(searchCourtCases(k3.replica, 'rahim')).toHaveLength(1);
    // The main stream is untouched and K2 still reads it as before.
    expect(
      readdirSync(join(counterDir(folder, '05005', 'K1')))
        .filter((n) => n.endsWith('.kseg'))
        .slice(0, early.length),
    ).toEqual(early);
    expect((await k2.sync()).read.find((r) => r.counter === 'K1')?.problems).toEqual([]);
  });
});
