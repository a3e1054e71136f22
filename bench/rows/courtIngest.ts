import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireCourtConfig } from '../../electron/services/court/court';
import { enrolledKeys } from '../../electron/services/courtFolder/enrolment';
import { counterDir, courtCodeOf } from '../../electron/services/courtFolder/layout';
import { readCourt } from '../../electron/services/courtFolder/read';
import { openReplicaFile } from '../../electron/services/courtFolder/replica';
import { syncRound } from '../../electron/services/courtFolder/sync';
import { ChangeWatcher, contentsOf, Replayer } from '../changes';
import { BENCH_COURT, copyCourtPair, fillWithClerkActions, newestEvent, openCounter, type CourtPair } from '../court';
import type { BenchRow } from '../row';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow, timeMs, timeMsAsync } from '../stats';

export const COURT_INGEST_BUDGET = 3;

/**
 * Another counter's ledger read into the replica, as a counter does when segments arrive: K1 holds
 * `events` audit events made by register + pay (durable clerk actions through the services) and has
 * published them to the court folder; each sample reads them all, with K2's key, into a new replica —
 * `readCourt` as `syncRound` calls it: every segment opened (decrypted), its signature checked against
 * K1's enrolled key, its continuity with the previous segment and every event's place in the audit
 * chain checked, then applied. Floor: the rows that replica ends up holding (every table), inserted by
 * plain prepared SQL into a new replica of the same schema in the same folder, in one transaction,
 * values prepared before the clock. Reader and floor are interleaved; at the end the floor must hold
 * exactly the reader's rows.
 */
export async function courtIngestRow(
  folder: string,
  pair: CourtPair,
  events: number,
  samples: number,
): Promise<BenchRow> {
  const dir = join(folder, 'court-ingest');
  const court = join(dir, 'folder-mahkamah');
  mkdirSync(court, { recursive: true });
  const copy = copyCourtPair(pair, dir);
  const k1 = await openCounter(copy.k1Dir, 'K1');
  const k2 = await openCounter(copy.k2Dir, 'K2');
  const replicas = join(dir, 'replika');
  mkdirSync(replicas, { recursive: true });
  let fresh = 0;
  const newReplica = () => openReplicaFile(join(replicas, `replika-${++fresh}.sqlite`));
  try {
    const actions = fillWithClerkActions(k1, events);
    const total = newestEvent(k1.ledger);
    const k1Replica = newReplica();
    const published = await syncRound(k1.ledger, { folder: court, deviceKey: k1.key, replica: k1Replica });
    k1Replica.close();
    if (!published.publish.reachable || !('lastSeq' in published.publish) || published.publish.lastSeq !== total)
      throw new Error(`bench: K1 did not publish its ${total} events: ${JSON.stringify(published.publish)}`);
    const segmentDir = counterDir(court, BENCH_COURT, 'K1');
    const files = readdirSync(segmentDir).filter((f) => f.endsWith('.kseg'));
    const bytes = files.reduce((sum, f) => sum + statSync(join(segmentDir, f)).size, 0);

    const readerRuns: number[][] = [];
    const floorRuns: number[][] = [];
    let same = false;
    let rows = 0;
    const sample = async (check: boolean): Promise<{ readerMs: number; floorMs: number }> => {
      const replica = newReplica();
      const floor = newReplica();
      try {
        const watcher = new ChangeWatcher(replica, Number.MAX_SAFE_INTEGER);
        let read: Awaited<ReturnType<typeof readCourt>> = [];
        const readerMs = await timeMsAsync(async () => {
          // What syncRound does after publishing: the others' new segments into the replica.
          const { court: config } = requireCourtConfig(k2.ledger);
          read = await readCourt(replica, {
            folder: court,
            court: courtCodeOf(config),
            ownCounter: config.counterId,
            enrolled: enrolledKeys(k2.ledger),
            decryptionKey: k2.key,
            now: k2.ledger.clock,
          });
        });
        const k1Read = read.find((r) => r.counter === 'K1');
        if (!k1Read || k1Read.problems.length > 0 || k1Read.read.length !== files.length)
          throw new Error(`bench: K2 did not read K1's ${files.length} segments: ${JSON.stringify(k1Read)}`);
        const changes = watcher.diff();
        rows = changes.length;
        const replayer = new Replayer(floor);
        const prepared = replayer.prepare(changes);
        const floorMs = timeMs(() => replayer.run(prepared));
        if (check) {
          const a = contentsOf(replica);
          const b = contentsOf(floor);
          same = [...a.keys()].every((t) => JSON.stringify(a.get(t)) === JSON.stringify(b.get(t)));
          if (!same) throw new Error("bench: the floor's rows differ from the replica's");
        }
        return { readerMs, floorMs };
      } finally {
        replica.close();
        floor.close();
        for (const f of readdirSync(replicas)) rmSync(join(replicas, f), { force: true });
      }
    };
    await sample(true);
    for (let run = 0; run < runsOfRow(); run++) {
      const reader: number[] = [];
      const flr: number[] = [];
      for (let i = 0; i < samples; i++) {
        const s = await sample(false);
        reader.push(s.readerMs);
        flr.push(s.floorMs);
      }
      readerRuns.push(reader);
      floorRuns.push(flr);
    }
    const readerMs = medianOfMedians(readerRuns);
    const floorMs = medianOfMedians(floorRuns);
    const p99 = medianOfQuantiles(readerRuns, 0.99);
    const floorP99 = medianOfQuantiles(floorRuns, 0.99);
    const ratio = readerMs / floorMs;
    return {
      id: 'court-ingest',
      title: `Ingest replika: ${total.toLocaleString('en')} peristiwa K1 (${files.length} segmen, ${round(bytes / 2 ** 20, 1)} MiB) dibaca K2`,
      measured: `median ${round(readerMs)} ms, p99 ${round(p99)} ms (nyahsulit, tandatangan, rantaian)`,
      floor: `baris sama, satu transaksi SQL biasa: median ${round(floorMs)} ms, p99 ${round(floorP99)} ms (${rows.toLocaleString('en')} baris)`,
      value: round(ratio),
      budget: `≤ ${COURT_INGEST_BUDGET}×`,
      meets: ratio <= COURT_INGEST_BUDGET,
      data: {
        events: total,
        clerkActions: actions,
        segments: files.length,
        segmentBytes: bytes,
        replicaRows: rows,
        runs: runsOfRow(),
        samplesPerRun: samples,
        readerMedianMs: round(readerMs, 1),
        readerP99Ms: round(p99, 1),
        floorMedianMs: round(floorMs, 1),
        floorP99Ms: round(floorP99, 1),
        floorSameRows: same,
        ratio: round(ratio, 3),
      },
    };
  } finally {
    k1.ledger.db.close();
    k2.ledger.db.close();
  }
}
