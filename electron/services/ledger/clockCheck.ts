import { sql } from '../db/statements';
import type { Ledger } from './ledger';
import { clockState } from '../series/clockGuard';
import { message, type Message } from '@shared/errors';

/**
 * The banner over every screen about the computer's clock: the clock guard's refusal when numbering
 * has stopped (series/clockGuard.ts), else a warning when the clock reads earlier than the last
 * recorded event. Records keep their order by sequence number regardless.
 */
export function clockWarning(ledger: Ledger): Message | null {
  const now = ledger.clock();
  const { refusal } = clockState(ledger.db, now);
  if (refusal !== null) return refusal;
  const last = sql(ledger.db, 'SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    { at: string } | undefined;
  if (!last) return null;
  if (now.getTime() >= new Date(last.at).getTime() - 60_000) return null;
  return message(
    'Jam komputer ini ({now}) lebih awal daripada rekod terakhir ({last}). Betulkan tarikh dan masa komputer; susunan rekod tetap terpelihara.',
    { now: now.toISOString(), last: last.at },
  );
}
