import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAt, threeCounters } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { requireCourtConfig } from '../court/court';
import type { Db } from '../db/open';
import { enrolledKeys } from './enrolment';
import { counterDir, courtCodeOf } from './layout';
import { SegmentOpener } from './openWorker';
import { readCounter, type CounterRead, type ReadOptions } from './read';
import { openReplicaFile } from './replica';
import { bodyOf, openSegment, sha256Hex } from './segment';

/*
 * The read pipeline (readAhead.ts): whatever opens the segments — the worker, this thread, a worker that
 * cannot load openpgp, a worker stopped mid-read — a counter's stream is read to the same rows and the
 * same first problem, nothing after it applied.
 */

type Court = Awaited<ReturnType<typeof threeCounters>>;

const seg = (folder: string, n: number) =>
  join(counterDir(folder, '05005', 'K1'), `seg-${String(n).padStart(6, '0')}.kseg`);

const openers: SegmentOpener[] = [];
afterAll(async () => {
  for (const o of openers.splice(0)) await o.close();
});
function opener(openpgpPath?: string): SegmentOpener {
  const o = new SegmentOpener(openpgpPath);
  openers.push(o);
  return o;
}

/** K1 with five segments: its setup, then one registered case a segment. */
async function fiveSegments(): Promise<Court> {
  const c = await threeCounters();
  await c.k1.sync();
  const people = [
    ['Aminah binti Yusof', '850101-10-5124'],
    ['Rahim bin Salleh', '800202-05-5111'],
    ['Siti binti Omar', '820303-05-5222'],
    ['Hassan bin Ali', '790404-05-5333'],
  ] as const;
  for (const [name, id] of people) {
    registerAt(c.k1, name, id);
    await c.k1.sync();
  }
  return c;
}

function options(c: Court, chosen: SegmentOpener | null): ReadOptions {
  const { court } = requireCourtConfig(c.k2.ledger);
  return {
    folder: c.folder,
    court: courtCodeOf(court),
    ownCounter: court.counterId,
    enrolled: enrolledKeys(c.k2.ledger),
    decryptionKey: c.k2.key,
    now: c.k2.ledger.clock,
    opener: chosen,
  };
}

const freshReplica = () => openReplicaFile(join(tempDir('kaunter-read-ahead-'), 'replika.sqlite'));

/** What a read left in the replica: the segments taken, how many events, the problems recorded. */
function held(replica: Db) {
  return {
    segments: replica.prepare("SELECT segment_no, sha256 FROM replica_segments WHERE counter = 'K1'").all(),
    events: replica.prepare("SELECT COUNT(*) FROM replica_events WHERE counter = 'K1'").pluck().get(),
    cases: replica.prepare("SELECT case_number FROM replica_cases WHERE counter = 'K1' ORDER BY id").pluck().all(),
    problems: replica.prepare('SELECT counter, segment_no, kind, message_ms, message_en FROM replica_problems').all(),
  };
}

/** K1's stream read into a new replica by each way of opening: one result and one replica for all. */
async function everyWay(c: Court): Promise<{ result: CounterRead; replica: ReturnType<typeof held> }> {
  const ways: Array<() => SegmentOpener | null> = [
    () => opener(),
    () => null,
    () => opener(join(tempDir('kaunter-no-openpgp-'), 'tiada-openpgp.cjs')),
  ];
  const seen: Array<{ result: CounterRead; replica: ReturnType<typeof held> }> = [];
  for (const way of ways) {
    const replica = freshReplica();
    const result = await readCounter(replica, 'K1', options(c, way()));
    seen.push({ result, replica: held(replica) });
    replica.close();
  }
  // A worker stopped while it has the first segments to open: the rest are opened here, the same.
  const stopped = opener();
  const replica = freshReplica();
  const reading = readCounter(replica, 'K1', options(c, stopped));
  await stopped.close();
  seen.push({ result: await reading, replica: held(replica) });
  replica.close();
  const [first, ...others] = seen;
  if (!first) throw new Error('no read');
  for (const other of others) expect(other).toEqual(first);
  return first;
}

describe('reading a counter with its next segments opened on a worker thread', () => {
  it('a whole stream: every segment read, the same by the worker and without it', async () => {
    const c = await fiveSegments();
    const { result, replica } = await everyWay(c);
    expect(result).toMatchObject({ read: [1, 2, 3, 4, 5], problems: [] });
    expect(replica.segments).toHaveLength(5);
    expect(replica.cases).toHaveLength(4);
  });

  it('a flipped byte in the middle segment: the same problem, the earlier segments applied, the later not', async () => {
    const c = await fiveSegments();
    const bytes = readFileSync(seg(c.folder, 3));
    const at = Math.floor(bytes.length / 2);
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
    writeFileSync(seg(c.folder, 3), bytes);
    const { result, replica } = await everyWay(c);
    expect(result).toMatchObject({ read: [1, 2], problems: [{ segmentNo: 3 }] });
    expect(['UNREADABLE', 'BAD_SIGNATURE']).toContain(result.problems[0]?.kind);
    expect(replica.segments).toHaveLength(2);
    expect(replica.cases).toHaveLength(1);
  });

  it('an unsigned segment in the middle: refused as not signed by the enrolled key, nothing after it', async () => {
    const c = await fiveSegments();
    const opened = await openSegment(readFileSync(seg(c.folder, 3)), c.k2.key);
    if (!opened.ok) throw new Error('segment 3 does not open');
    const unsigned = await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: new TextEncoder().encode(JSON.stringify(opened.body)) }),
      encryptionKeys: c.k2.key.toPublic(),
      format: 'binary',
    });
    writeFileSync(seg(c.folder, 3), unsigned);
    const { result, replica } = await everyWay(c);
    expect(result).toMatchObject({ read: [1, 2], problems: [{ segmentNo: 3, kind: 'UNENROLLED' }] });
    expect(replica.problems).toMatchObject([{ segment_no: 3, kind: 'UNENROLLED' }]);
    expect(replica.cases).toHaveLength(1);
  });

  it('two segments out of order: a continuity problem at the first, nothing from there on', async () => {
    const c = await fiveSegments();
    const aside = join(tempDir('kaunter-read-ahead-swap-'), 'x.kseg');
    renameSync(seg(c.folder, 3), aside);
    renameSync(seg(c.folder, 4), seg(c.folder, 3));
    renameSync(aside, seg(c.folder, 4));
    const { result, replica } = await everyWay(c);
    expect(result).toMatchObject({ read: [1, 2], problems: [{ segmentNo: 3, kind: 'CONTINUITY' }] });
    expect(replica.segments).toHaveLength(2);
  });

  it('applying segment 2 fails: the read fails, segment 3 (opened ahead) is never applied, the next read goes on', async () => {
    const c = await fiveSegments();
    const worker = opener();
    const replica = freshReplica();
    replica.exec(`CREATE TEMP TRIGGER refuse_2 BEFORE INSERT ON main.replica_segments WHEN NEW.segment_no = 2
      BEGIN SELECT RAISE(ABORT, 'cakera penuh'); END`);
    await expect(readCounter(replica, 'K1', options(c, worker))).rejects.toThrow(/cakera penuh/);
    // The worker has answered everything asked of it before this (it answers in order): nothing more came in.
    expect(await worker.open({ file: seg(c.folder, 1), forReader: null, key: c.k2.key.armor(), signer: '' })).toEqual({
      ok: false,
    });
    expect(held(replica).segments).toMatchObject([{ segment_no: 1 }]);
    expect(held(replica).cases).toEqual([]);
    replica.exec('DROP TRIGGER refuse_2');
    expect(await readCounter(replica, 'K1', options(c, worker))).toMatchObject({ read: [2, 3, 4, 5], problems: [] });
    replica.close();
  });

  it("the worker opens a good segment: the file's hash and the text this thread parses, as openSegment opens it", async () => {
    const c = await fiveSegments();
    const signer = enrolledKeys(c.k2.ledger).get('K1');
    if (!signer) throw new Error('K1 is not enrolled at K2');
    const bytes = readFileSync(seg(c.folder, 2));
    const answer = await opener().open({
      file: seg(c.folder, 2),
      forReader: null,
      key: c.k2.key.armor(),
      signer: signer.publicArmored,
    });
    if (!answer.ok) throw new Error('the worker did not open segment 2');
    expect(answer.sha256).toBe(sha256Hex(bytes));
    const opened = await openSegment(bytes, c.k2.key);
    expect(opened.ok && bodyOf(answer.literal)).toEqual(opened.ok && opened.body);
  });

  it('a worker that cannot load openpgp answers that it did not open (so the reader opens the segment itself)', async () => {
    const c = await fiveSegments();
    const none = opener(join(tempDir('kaunter-no-openpgp-'), 'tiada-openpgp.cjs'));
    const job = { file: seg(c.folder, 1), forReader: null, key: c.k2.key.armor(), signer: '' };
    expect(await none.open(job)).toEqual({ ok: false });
    expect(await none.open(job)).toEqual({ ok: false });
  });

  it('a segment already read found changed: the read stops there, though the worker was sent the new ones first', async () => {
    const c = await fiveSegments();
    const hidden = tempDir('kaunter-read-ahead-later-');
    for (const n of [3, 4, 5]) renameSync(seg(c.folder, n), join(hidden, `${n}.kseg`));
    const replica = freshReplica();
    expect(await readCounter(replica, 'K1', options(c, opener()))).toMatchObject({ read: [1, 2], problems: [] });
    for (const n of [3, 4, 5]) renameSync(join(hidden, `${n}.kseg`), seg(c.folder, n));
    const bytes = readFileSync(seg(c.folder, 1));
    bytes.writeUInt8((bytes.readUInt8(40) ^ 0x01) & 0xff, 40);
    writeFileSync(seg(c.folder, 1), bytes);
    class Counting extends SegmentOpener {
      readonly asked: string[] = [];
      override open(job: Parameters<SegmentOpener['open']>[0]) {
        this.asked.push(job.file);
        return super.open(job);
      }
    }
    const counting = new Counting();
    openers.push(counting);
    const result = await readCounter(replica, 'K1', options(c, counting));
    expect(result).toMatchObject({ read: [], problems: [{ segmentNo: 1, kind: 'CHANGED' }] });
    expect(counting.asked).toContain(seg(c.folder, 4));
    expect(held(replica).segments).toHaveLength(2);
    expect(held(replica).cases).toHaveLength(1);
    replica.close();
  });
});
