import { copyFileSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerAt, testCounter, threeCounters } from '../../../tests/support/courtFolder';
import { readDeviceKey } from '../bundle/deviceKey';
import { enrolCounter } from './enrolment';
import { tempDir } from '../../../tests/support/ledger';
import { counterDir } from './layout';
import { courtProblems } from './replica';
import { searchCourtCases } from './search';
import { SegmentExists, writeSegmentOnce } from './segmentFile';
import { canonicalJson } from '@shared/canonicalJson';
import { hashOfEventText, rowToEvent, type AuditEvent, type AuditRow } from '../ledger/audit';

const seg = (folder: string, counter: string, n: number) =>
  join(counterDir(folder, '05005', counter), `seg-${String(n).padStart(6, '0')}.kseg`);

const readOf = (round: Awaited<ReturnType<Awaited<ReturnType<typeof threeCounters>>['k2']['sync']>>, c: string) =>
  round.read.find((r) => r.counter === c);

/** K1 with three segments (setup; a case; another case), K3 with one; K2 reads. */
async function court() {
  const c = await threeCounters();
  await c.k1.sync();
  registerAt(c.k1, 'Aminah binti Yusof', '850101-10-5124');
  await c.k1.sync();
  registerAt(c.k1, 'Rahim bin Salleh', '800202-05-5111');
  await c.k1.sync();
  registerAt(c.k3, 'Zulkifli bin Hamid', '750505-05-5333');
  await c.k3.sync();
  return c;
}

describe('the court folder: what a reader refuses', () => {
  it('a flipped byte in a segment: refused and reported, the earlier segments and the other counters still read', async () => {
    const { folder, k2 } = await court();
    const file = seg(folder, 'K1', 2);
    const bytes = readFileSync(file);
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
    writeFileSync(file, bytes);
    const round = await k2.sync();
    expect(readOf(round, 'K1')).toMatchObject({ read: [1], problems: [{ segmentNo: 2 }] });
    expect(['UNREADABLE', 'BAD_SIGNATURE']).toContain(courtProblems(k2.replica)[0]?.kind);
    expect(courtProblems(k2.replica)).toHaveLength(1);
    // Nothing after it is used: segment 3's case is not there; K3's is.
    expect(searchCourtCases(k2.replica, 'rahim')).toEqual([]);
    expect(searchCourtCases(k2.replica, 'zulkifli')).toHaveLength(1);
  });

  it('a missing segment (a gap): reported by counter and segment, nothing after it used', async () => {
    const { folder, k2 } = await court();
    rmSync(seg(folder, 'K1', 2));
    const round = await k2.sync();
    expect(readOf(round, 'K1')).toMatchObject({ read: [1] });
    expect(courtProblems(k2.replica)).toMatchObject([{ counter: 'K1', segmentNo: 2, kind: 'GAP' }]);
    expect(courtProblems(k2.replica)[0]?.messageMs).toMatch(/Kaunter K1, segmen 2: .*jurang/);
    expect(searchCourtCases(k2.replica, 'rahim')).toEqual([]);
    expect(searchCourtCases(k2.replica, 'zulkifli')).toHaveLength(1);
  });

  it('a segment signed by a key not enrolled for that counter: refused, the rest still read', async () => {
    const { folder, k2 } = await court();
    // An impostor "K1" with a device key of its own, enrolled at K2 for nobody; it encrypts to K2's key.
    const elsewhere = tempDir('kaunter-court-impostor-');
    const impostor = await testCounter('K1', elsewhere, 1);
    const k2Key = readDeviceKey(k2.ledger);
    if (!k2Key) throw new Error('K2 has no device key');
    await enrolCounter(impostor.ledger, impostor.supervisorId, {
      counterId: 'K2',
      armored: k2Key.publicArmored,
      confirmedFingerprint: k2Key.fingerprint,
    });
    await impostor.sync();
    // Its segment takes the place of K1's segment 2 (as if written to the share by someone else).
    copyFileSync(seg(elsewhere, 'K1', 1), seg(folder, 'K1', 2));
    const round = await k2.sync();
    expect(readOf(round, 'K1')).toMatchObject({ read: [1] });
    expect(courtProblems(k2.replica)).toMatchObject([{ counter: 'K1', segmentNo: 2, kind: 'UNENROLLED' }]);
    expect(searchCourtCases(k2.replica, 'aminah')).toEqual([]);
    expect(searchCourtCases(k2.replica, 'zulkifli')).toHaveLength(1);
  });

  it('a counter nobody enrolled here: its segments are not read, and that is said', async () => {
    const { folder, k2 } = await court();
    const k4 = await testCounter('K4', folder, 3001);
    await k4.sync();
    const round = await k2.sync();
    expect(readOf(round, 'K4')).toMatchObject({ read: [], problems: [{ segmentNo: 1, kind: 'UNENROLLED' }] });
    expect(searchCourtCases(k2.replica, 'zulkifli')).toHaveLength(1);
  });

  it('a published segment changed after it was read: reported, and nothing after it is used', async () => {
    const { folder, k2 } = await court();
    // K2 reads segments 1 and 2 only (segment 3 has not arrived yet).
    const three = join(tempDir('kaunter-court-aside-'), 'seg-000003.kseg');
    renameSync(seg(folder, 'K1', 3), three);
    await k2.sync();
    expect(searchCourtCases(k2.replica, 'aminah')).toHaveLength(1);
    // Segment 2 is rewritten with other bytes (segment 1's); then segment 3 arrives.
    copyFileSync(seg(folder, 'K1', 1), seg(folder, 'K1', 2));
    copyFileSync(three, seg(folder, 'K1', 3));
    const round = await k2.sync();
    expect(courtProblems(k2.replica)).toMatchObject([{ counter: 'K1', segmentNo: 2, kind: 'CHANGED' }]);
    expect(readOf(round, 'K1')).toMatchObject({ read: [] });
    expect(searchCourtCases(k2.replica, 'rahim')).toEqual([]);
  });

  it('a segment changed after later rounds found it unchanged (and stopped hashing it) is still reported', async () => {
    const { folder, k2 } = await court();
    await k2.sync();
    await k2.sync();
    expect(courtProblems(k2.replica)).toEqual([]);
    copyFileSync(seg(folder, 'K1', 1), seg(folder, 'K1', 2));
    await k2.sync();
    expect(courtProblems(k2.replica)).toMatchObject([{ counter: 'K1', segmentNo: 2, kind: 'CHANGED' }]);
  });

  it('two files claiming one number (a sync conflict copy): a fork, reported, nothing from that number on', async () => {
    const { folder, k2 } = await court();
    const dir = counterDir(folder, '05005', 'K1');
    renameSync(seg(folder, 'K1', 3), join(dir, 'seg-000003.sync-conflict-20261130-090000-ABCDEFG.kseg'));
    copyFileSync(seg(folder, 'K1', 2), seg(folder, 'K1', 3));
    await k2.sync();
    expect(courtProblems(k2.replica)).toMatchObject([{ counter: 'K1', segmentNo: 3, kind: 'FORK' }]);
    expect(searchCourtCases(k2.replica, 'aminah')).toHaveLength(1);
    expect(searchCourtCases(k2.replica, 'rahim')).toEqual([]);
  });

  it('a problem mended (the missing segment comes back) is read on the next round', async () => {
    const { folder, k2 } = await court();
    const aside = join(tempDir('kaunter-court-aside-'), 'seg-000002.kseg');
    renameSync(seg(folder, 'K1', 2), aside);
    await k2.sync();
    expect(courtProblems(k2.replica)).toHaveLength(1);
    copyFileSync(aside, seg(folder, 'K1', 2));
    await k2.sync();
    expect(courtProblems(k2.replica)).toEqual([]);
    expect(searchCourtCases(k2.replica, 'rahim')).toHaveLength(1);
  });

  it('a segment is never written over', () => {
    const dir = tempDir('kaunter-court-once-');
    writeSegmentOnce(dir, 1, new Uint8Array([1, 2, 3]));
    expect(() => writeSegmentOnce(dir, 1, new Uint8Array([9]))).toThrow(SegmentExists);
    expect([...readFileSync(join(dir, 'seg-000001.kseg'))]).toEqual([1, 2, 3]);
  });
});

describe('the court folder: what a reader keeps', () => {
  it("every event of another counter as it was hashed, plus its hash: the ledger's events, text that hashes to them", async () => {
    const { k1, k2 } = await court();
    await k2.sync();
    const kept = k2.replica
      .prepare("SELECT event FROM replica_events WHERE counter = 'K1' ORDER BY seq")
      .pluck()
      .all() as string[];
    const ledger = (k1.ledger.db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as AuditRow[]).map(
      rowToEvent,
    );
    expect(kept.map((text) => JSON.parse(text) as unknown)).toEqual(ledger);
    for (const [i, text] of kept.entries()) {
      const { hash, ...unsigned } = ledger[i] as AuditEvent;
      expect(text).toBe(`${canonicalJson(unsigned).slice(0, -1)},"hash":"${hash}"}`);
      expect(hashOfEventText(canonicalJson(unsigned))).toBe(hash);
    }
  });
});
