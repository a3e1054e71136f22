import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import type { Db } from '../db/open';
import { GENESIS_HASH, hashEvent, type AuditEvent } from '../ledger/audit';
import type { EnrolledCounter } from './enrolment';
import { forReaderDir } from './forReader';
import { counterDir, courtDir, forkedNumberOf, isCounterCode, segmentName, segmentNumberOf } from './layout';
import {
  acceptedSegments,
  applySegment,
  replaceProblems,
  type AcceptedSegment,
  type CourtProblem,
  type ProblemKind,
} from './replica';
import { keyIdsOf, openSegment, sha256Hex, type SegmentBody } from './segment';

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

export function problem(counter: string, segmentNo: number, kind: ProblemKind, ms: string, en: string): CourtProblem {
  return {
    counter,
    segmentNo,
    kind,
    messageMs: `Kaunter ${counter}, segmen ${segmentNo}: ${ms}`,
    messageEn: `Counter ${counter}, segment ${segmentNo}: ${en}`,
  };
}

/** Why a segment's content does not follow the one before it, or null when it does. */
export function continuityProblem(
  counter: string,
  court: string,
  segmentNo: number,
  body: SegmentBody,
  enrolled: EnrolledCounter,
  before: AcceptedSegment | undefined,
): CourtProblem | null {
  const { header, events } = body;
  const at = (kind: ProblemKind, ms: string, en: string) => problem(counter, segmentNo, kind, ms, en);
  if (header.court !== court || header.counter !== counter || header.segmentNo !== segmentNo)
    return at(
      'CONTINUITY',
      `segmen ini menyatakan mahkamah ${header.court}, kaunter ${header.counter}, nombor ${header.segmentNo}: bukan tempatnya.`,
      `it says court ${header.court}, counter ${header.counter}, number ${header.segmentNo}: not where it lies.`,
    );
  if (header.fingerprint !== enrolled.fingerprint)
    return at(
      'UNENROLLED',
      `cap jari ${header.fingerprint} bukan kunci berdaftar kaunter ini.`,
      `fingerprint ${header.fingerprint} is not this counter's enrolled key.`,
    );
  if (header.previousSha256 !== (before?.sha256 ?? null))
    return at(
      'CONTINUITY',
      'segmen ini tidak menyambung segmen sebelumnya (cincangan segmen sebelumnya berbeza): cabang.',
      'it does not follow the previous segment (the previous segment hash differs): a fork.',
    );
  const firstSeq = (before?.lastSeq ?? 0) + 1;
  if (header.firstSeq !== firstSeq || header.lastSeq !== firstSeq + events.length - 1 || events.length === 0)
    return at(
      'CONTINUITY',
      `peristiwa ${header.firstSeq}–${header.lastSeq} tidak bersambung daripada peristiwa ${firstSeq - 1}.`,
      `events ${header.firstSeq}–${header.lastSeq} do not follow on from event ${firstSeq - 1}.`,
    );
  let prev = before?.chainHead ?? GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    const { hash, ...unsigned } = event as AuditEvent;
    if (event.seq !== firstSeq + i || event.prev !== prev || hashEvent(unsigned) !== hash)
      return at(
        'CHAIN',
        `rantaian audit putus di peristiwa ${event.seq}.`,
        `the audit chain breaks at event ${event.seq}.`,
      );
    prev = hash;
  }
  if (header.chainHead !== prev)
    return at(
      'CHAIN',
      'kepala rantaian dalam pengepala tidak sama dengan peristiwa terakhir.',
      'the chain head in the header is not the last event.',
    );
  return null;
}

export interface Listing {
  numbered: Map<number, string>;
  forks: Map<number, string>;
}

export function list(dir: string): Listing {
  const numbered = new Map<number, string>();
  const forks = new Map<number, string>();
  for (const name of readdirSync(dir)) {
    const n = segmentNumberOf(name);
    if (n !== null) numbered.set(n, name);
    const f = forkedNumberOf(name);
    if (f !== null && !forks.has(f)) forks.set(f, name);
  }
  return { numbered, forks };
}

/**
 * Reads one counter's new segments into the replica, each checked before it is used: the published ones
 * unchanged, no second copy of a number, the next number present, opened with this counter's key, signed
 * by the enrolled key of THAT counter, following the previous segment and the audit chain. The first
 * failure is reported and nothing after it is read for that counter.
 */
export async function readCounter(replica: Db, counter: string, options: ReadOptions): Promise<CounterRead> {
  const dir = counterDir(options.folder, options.court, counter);
  const { numbered, forks } = list(dir);
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
  const firstFork = [...forks.keys()].sort((x, y) => x - y)[0];
  const enrolled = options.enrolled.get(counter);
  let before = accepted.at(-1);
  for (let n = (before?.segmentNo ?? 0) + 1; ; n++) {
    if (firstFork !== undefined && firstFork <= n)
      return found(
        problem(
          counter,
          firstFork,
          'FORK',
          `dua fail menuntut nombor segmen yang sama (${forks.get(firstFork) ?? ''}).`,
          `two files claim the same segment number (${forks.get(firstFork) ?? ''}).`,
        ),
      );
    const name = numbered.get(n);
    if (name === undefined) {
      const later = [...numbered.keys()].filter((k) => k > n);
      if (later.length > 0)
        return found(
          problem(
            counter,
            n,
            'GAP',
            `segmen ${segmentName(n)} tiada, tetapi segmen selepasnya ada: jurang.`,
            `segment ${segmentName(n)} is missing but later ones are there: a gap.`,
          ),
        );
      break;
    }
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
    const bytes = readFileSync(join(dir, name));
    // Written before this counter was enrolled there: the same segment in that counter's stream for this one.
    const own = options.decryptionKey.getFingerprint();
    const forMe = join(forReaderDir(options.folder, options.court, counter, own), name);
    let opened = await openSegment(bytes, options.decryptionKey);
    if (!opened.ok && existsSync(forMe)) opened = await openSegment(readFileSync(forMe), options.decryptionKey);
    if (!opened.ok)
      return found(
        problem(
          counter,
          n,
          'UNREADABLE',
          'segmen tidak dapat dinyahsulit atau rosak (atau tidak disulitkan untuk kaunter ini).',
          'the segment cannot be decrypted or is damaged (or was not encrypted to this counter).',
        ),
      );
    const ids = await keyIdsOf(enrolled.publicArmored);
    if (!opened.signerKeyIds.some((id) => ids.includes(id)))
      return found(
        problem(
          counter,
          n,
          'UNENROLLED',
          'ditandatangani oleh kunci yang tidak didaftarkan untuk kaunter ini.',
          'signed by a key not enrolled for this counter.',
        ),
      );
    if (!(await opened.verify(enrolled.publicArmored)))
      return found(problem(counter, n, 'BAD_SIGNATURE', 'tandatangan tidak sah.', 'the signature is not valid.'));
    const wrong = continuityProblem(counter, options.court, n, opened.body, enrolled, before);
    if (wrong) return found(wrong);
    const sha256 = sha256Hex(bytes);
    applySegment(replica, name, sha256, opened.body, options.now().toISOString());
    read.push(n);
    before = {
      segmentNo: n,
      fileName: name,
      sha256,
      lastSeq: opened.body.header.lastSeq,
      chainHead: opened.body.header.chainHead,
    };
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
