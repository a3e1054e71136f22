import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import type { Db } from '../db/open';
import type { EnrolledCounter } from './enrolment';
import { forReaderDir } from './forReader';
import { counterDir, courtDir, isCounterCode } from './layout';
import { acceptedFiles, type AcceptedFiles } from './acceptedFiles';
import { acceptedSegments, applySegment, replaceProblems, type CourtProblem } from './replica';
import { segmentOpener, type SegmentOpener } from './openWorker';
import { SegmentsAhead, type SegmentStep } from './readAhead';
import { asAccepted, list, nextInListing, problem } from './verifySegments';

export interface ReadOptions {
  folder: string;
  court: string;
  ownCounter: string;
  /** The key in use for each enrolled counter. */
  enrolled: Map<string, EnrolledCounter>;
  decryptionKey: openpgp.PrivateKey;
  now: () => Date;
  /**
   * The worker thread that opens the next segments while one is applied: the process's shared one unless
   * given; null: every segment is opened on this thread.
   */
  opener?: SegmentOpener | null;
  /** What the segments already read looked like when last hashed: the process's shared record unless given. */
  acceptedFiles?: AcceptedFiles;
}

export interface CounterRead {
  counter: string;
  read: number[];
  problems: CourtProblem[];
}

/**
 * Reads one counter's new segments into the replica, each checked before it is used: the published ones
 * unchanged (hashed again when their files look changed, `acceptedFiles.ts`), no second copy of a number,
 * the next number present, opened with this counter's key, signed by the enrolled key of THAT counter,
 * following the previous segment and the audit chain. The first
 * failure is reported and nothing after it is read for that counter. The next segments are opened on a
 * worker thread while this one applies the one before (`readAhead.ts`); every check of a segment is done
 * before it is applied.
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
  const enrolled = options.enrolled.get(counter);
  let before = accepted.at(-1);
  // The stream's new segments as the listing names them, up to the first gap or fork (or at once, for a
  // counter not enrolled): known before any is opened, so the worker may open the next while one applies.
  const steps: SegmentStep[] = [];
  let stop: CourtProblem | null = null;
  for (let n = (before?.segmentNo ?? 0) + 1; ; n++) {
    const next = nextInListing(counter, listing, n);
    if ('end' in next) break;
    if ('problem' in next) {
      stop = next.problem;
      break;
    }
    if (!enrolled) {
      stop = problem(
        counter,
        n,
        'UNENROLLED',
        'kaunter ini belum didaftarkan (tiada kunci peranti berdaftar): segmennya tidak dibaca.',
        'this counter is not enrolled (no enrolled device key): its segments are not read.',
      );
      break;
    }
    steps.push({
      segmentNo: n,
      name: next.name,
      file: join(dir, next.name),
      // Written before this counter was enrolled there: the same segment in that counter's stream for this one.
      forReader: join(
        forReaderDir(options.folder, options.court, counter, options.decryptionKey.getFingerprint()),
        next.name,
      ),
    });
  }
  const ahead =
    enrolled && steps.length > 0
      ? new SegmentsAhead(steps, {
          court: options.court,
          counter,
          key: options.decryptionKey,
          signer: enrolled,
          opener: options.opener === undefined ? segmentOpener() : options.opener,
        })
      : null;
  // The worker opens the first new segments while this thread checks the files of those already read
  // (every one of them hashed again at the first round after a start).
  ahead?.start();
  const files = options.acceptedFiles ?? acceptedFiles();
  for (const a of accepted) {
    const state = files.check(join(dir, a.fileName), a.sha256);
    if (state === 'REMOVED')
      return found(
        problem(
          counter,
          a.segmentNo,
          'REMOVED',
          'segmen yang telah dibaca tiada lagi dalam folder mahkamah.',
          'a segment already read is no longer in the court folder.',
        ),
      );
    if (state === 'CHANGED')
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
  if (ahead !== null) {
    for (const [i, step] of steps.entries()) {
      const verdict = await ahead.verdict(i, before);
      if (!verdict.ok) return found(verdict.problem);
      const { segment } = verdict;
      applySegment(
        replica,
        segment.name,
        segment.sha256,
        segment.body,
        options.now().toISOString(),
        segment.eventTexts,
      );
      read.push(step.segmentNo);
      before = asAccepted(segment);
    }
  }
  if (stop) return found(stop);
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
