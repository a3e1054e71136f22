import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import type { CrashStep } from '../backup/crashPoint';
import { counterDir } from './layout';
import { courtProblems } from './replica';
import { searchCourtCases } from './search';
import { openSegment } from './segment';

const count = (db: { prepare(s: string): { get(...a: unknown[]): unknown } }, q: string, ...a: unknown[]) =>
  (db.prepare(q).get(...a) as { n: number }).n;

function segmentFiles(folder: string, counter: string): string[] {
  const dir = counterDir(folder, '05005', counter);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** A hook that pulls the plug at `step` (the first time only), as KAUNTER_CRASH_AT does in a child process. */
function crashAt(step: CrashStep) {
  let done = false;
  return (at: CrashStep) => {
    if (at === step && !done) {
      done = true;
      throw new Error(`power cut at ${step}`);
    }
  };
}

describe('the court folder: publish and read', () => {
  it('finds a case registered at K1 in K2 replica after one round, by name, MyKad and case number', async () => {
    const { folder, k1, k2, k3 } = await threeCounters();
    const made = registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    const first = await k1.sync();
    expect(first.publish).toMatchObject({ reachable: true, published: [1] });
    const round = await k2.sync();
    expect(round.read).toEqual(
      expect.arrayContaining([expect.objectContaining({ counter: 'K1', read: [1], problems: [] })]),
    );
    for (const query of ['aminah yusof', '850101105124', made.caseNumber]) {
      const hits = searchCourtCases(k2.replica, query);
      expect(hits, query).toHaveLength(1);
      expect(hits[0]).toMatchObject({
        counter: 'K1',
        caseNumber: made.caseNumber,
        parties: [{ side: 'CLAIMANT', name: 'Aminah binti Yusof', idNumber: '850101-10-5124' }],
      });
    }
    expect(count(k2.replica, 'SELECT COUNT(*) AS n FROM replica_receipts WHERE counter = ?', 'K1')).toBe(1);
    // Never into K2's own ledger.
    expect(count(k2.ledger.db, 'SELECT COUNT(*) AS n FROM cases')).toBe(0);
    // K3 reads it too, and K1 reads K2's and K3's (their setup and enrolment events).
    await k3.sync();
    expect(searchCourtCases(k3.replica, 'aminah')).toHaveLength(1);
    await k1.sync();
    expect(count(k1.replica, 'SELECT COUNT(DISTINCT counter) AS n FROM replica_segments')).toBe(2);
    expect(courtProblems(k1.replica)).toEqual([]);
    // What a reader gets is the whole chain: every event of K1, once.
    expect(count(k2.replica, 'SELECT COUNT(*) AS n FROM replica_events WHERE counter = ?', 'K1')).toBe(
      count(k1.ledger.db, 'SELECT COUNT(*) AS n FROM audit_events'),
    );
    // ICT opens a segment with its own key.
    const ict = await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') });
    const opened = await openSegment(readFileSync(join(counterDir(folder, '05005', 'K1'), 'seg-000001.kseg')), ict);
    expect(opened.ok && opened.body.header).toMatchObject({ counter: 'K1', segmentNo: 1, firstSeq: 1 });
  });

  it('publishes only new events, in order, each segment following the previous', async () => {
    const { folder, k1, k2 } = await threeCounters();
    await k1.sync();
    expect((await k1.sync()).publish).toMatchObject({ published: [] });
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    registerAt(k1, 'Siti Hajar binti Osman', '900303-05-5222');
    expect((await k1.sync({ eventsPerSegment: 3 })).publish).toMatchObject({ reachable: true });
    const rows = k1.ledger.db.prepare('SELECT * FROM court_segments ORDER BY segment_no').all() as {
      segment_no: number;
      first_seq: number;
      last_seq: number;
    }[];
    expect(rows.length).toBeGreaterThan(2);
    for (const [i, r] of rows.entries()) {
      expect(r.segment_no).toBe(i + 1);
      expect(r.first_seq).toBe(i === 0 ? 1 : (rows[i - 1]?.last_seq ?? 0) + 1);
    }
    expect(segmentFiles(folder, 'K1')).toHaveLength(rows.length);
    await k2.sync();
    expect(searchCourtCases(k2.replica, 'osman')).toHaveLength(1);
  });

  it('works on with the folder unreachable, then catches up with no gap and no duplicate', async () => {
    const { folder, k1, k2 } = await threeCounters();
    const gone = join(folder, 'share-not-mounted');
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    const away = await k1.sync({ folder: gone });
    expect(away.publish).toMatchObject({ reachable: false });
    expect(count(k1.ledger.db, 'SELECT COUNT(*) AS n FROM court_segments')).toBe(0);
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    expect((await k1.sync({ folder: gone })).publish.reachable).toBe(false);
    const back = await k1.sync();
    expect(back.publish).toMatchObject({ reachable: true, published: [1] });
    await k2.sync();
    const events = k2.replica
      .prepare("SELECT seq FROM replica_events WHERE counter = 'K1' ORDER BY seq")
      .pluck()
      .all() as number[];
    expect(events).toEqual(Array.from({ length: events.length }, (_, i) => i + 1));
    expect(events.length).toBe(count(k1.ledger.db, 'SELECT COUNT(*) AS n FROM audit_events'));
    expect(searchCourtCases(k2.replica, 'rahim')).toHaveLength(1);
  });

  it('a power cut between the temporary file and its name leaves no segment visible; the next round finishes', async () => {
    const { folder, k1, k2 } = await threeCounters();
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await expect(k1.sync({ crash: crashAt('court:tmp-written') })).rejects.toThrow(/power cut/);
    expect(segmentFiles(folder, 'K1').every((f) => f.startsWith('.'))).toBe(true);
    expect(segmentFiles(folder, 'K1')).toHaveLength(1);
    expect((await k2.sync()).read.find((r) => r.counter === 'K1')).toMatchObject({ read: [], problems: [] });
    expect((await k1.sync()).publish).toMatchObject({ published: [1] });
    expect(segmentFiles(folder, 'K1')).toEqual(['seg-000001.kseg']);
    await k2.sync();
    expect(searchCourtCases(k2.replica, 'aminah')).toHaveLength(1);
  });

  it('a power cut after the name and before the ledger recorded it: the next round takes that segment, writes none twice', async () => {
    const { folder, k1, k2 } = await threeCounters();
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await expect(k1.sync({ crash: crashAt('court:renamed') })).rejects.toThrow(/power cut/);
    expect(count(k1.ledger.db, 'SELECT COUNT(*) AS n FROM court_segments')).toBe(0);
    const bytes = readFileSync(join(counterDir(folder, '05005', 'K1'), 'seg-000001.kseg'));
    const again = await k1.sync();
    expect(again.publish).toMatchObject({ published: [], adopted: [1], lastSegment: 1 });
    expect(readFileSync(join(counterDir(folder, '05005', 'K1'), 'seg-000001.kseg'))).toEqual(bytes);
    await k2.sync();
    expect(courtProblems(k2.replica)).toEqual([]);
    expect(searchCourtCases(k2.replica, 'aminah')).toHaveLength(1);
  });

  it('two rounds at once publish no segment twice', async () => {
    const { folder, k1 } = await threeCounters();
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    const [a, b] = await Promise.all([k1.sync(), k1.sync()]);
    expect([...a.publish.published, ...b.publish.published]).toEqual([1]);
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111');
    const more = await Promise.all([k1.sync(), k1.sync(), k1.sync()]);
    expect(more.flatMap((r) => r.publish.published)).toEqual([2]);
    expect(segmentFiles(folder, 'K1')).toEqual(['seg-000001.kseg', 'seg-000002.kseg']);
  });

  it('refuses to publish over a file in its own subfolder that it did not write', async () => {
    const { folder, k1, k2 } = await threeCounters();
    await k1.sync();
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    // Someone puts K2's first segment where K1's second would go.
    const dir = counterDir(folder, '05005', 'K1');
    await k2.sync();
    const foreign = readFileSync(join(counterDir(folder, '05005', 'K2'), 'seg-000001.kseg'));
    writeFileSync(join(dir, 'seg-000002.kseg'), foreign);
    const round = await k1.sync();
    expect(round.publish).toMatchObject({ reachable: true, refused: { segmentNo: 2 } });
    expect(count(k1.ledger.db, 'SELECT COUNT(*) AS n FROM court_segments')).toBe(1);
    expect(readFileSync(join(dir, 'seg-000002.kseg'))).toEqual(foreign);
  });
});
