import { sql } from './db/statements';
import type { Ledger } from './ledger';

/**
 * A clock that reads earlier than the last recorded event has been moved back. Records keep their
 * order by sequence number regardless; this only warns so someone fixes the clock.
 */
export function clockWarning(ledger: Ledger): string | null {
  const last = sql(ledger.db, 'SELECT at FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    { at: string } | undefined;
  if (!last) return null;
  const now = ledger.clock();
  if (now.getTime() >= new Date(last.at).getTime() - 60_000) return null;
  return `Jam komputer ini (${now.toISOString()}) lebih awal daripada rekod terakhir (${last.at}). Betulkan tarikh dan masa komputer; susunan rekod tetap terpelihara.`;
}
