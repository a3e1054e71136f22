import type { ExportListItem } from '../../../shared/bundleViews';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger';

/** Every export made here, newest first. */
export function listExports(ledger: Ledger): ExportListItem[] {
  const rows = sql(
    ledger.db,
    `SELECT seq, exported_at, base_name, pgp_sha256, case_count, receipt_count, total_sen, final FROM exports ORDER BY seq DESC`,
  ).all() as {
    seq: number;
    exported_at: string;
    base_name: string;
    pgp_sha256: string;
    case_count: number;
    receipt_count: number;
    total_sen: number;
    final: number;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    exportedAt: r.exported_at,
    baseName: r.base_name,
    pgpSha256: r.pgp_sha256,
    caseCount: r.case_count,
    receiptCount: r.receipt_count,
    totalSen: r.total_sen,
    final: r.final === 1,
  }));
}
