import type { Db } from '../db/open';

/** What a ledger file holds, in the figures a supervisor compares before restoring one. */
export interface LedgerFacts {
  cases: number;
  receipts: number;
  auditEvents: number;
  auditHead: string | null;
  lastEventAt: string | null;
}

export function describeLedgerFile(db: Db): LedgerFacts {
  const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  const head = db.prepare('SELECT seq, hash, at FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string; at: string } | undefined;
  return {
    cases: count('cases'),
    receipts: count('receipts'),
    auditEvents: head?.seq ?? 0,
    auditHead: head?.hash ?? null,
    lastEventAt: head?.at ?? null,
  };
}
