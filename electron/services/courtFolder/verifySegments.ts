import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import { canonicalEventJson, GENESIS_HASH, hashOfEventText, type AuditEvent } from '../ledger/audit';
import type { EnrolledCounter } from './enrolment';
import { counterDir, forkedNumberOf, segmentName, segmentNumberOf } from './layout';
import type { AcceptedSegment, CourtProblem, ProblemKind } from './replica';
import { keyIdsOf, openSegment, sha256Hex, type SegmentBody } from './segment';

/*
 * The one verifier of a counter's segments, shared by every reader of the court folder: the counters'
 * replica (read.ts), a new PC rebuilding a counter (restore.ts) and ICT's `ict merge --folder`. Each reader
 * brings its own key to open the segments and its own idea of which device key that counter signs with
 * (enrolled by a supervisor, typed from a setup slip, or in ICT's trust list); the checks are these.
 */

/** The device key a counter's segments must be signed by. */
export type SegmentSigner = Pick<EnrolledCounter, 'fingerprint' | 'publicArmored'>;

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
  enrolled: SegmentSigner,
  before: AcceptedSegment | undefined,
  /** Filled with each event's text as hashed, plus its hash: what the replica stores (serialised once). */
  eventTexts?: string[],
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
    const text = event.seq === firstSeq + i && event.prev === prev ? canonicalEventJson(unsigned) : null;
    if (text === null || hashOfEventText(text) !== hash)
      return at(
        'CHAIN',
        `rantaian audit putus di peristiwa ${event.seq}.`,
        `the audit chain breaks at event ${event.seq}.`,
      );
    eventTexts?.push(`${text.slice(0, -1)},"hash":${JSON.stringify(hash)}}`);
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

export interface VerifiedSegment {
  segmentNo: number;
  name: string;
  /** SHA-256 of the file as published: what the next segment's `previousSha256` names. */
  sha256: string;
  body: SegmentBody;
  /**
   * Each event's canonical text with its hash, in order, when the reader asked for them (`keepEventTexts`):
   * the replica stores them as checked. A restore holding every segment does not ask.
   */
  eventTexts?: string[];
}

export type SegmentVerdict = { ok: true; segment: VerifiedSegment } | { ok: false; problem: CourtProblem };

/** What follows segment `n - 1` in a listing: its file name, the end of the stream, or a fork or gap. */
export function nextInListing(
  counter: string,
  listing: Listing,
  n: number,
): { name: string } | { end: true } | { problem: CourtProblem } {
  const firstFork = [...listing.forks.keys()].sort((x, y) => x - y)[0];
  if (firstFork !== undefined && firstFork <= n)
    return {
      problem: problem(
        counter,
        firstFork,
        'FORK',
        `dua fail menuntut nombor segmen yang sama (${listing.forks.get(firstFork) ?? ''}).`,
        `two files claim the same segment number (${listing.forks.get(firstFork) ?? ''}).`,
      ),
    };
  const name = listing.numbered.get(n);
  if (name !== undefined) return { name };
  if ([...listing.numbered.keys()].some((k) => k > n))
    return {
      problem: problem(
        counter,
        n,
        'GAP',
        `segmen ${segmentName(n)} tiada, tetapi segmen selepasnya ada: jurang.`,
        `segment ${segmentName(n)} is missing but later ones are there: a gap.`,
      ),
    };
  return { end: true };
}

export interface SegmentToCheck {
  court: string;
  counter: string;
  segmentNo: number;
  name: string;
  bytes: Uint8Array;
  /** The same segment from a stream written for this reader (a late enrolment), tried when `bytes` cannot be opened. */
  forReader?: () => Uint8Array | null;
  /** The reader's key, or ICT's keys (any one of them opens). */
  key: openpgp.PrivateKey | openpgp.PrivateKey[];
  signer: SegmentSigner;
  before: AcceptedSegment | undefined;
  keepEventTexts?: boolean;
}

/**
 * One segment's checks: it opens with the reader's key, its signer is the counter's key and the
 * signature is good, and its header and events follow the segment before (see `continuityProblem`).
 */
export async function verifySegment(s: SegmentToCheck): Promise<SegmentVerdict> {
  const stop = (kind: CourtProblem['kind'], ms: string, en: string): SegmentVerdict => ({
    ok: false,
    problem: problem(s.counter, s.segmentNo, kind, ms, en),
  });
  let opened = await openSegment(s.bytes, s.key);
  const again = opened.ok ? null : (s.forReader?.() ?? null);
  if (again) opened = await openSegment(again, s.key);
  if (!opened.ok)
    return stop(
      'UNREADABLE',
      'segmen tidak dapat dinyahsulit atau rosak (atau tidak disulitkan menggunakan kunci pembaca ini).',
      "the segment cannot be decrypted or is damaged (or was not encrypted to this reader's key).",
    );
  const ids = await keyIdsOf(s.signer.publicArmored);
  if (!opened.signerKeyIds.some((id) => ids.includes(id)))
    return stop(
      'UNENROLLED',
      'ditandatangani oleh kunci yang tidak didaftarkan untuk kaunter ini.',
      'signed by a key not enrolled for this counter.',
    );
  if (!(await opened.verify(s.signer.publicArmored)))
    return stop('BAD_SIGNATURE', 'tandatangan tidak sah.', 'the signature is not valid.');
  const eventTexts = s.keepEventTexts ? [] : undefined;
  const wrong = continuityProblem(s.counter, s.court, s.segmentNo, opened.body, s.signer, s.before, eventTexts);
  if (wrong) return { ok: false, problem: wrong };
  const segment: VerifiedSegment = {
    segmentNo: s.segmentNo,
    name: s.name,
    sha256: sha256Hex(s.bytes),
    body: opened.body,
  };
  return { ok: true, segment: eventTexts ? { ...segment, eventTexts } : segment };
}

/** A verified segment as the next one's `before`. */
export function asAccepted(s: VerifiedSegment): AcceptedSegment {
  return {
    segmentNo: s.segmentNo,
    fileName: s.name,
    sha256: s.sha256,
    lastSeq: s.body.header.lastSeq,
    chainHead: s.body.header.chainHead,
  };
}

/**
 * Every segment of one counter from the first, in number order, each verified, up to the first problem
 * (returned with the segments before it; nothing after it is used).
 */
export async function verifiedSegments(
  folder: string,
  court: string,
  counter: string,
  signer: SegmentSigner,
  key: openpgp.PrivateKey | openpgp.PrivateKey[],
): Promise<{ segments: VerifiedSegment[]; problem: CourtProblem | null }> {
  const dir = counterDir(folder, court, counter);
  const listing = list(dir);
  const segments: VerifiedSegment[] = [];
  let before: AcceptedSegment | undefined;
  for (let n = 1; ; n++) {
    const next = nextInListing(counter, listing, n);
    if ('end' in next) return { segments, problem: null };
    if ('problem' in next) return { segments, problem: next.problem };
    const bytes = readFileSync(join(dir, next.name));
    const verdict = await verifySegment({ court, counter, segmentNo: n, name: next.name, bytes, key, signer, before });
    if (!verdict.ok) return { segments, problem: verdict.problem };
    segments.push(verdict.segment);
    before = asAccepted(verdict.segment);
  }
}
