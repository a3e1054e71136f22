import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { ledgerHead } from './headAnchor';

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * The chain head the day's statement carries for the supervisor's signature: the day-close event
 * itself once the day is closed (so every print of a closed day is the same, and the paper anchors
 * the chain as it stood at the close), the current head while it is a draft.
 */
export function statementHead(db: Db, date: string, counterId: string): ChainHead | null {
  const closed = sql(
    db,
    "SELECT seq, hash FROM audit_events WHERE entity = 'dayClose' AND entity_id = ? AND action = 'day.close' ORDER BY seq DESC LIMIT 1",
  ).get(`${date}/${counterId}`) as ChainHead | undefined;
  return closed ?? ledgerHead(db);
}

/** "Kepala rantaian audit: #1234 · 3f9a0c1e2d4b5a69…": what the supervisor signs under. */
export function chainHeadLine(head: ChainHead): string {
  return `Kepala rantaian audit: #${head.seq} · ${head.hash.slice(0, 16)}…`;
}
