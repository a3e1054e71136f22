import type { ExportListItem } from '@shared/bundleViews';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { requireTrustedClock } from '../series/clockGuard';
import { EXPORT_SERIES_KEY } from '../series/kinds';
import { planNext, takeNext, type SeriesPlan } from '../series/series';
import type { Ledger } from '../ledger/ledger';

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

/**
 * The export's sequence number (…-E0001), planned when the snapshot is taken: the next of the export
 * series, above any floor a restore left. The clock guard runs here, before any file is written.
 */
export function planExportSeq(db: Db, at: Date): SeriesPlan {
  requireTrustedClock(db, at.toISOString());
  return planNext(db, 'export', EXPORT_SERIES_KEY);
}

/** Takes the planned sequence number, in the transaction that records the export. */
export function takeExportSeq(db: Db, plan: SeriesPlan, at: Date): void {
  takeNext(db, plan, at.toISOString(), { clockChecked: true });
}
