import type { BundleManifest } from '@shared/bundle/format';
import { error, type Finding } from './findings';
import type { BundleTables } from './tables';

/**
 * The manifest's `counts` against the files. The record is open-ended; the names the app's writer
 * uses are checked when present, anything else is left alone.
 */
export function checkCounts(manifest: BundleManifest, tables: BundleTables, auditEvents: number): Finding[] {
  const actual: Record<string, number> = {
    cases: tables.cases.length,
    casesManual: tables.cases.filter((c) => c.source === 'MANUAL').length,
    parties: tables.parties.length,
    receipts: tables.receipts.length,
    receiptsIssued: tables.receipts.filter((r) => r.status !== 'CANCELLED').length,
    receiptsCancelled: tables.receipts.filter((r) => r.status === 'CANCELLED').length,
    receiptItems: tables.receiptItems.length,
    filings: tables.filings.length,
    appointments: tables.appointments.length,
    documents: tables.documents.length,
    hearings: tables.hearings.length,
    overrides: tables.overrides.length,
    auditEvents,
  };
  return Object.entries(manifest.counts)
    .filter(([name, claimed]) => name in actual && actual[name] !== claimed)
    .map(([name, claimed]) =>
      error(
        'COUNTS',
        `Bilangan ${name}: fail mengandungi ${actual[name]}, manifest menyatakan ${claimed}.`,
        `Count ${name}: the files hold ${actual[name]}, the manifest says ${claimed}.`,
      ),
    );
}
