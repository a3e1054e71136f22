import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import type { Db } from '../db/open';
import type { EnrolledCounter } from './enrolment';
import { forReaderDir } from './forReader';
import { counterDir, courtDir, isCounterCode } from './layout';
import { acceptedSegments, applySegment, replaceProblems, type CourtProblem } from './replica';
import { sha256Hex } from './segment';
import { asAccepted, list, nextInListing, problem, verifySegment } from './verifySegments';

export interface ReadOptions {
  folder: string;
  court: string;
  ownCounter: string;
  /** The key in use for each enrolled counter. */
  enrolled: Map<string, EnrolledCounter>;
  decryptionKey: openpgp.PrivateKey;
  now: () => Date;
}

export interface CounterRead {
  counter: string;
  read: number[];
  problems: CourtProblem[];
}

/**
 * Reads one counter's new segments into the replica, each checked before it is used: the published ones
 * unchanged, no second copy of a number, the next number present, opened with this counter's key, signed
 * by the enrolled key of THAT counter, following the previous segment and the audit chain. The first
 * failure is reported and nothing after it is read for that counter.
 */
export async function readCounter(replica: Db, counter: string, options: ReadOptions): Promise<CounterRead> {
  const dir = counterDir(options.folder, options.court, counter);
  const listing = list(dir);
  const accepted = acceptedSegments(replica, counter);
  const read: number[] = [];
  const found = (p: CourtProblem): CounterRead => {
    replaceProblems(replica, counter, [p], options.now().toISOString());
    return { counter, read, problems: [p] };
  };
  for (const a of accepted) {
    const file = join(dir, a.fileName);
    if (!existsSync(file))
      return found(
        problem(
          counter,
          a.segmentNo,
          'REMOVED',
          'segmen yang telah dibaca tiada lagi dalam folder mahkamah.',
          'a segment already read is no longer in the court folder.',
        ),
      );
    if (sha256Hex(readFileSync(file)) !== a.sha256)
      return found(
        problem(
          counter,
          a.segmentNo,
          'CHANGED',
          'segmen yang telah diterbitkan telah diubah (segmen tidak boleh ditulis semula).',
          'a published segment has been changed (segments are never rewritten).',
        ),
      );
  }
  const enrolled = options.enrolled.get(counter);
  let before = accepted.at(-1);
  for (let n = (before?.segmentNo ?? 0) + 1; ; n++) {
    const next = nextInListing(counter, listing, n);
    if ('end' in next) break;
    if ('problem' in next) return found(next.problem);
    if (!enrolled)
      return found(
        problem(
          counter,
          n,
          'UNENROLLED',
          'kaunter ini belum didaftarkan (tiada kunci peranti berdaftar): segmennya tidak dibaca.',
          'this counter is not enrolled (no enrolled device key): its segments are not read.',
        ),
      );
    // Written before this counter was enrolled there: the same segment in that counter's stream for this one.
    const forMe = join(
      forReaderDir(options.folder, options.court, counter, options.decryptionKey.getFingerprint()),
      next.name,
    );
    const verdict = await verifySegment({
      court: options.court,
      counter,
      segmentNo: n,
      name: next.name,
      bytes: readFileSync(join(dir, next.name)),
      forReader: () => (existsSync(forMe) ? readFileSync(forMe) : null),
      key: options.decryptionKey,
      signer: enrolled,
      before,
      keepEventTexts: true,
    });
    if (!verdict.ok) return found(verdict.problem);
    const { segment } = verdict;
    applySegment(replica, segment.name, segment.sha256, segment.body, options.now().toISOString(), segment.eventTexts);
    read.push(n);
    before = asAccepted(segment);
  }
  replaceProblems(replica, counter, [], options.now().toISOString());
  return { counter, read, problems: [] };
}

/** The other counters' subfolders of this court in the folder (an unknown name is not a counter). */
export function otherCounters(folder: string, court: string, ownCounter: string): string[] {
  const dir = courtDir(folder, court);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name !== ownCounter && isCounterCode(name) && statSync(join(dir, name)).isDirectory())
    .sort();
}

/** Reads every other counter of the court; one counter's problem never stops the others. */
export async function readCourt(replica: Db, options: ReadOptions): Promise<CounterRead[]> {
  const out: CounterRead[] = [];
  for (const counter of otherCounters(options.folder, options.court, options.ownCounter)) {
    out.push(await readCounter(replica, counter, options));
  }
  return out;
}
