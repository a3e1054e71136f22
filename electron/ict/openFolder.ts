import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_FILE, BUNDLE_CSV_NAMES, type BundleManifest } from '@shared/bundle/format';
import { AppError } from '@shared/errors';
import { buildManifest } from '../services/bundle/exportBundle';
import { takeSnapshot } from '../services/bundle/snapshot';
import { openDatabase } from '../services/db/open';
import type { Ledger } from '../services/ledger/ledger';
import { recoveryComplete } from '../services/recovery/worklist';
import { counterDir, courtDir, isCounterCode, segmentName } from '../services/courtFolder/layout';
import { latestRows, rebuildRecords } from '../services/courtFolder/rebuildRecords';
import type { CourtProblem } from '../services/courtFolder/replica';
import { openSegment } from '../services/courtFolder/segment';
import { latestSettings } from '../services/courtFolder/settingsSnapshot';
import { list, problem, verifiedSegments, type VerifiedSegment } from '../services/courtFolder/verifySegments';
import type { Unlock } from './decrypt';
import { BundleFailure, error, type FailureKind, type Finding } from './findings';
import { sha256Hex } from './manifest';
import { checkContents, type BundleOutcome, type OpenedBundle } from './openBundle';
import { groupedFingerprint, type TrustedKey, type TrustedSigners } from './trust';

/*
 * `ict merge --folder F`: each counter's records rebuilt from the segments it published in the court
 * folder, instead of from its export. The segments are opened with ICT's keys (every segment is encrypted
 * to them), verified by the counters' own verifier (verifySegments.ts: signature, numbering, the previous
 * segment's hash, the audit chain) against the device keys in ICT's trust list, rebuilt into a throwaway
 * in-memory ledger as a new PC restoring that counter rebuilds it (rebuildRecords.ts), and written out by
 * the export's own snapshot. What comes out is an opened bundle like any other, checked by the same
 * checks, so the merge, the worklist and the report are made exactly as from bundles.
 */

/** What one counter's subfolder gave. */
export interface FolderCounter {
  court: string;
  counter: string;
  /** Segments verified and used, from 1. */
  segments: number;
  lastSeq: number;
  lastEventAt: string | null;
  lastPublishedAt: string | null;
  /** The first segment that could not be used (nothing from it on is in the merge), or null. */
  problem: CourtProblem | null;
}

export interface OpenedFolder {
  /** One opened "bundle" per counter that had a verified segment, and one failure per refused segment. */
  outcomes: BundleOutcome[];
  /** A gap, fork or break in the chain: findings of the merge (the segments before it are merged). */
  findings: Finding[];
  counters: FolderCounter[];
}

/** The court subfolders (state + court code) and, in each, the counters' subfolders. */
function countersIn(folder: string): { court: string; counter: string }[] {
  const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();
  const out: { court: string; counter: string }[] = [];
  for (const court of readdirSync(folder).sort()) {
    if (!/^\d{5}$/.test(court) || !isDir(courtDir(folder, court))) continue;
    for (const counter of readdirSync(courtDir(folder, court)).sort()) {
      if (isCounterCode(counter) && isDir(counterDir(folder, court, counter))) out.push({ court, counter });
    }
  }
  return out;
}

/** The name a counter's segments go by in the report: `05005-K1 folder seg 1–7`. */
const baseOf = (court: string, counter: string, last: number) =>
  `${court}-${counter} folder seg ${last > 1 ? `1–${last}` : '1'}`;
const segmentBase = (court: string, counter: string, n: number) => `${court}-${counter} ${segmentName(n)}`;

/** The trusted device key that signed a counter's first segment, or why there is none. */
async function signerOf(
  folder: string,
  court: string,
  counter: string,
  unlock: Unlock,
  signers: TrustedSigners,
): Promise<{ key: TrustedKey } | { problem: CourtProblem } | null> {
  const name = list(counterDir(folder, court, counter)).numbered.get(1);
  if (name === undefined) return null;
  const opened = await openSegment(readFileSync(join(counterDir(folder, court, counter), name)), unlock.secretKeys);
  if (!opened.ok)
    return {
      problem: problem(
        counter,
        1,
        'UNREADABLE',
        'segmen tidak dapat dinyahsulit dengan kunci ICT ini atau rosak.',
        'the segment cannot be decrypted with these ICT keys, or is damaged.',
      ),
    };
  const key = signers.keys.find((k) => k.key.getKeyIDs().some((id) => opened.signerKeyIds.includes(id.toHex())));
  if (key) return { key };
  const named = opened.body.header.fingerprint;
  const shown = /^[0-9a-f]{40}$/.test(named) ? groupedFingerprint(named) : opened.signerKeyIds.join(', ');
  return {
    problem: problem(
      counter,
      1,
      'UNENROLLED',
      `ditandatangani oleh kunci peranti yang tidak didaftarkan dalam senarai amanah ICT (${shown}): tiada segmennya digunakan. Bandingkan cap jari dengan slip persediaan kaunter; jika sama, daftarkan kunci perantinya: npm run kaunter -- ict trust add KEY.asc`,
      `signed by a device key not enrolled in ICT's trust list (${shown}): none of its segments is used. Compare the fingerprint with the counter's setup slip; if it is the same, enrol its device key: npm run kaunter -- ict trust add KEY.asc`,
    ),
  };
}

/** The counter's records as its export would write them, from its verified segments. */
function rebuilt(
  folder: string,
  court: string,
  counter: string,
  segments: VerifiedSegment[],
  signer: TrustedKey,
): OpenedBundle {
  const events = segments.flatMap((s) => s.body.events);
  const last = segments.at(-1) as VerifiedSegment;
  const at = new Date(last.body.header.publishedAt);
  const db = openDatabase(':memory:');
  try {
    const ledger: Ledger = { db, clock: () => at, dataDir: null, pinCost: 0 };
    db.transaction(() =>
      rebuildRecords(ledger, events, latestRows(segments), null, latestSettings(segments.map((s) => s.body))),
    )();
    const files = new Map<string, Uint8Array>();
    const snapshot = takeSnapshot(db, (name, bytes) => files.set(name, bytes));
    const entry = (name: string, rows: number) => {
      const bytes = files.get(name) ?? new Uint8Array();
      return { name, rows, sha256: sha256Hex(bytes), bytes: bytes.length };
    };
    const listed: BundleManifest['files'] = [
      ...BUNDLE_CSV_NAMES.map((name) => entry(name, snapshot.csv[name].rows)),
      entry(AUDIT_FILE, snapshot.audit.length),
    ];
    const manifest = buildManifest(ledger, snapshot, listed, {
      seq: last.segmentNo,
      at,
      by: null,
      previousSha256: null,
      final: recoveryComplete(ledger),
      fingerprint: signer.fingerprint,
    });
    const base = baseOf(court, counter, last.segmentNo);
    const contents = checkContents(files, manifest, []);
    return {
      file: counterDir(folder, court, counter),
      base,
      sha256: last.sha256,
      manifest,
      signerFingerprint: signer.fingerprint,
      signer: { label: signer.label, via: `${signer.via}; folder mahkamah / court folder` },
      files,
      ...contents,
      findings: contents.findings.map((f) => ({ ...f, bundle: base })),
    };
  } finally {
    db.close();
  }
}

const FAILURE_OF: Partial<Record<CourtProblem['kind'], FailureKind>> = {
  UNENROLLED: 'UNVERIFIED',
  BAD_SIGNATURE: 'BAD_SIGNATURE',
  UNREADABLE: 'DAMAGED',
};

/**
 * A refused segment as the bundle path reports a bundle it cannot open or verify (exit 3 or 4); a gap,
 * fork or break in the chain as a problem of the merge (exit 1). Either way nothing from it on is used.
 */
function reported(court: string, p: CourtProblem, opened: OpenedFolder): void {
  const base = segmentBase(court, p.counter, p.segmentNo);
  const ms = `Mahkamah ${court}, ${p.messageMs} Segmen ini dan selepasnya tidak digunakan.`;
  const en = `Court ${court}, ${p.messageEn} This segment and the ones after it are not used.`;
  const kind = FAILURE_OF[p.kind];
  if (kind) opened.outcomes.push({ ok: false, file: base, base, failure: new BundleFailure(kind, ms, en) });
  else opened.findings.push({ ...error('SEGMENT', ms, en), bundle: base });
}

/** Every counter of every court in the folder, each on its own: one counter's problem never stops another. */
export async function openCourtFolder(
  folder: string,
  options: { unlock: Unlock; signers: TrustedSigners },
): Promise<OpenedFolder> {
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new BundleFailure(
      'READ',
      `Folder mahkamah tidak dapat dibaca: ${folder}`,
      `Cannot read the court folder: ${folder}`,
    );
  const opened: OpenedFolder = { outcomes: [], findings: [], counters: [] };
  for (const { court, counter } of countersIn(folder)) {
    const signer = await signerOf(folder, court, counter, options.unlock, options.signers);
    const dir = counterDir(folder, court, counter);
    if (signer === null) {
      // No segment 1: nothing published yet, or a gap from the first.
      const later = [...list(dir).numbered.keys()].length > 0;
      const gap = later
        ? problem(
            counter,
            1,
            'GAP',
            `segmen ${segmentName(1)} tiada: jurang.`,
            `segment ${segmentName(1)} is missing: a gap.`,
          )
        : null;
      if (gap) reported(court, gap, opened);
      opened.counters.push({
        court,
        counter,
        segments: 0,
        lastSeq: 0,
        lastEventAt: null,
        lastPublishedAt: null,
        problem: gap,
      });
      continue;
    }
    if ('problem' in signer) {
      reported(court, signer.problem, opened);
      opened.counters.push({
        court,
        counter,
        segments: 0,
        lastSeq: 0,
        lastEventAt: null,
        lastPublishedAt: null,
        problem: signer.problem,
      });
      continue;
    }
    const { key } = signer;
    const checked = await verifiedSegments(
      folder,
      court,
      counter,
      { fingerprint: key.fingerprint, publicArmored: key.key.armor() },
      options.unlock.secretKeys,
    );
    let stopped = checked.problem;
    if (checked.segments.length > 0) {
      try {
        opened.outcomes.push({ ok: true, bundle: rebuilt(folder, court, counter, checked.segments, key) });
      } catch (cause) {
        if (!(cause instanceof AppError)) throw cause;
        // A history that does not start with the counter's setup cannot be made into its records.
        stopped = problem(
          counter,
          1,
          'CONTINUITY',
          'sejarah yang diterbitkan tidak bermula dengan tetapan awal kaunter: rekodnya tidak dapat dibina semula.',
          "the published history does not begin with the counter's setup: its records cannot be rebuilt.",
        );
      }
    }
    if (stopped) reported(court, stopped, opened);
    const last = checked.segments.at(-1);
    opened.counters.push({
      court,
      counter,
      segments: checked.segments.length,
      lastSeq: last?.body.header.lastSeq ?? 0,
      lastEventAt: last?.body.events.at(-1)?.at ?? null,
      lastPublishedAt: last?.body.header.publishedAt ?? null,
      problem: stopped,
    });
  }
  return opened;
}
