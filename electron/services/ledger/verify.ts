import { verifyChain } from './audit';
import type { Db } from '../db/open';
import { checkEverySeries } from '../series/continuity';
import { checkAppointments, checkFilings, checkGivenNumbers } from '../outages/verifySopPaths';
import { compareFacts } from '../integrity/compare';

export interface VerifyProblem {
  messageMs: string;
  messageEn: string;
}

export interface VerifySummary {
  ok: boolean;
  problem: VerifyProblem | null;
  auditEvents: number;
  auditHead: string | null;
  cases: number;
  series: number;
  receipts: number;
  filings: number;
  appointments: number;
}

/** Every receipt's total is the sum of its lines (its number's continuity: series/continuity.ts). */
export function checkReceipts(db: Db): VerifyProblem | null {
  const mismatch = db
    .prepare(
      `SELECT r.receipt_number AS n, r.total_sen AS total, COALESCE(SUM(i.amount_sen), -1) AS lines
       FROM receipts r LEFT JOIN receipt_items i ON i.receipt_id = r.id
       GROUP BY r.id HAVING total != lines LIMIT 1`,
    )
    .get() as { n: string; total: number; lines: number } | undefined;
  if (mismatch) {
    return {
      messageMs: `Resit ${mismatch.n}: jumlah tidak sama dengan jumlah baris-barisnya.`,
      messageEn: `Receipt ${mismatch.n}: its total does not equal the sum of its lines.`,
    };
  }
  return null;
}

/**
 * SQLite's integrity check, the audit chain from the first event, the numbering, and every case and
 * receipt row against its events. The head anchored outside the file is checked by the CLI
 * (`verifyFolderAnchored`), which knows the folders.
 */
export function verifyLedger(db: Db): VerifySummary {
  const counts = () => ({
    cases: (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n,
    series: (db.prepare('SELECT COUNT(*) AS n FROM number_series').get() as { n: number }).n,
    receipts: (db.prepare('SELECT COUNT(*) AS n FROM receipts').get() as { n: number }).n,
    filings: (db.prepare('SELECT COUNT(*) AS n FROM filings').get() as { n: number }).n,
    appointments: (db.prepare('SELECT COUNT(*) AS n FROM appointments').get() as { n: number }).n,
  });
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  const firstIntegrity = integrity[0]?.integrity_check ?? 'no result';
  if (firstIntegrity !== 'ok') {
    return {
      ok: false,
      problem: {
        messageMs: `Fail pangkalan data rosak (${firstIntegrity}). Pulihkan daripada sandaran dan hubungi ICT.`,
        messageEn: `The database file is damaged (${firstIntegrity}). Restore a backup and call ICT.`,
      },
      auditEvents: 0,
      auditHead: null,
      cases: 0,
      series: 0,
      receipts: 0,
      filings: 0,
      appointments: 0,
    };
  }
  const chain = verifyChain(db);
  if (!chain.ok) {
    return { ok: false, problem: chain, auditEvents: chain.seq - 1, auditHead: null, ...counts() };
  }
  const problem =
    checkEverySeries(db) ??
    checkReceipts(db) ??
    checkGivenNumbers(db) ??
    checkFilings(db) ??
    checkAppointments(db) ??
    // Every case and receipt row against the events that made it (integrity/compare.ts).
    compareFacts(db, 1)[0] ??
    null;
  return {
    ok: problem === null,
    problem,
    auditEvents: chain.length,
    auditHead: chain.length > 0 ? chain.head : null,
    ...counts(),
  };
}
