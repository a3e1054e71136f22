import { CHAIN_START, hashEvent, rowToEvent, verifyChain, type AuditRow, type ChainPoint } from './audit';
import { checkContinuity } from './continuity';
import type { Db } from './db/open';
import { sql } from './db/statements';
import { quickCheckHere, quickCheckInWorker, type QuickCheckResult } from './quickCheck';
import type { VerifyProblem } from './verify';

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

function ledgerChecks(db: Db): StartupCheck {
  const shape = chainShape(db);
  if (shape) return failed(shape, 0, 0);
  const from = trustedCheckpoint(db);
  const chain = verifyChain(db, from);
  if (!chain.ok) return failed(chain, chain.seq - 1, from.seq);
  const continuity = checkContinuity(db, from.receiptId);
  if (continuity) return failed(continuity, chain.length, from.seq);
  return { ok: true, problem: null, auditEvents: chain.length, rehashedFrom: from.seq };
}

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
 * checkpoint), and case-number and receipt continuity. `file` null (an in-memory ledger) checks inline.
 * A full re-hash from the first event is `kaunter verify`'s job, and ICT's.
 */
export async function startupCheck(db: Db, file: string | null): Promise<StartupCheck> {
  if (file === null) return damaged(quickCheckHere(db), ledgerChecks(db));
  const quick = quickCheckInWorker(file);
  let check: StartupCheck;
  try {
    check = ledgerChecks(db);
  } catch (error) {
    await quick;
    throw error;
  }
  return damaged(await quick, check);
}

/** After a good check, remember the head so the next start re-hashes only what came after it. */
export function recordCheckpoint(db: Db, check: StartupCheck, at: string): boolean {
  if (!check.ok || check.auditEvents - check.rehashedFrom < CHECKPOINT_EVERY) return false;
  const head = sql(db, 'SELECT seq, hash FROM audit_events WHERE seq = ?').get(check.auditEvents) as
    ChainPoint | undefined;
  if (!head) return false;
  const receipt = sql(db, 'SELECT COALESCE(MAX(id), 0) AS id FROM receipts').get() as { id: number };
  sql(db, 'INSERT OR REPLACE INTO audit_checkpoints (seq, hash, receipt_id, checked_at) VALUES (?, ?, ?, ?)').run(
    head.seq,
    head.hash,
    receipt.id,
    at,
  );
  return true;
}
