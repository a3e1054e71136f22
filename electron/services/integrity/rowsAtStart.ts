import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { VerifyProblem } from '../ledger/verify';
import { compareFacts } from './compare';
import { derivedDigest, derivedDigestFrom, rowsDigest } from './digest';

export interface RowsAtStart {
  problem: VerifyProblem | null;
  /** The rows' digest, when they match the events: what the next checkpoint records. */
  digest: string | null;
}

/** The derived digest recorded with the checkpoint at `seq`, if that checkpoint has one. */
export function checkpointDigest(db: Db, seq: number): string | null {
  if (seq === 0) return null;
  const row = sql(db, 'SELECT derived_digest AS d FROM audit_checkpoints WHERE seq = ?').get(seq) as
    { d: string | null } | undefined;
  return row?.d ?? null;
}

/**
 * The case and receipt rows against the audit events, within the start-up budget: the digest the
 * checkpoint at `fromSeq` recorded, carried forward over the events after it, against one pass over
 * the rows. Only when the two differ is the full compare run, to name the row; if it names none, the
 * checkpoint's digest was what was wrong (it is a cache, in the file like everything else), and the
 * rows stand.
 */
export function rowsAtStart(db: Db, fromSeq: number): RowsAtStart {
  const recorded = checkpointDigest(db, fromSeq);
  const derived = recorded === null ? derivedDigest(db) : derivedDigestFrom(db, { seq: fromSeq, digest: recorded });
  const rows = rowsDigest(db);
  if (rows === derived) return { problem: null, digest: rows };
  const [problem] = compareFacts(db, 1);
  return problem ? { problem, digest: null } : { problem: null, digest: rows };
}
