import { CHAIN_START, hashEvent, rowToEvent, verifyChain, type AuditRow, type ChainPoint } from './audit';
import { checkContinuity } from './continuity';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { quickCheckHere, quickCheckInWorker, type QuickCheckResult } from './quickCheck';
import type { VerifyProblem } from './verify';
import { checkHeadAnchor, HEAD_FILE, readHeadAnchor } from '../integrity/headAnchor';
import { checkpointDigest, rowsAtStart } from '../integrity/rowsAtStart';

export interface StartupCheck {
  ok: boolean;
  problem: VerifyProblem | null;
  auditEvents: number;
  /** The checkpoint the hashes were recomputed from (0: the whole chain). */
  rehashedFrom: number;
}

/** Events re-hashed at a start before the head becomes the new checkpoint. */
export const CHECKPOINT_EVERY = 10_000;

export const WHAT_TO_DO_MS =
  'Aplikasi dibuka dalam mod baca sahaja: tiada rekod baharu boleh dibuat. Jangan padam apa-apa fail. Hubungi ICT dan pulihkan sandaran terakhir yang baik.';
export const WHAT_TO_DO_EN =
  'The app opened read-only: no new records can be made. Do not delete any file. Call ICT and restore the last good backup.';

function failed(problem: VerifyProblem, auditEvents: number, rehashedFrom: number): StartupCheck {
  return {
    ok: false,
    problem: { messageMs: `${problem.messageMs} ${WHAT_TO_DO_MS}`, messageEn: `${problem.messageEn} ${WHAT_TO_DO_EN}` },
    auditEvents,
    rehashedFrom,
  };
}

interface Checkpoint extends ChainPoint {
  receiptId: number;
}

/** The newest checkpoint whose event, hashed again now, still has the hash recorded when it was verified. */
function trustedCheckpoint(db: Db): Checkpoint {
  const points = sql(
    db,
    'SELECT seq, hash, receipt_id AS receiptId FROM audit_checkpoints ORDER BY seq DESC',
  ).all() as Checkpoint[];
  const eventAt = sql(db, 'SELECT * FROM audit_events WHERE seq = ?');
  for (const point of points) {
    const row = eventAt.get(point.seq) as AuditRow | undefined;
    if (!row) continue;
    const { hash, ...unsigned } = rowToEvent(row);
    if (hash === point.hash && hashEvent(unsigned) === point.hash) return point;
  }
  return { ...CHAIN_START, receiptId: 0 };
}

/** Events numbered 1…n with none missing: a deletion anywhere in history shows here without hashing. */
function chainShape(db: Db): VerifyProblem | null {
  const shape = sql(db, 'SELECT COUNT(*) AS n, MIN(seq) AS lo, MAX(seq) AS hi FROM audit_events').get() as {
    n: number;
    lo: number | null;
    hi: number | null;
  };
  if (shape.n === 0 || (shape.lo === 1 && shape.hi === shape.n)) return null;
  return {
    messageMs: `Rantaian audit terputus: ${shape.n} peristiwa tetapi bernombor ${shape.lo ?? '-'} hingga ${shape.hi ?? '-'}. Rekod mungkin telah dipadam.`,
    messageEn: `Audit chain broken: ${shape.n} events numbered ${shape.lo ?? '-'} to ${shape.hi ?? '-'}. Records may have been deleted.`,
  };
}

/** The rows' digest of a passed check: what `recordCheckpoint` keeps with the next checkpoint. */
const rowDigests = new WeakMap<StartupCheck, string>();

function ledgerChecks(db: Db): StartupCheck {
  const shape = chainShape(db);
  if (shape) return failed(shape, 0, 0);
  const from = trustedCheckpoint(db);
  const chain = verifyChain(db, from);
  if (!chain.ok) return failed(chain, chain.seq - 1, from.seq);
  const continuity = checkContinuity(db, from.receiptId);
  if (continuity) return failed(continuity, chain.length, from.seq);
  // Rows against the events that made them (a name or an amount edited in the file without its event).
  const rows = rowsAtStart(db, from.seq);
  if (rows.problem) return failed(rows.problem, chain.length, from.seq);
  const passed: StartupCheck = { ok: true, problem: null, auditEvents: chain.length, rehashedFrom: from.seq };
  if (rows.digest !== null) rowDigests.set(passed, rows.digest);
  return passed;
}

export interface StartupOptions {
  /**
   * The folder whose `kaunter.head` the chain must contain (the data folder at a real start). Not
   * given when a backup file is checked: an older backup is shorter than the head by design.
   */
  anchorDir?: string;
}

async function anchored(db: Db, check: StartupCheck, options: StartupOptions): Promise<StartupCheck> {
  if (!check.ok || options.anchorDir === undefined) return check;
  const problem = await checkHeadAnchor(db, readHeadAnchor(options.anchorDir), HEAD_FILE);
  return problem ? failed(problem, check.auditEvents, check.rehashedFrom) : check;
}

const CORRUPT: VerifyProblem = { messageMs: 'Fail pangkalan data rosak.', messageEn: 'The database file is damaged.' };

function damaged(quick: QuickCheckResult, check: StartupCheck): StartupCheck {
  if (quick.ok) return check;
  return failed(
    {
      messageMs: `Fail pangkalan data rosak (${quick.detail}).`,
      messageEn: `The database file is damaged (${quick.detail}).`,
    },
    check.auditEvents,
    check.rehashedFrom,
  );
}

/**
 * What the app checks each time it opens the ledger: SQLite's quick check of the file (in a worker
 * thread, alongside the rest), the audit chain (no missing event; hashes recomputed from the last
 * checkpoint), case-number and receipt continuity, the case and receipt rows against the events that
 * made them (a digest carried forward from the checkpoint, `integrity/rowsAtStart.ts`), and, with
 * `anchorDir`, the head anchored in `kaunter.head` outside the database. `file` null (an in-memory ledger) checks inline.
 * A full re-hash from the first event is `kaunter verify`'s job, and ICT's.
 */
export async function startupCheck(db: Db, file: string | null, options: StartupOptions = {}): Promise<StartupCheck> {
  if (file === null) return damaged(quickCheckHere(db), await anchored(db, ledgerChecks(db), options));
  const quick = quickCheckInWorker(file);
  let check: StartupCheck;
  try {
    check = await anchored(db, ledgerChecks(db), options);
  } catch (error) {
    const found = await quick;
    // A damaged page read by the checks themselves: the same failure the quick check names.
    if (!String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_CORRUPT')) throw error;
    return damaged(found.ok ? { ok: false, detail: (error as Error).message } : found, failed(CORRUPT, 0, 0));
  }
  return damaged(await quick, check);
}

/** After a good check, remember the head so the next start re-hashes only what came after it. */
export function recordCheckpoint(db: Db, check: StartupCheck, at: string): boolean {
  if (!check.ok) return false;
  const digest = rowDigests.get(check) ?? null;
  // A checkpoint from before the digests (migration 013) is replaced at once, so the whole chain is
  // re-derived only on the first start after the upgrade.
  const undigested = check.rehashedFrom > 0 && digest !== null && checkpointDigest(db, check.rehashedFrom) === null;
  if (check.auditEvents - check.rehashedFrom < CHECKPOINT_EVERY && !undigested) return false;
  const head = sql(db, 'SELECT seq, hash FROM audit_events WHERE seq = ?').get(check.auditEvents) as
    ChainPoint | undefined;
  if (!head) return false;
  const receipt = sql(db, 'SELECT COALESCE(MAX(id), 0) AS id FROM receipts').get() as { id: number };
  sql(
    db,
    'INSERT OR REPLACE INTO audit_checkpoints (seq, hash, receipt_id, checked_at, derived_digest) VALUES (?, ?, ?, ?, ?)',
  ).run(head.seq, head.hash, receipt.id, at, digest);
  return true;
}
