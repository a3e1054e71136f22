import type { BundleManifest } from '@shared/bundle/format';
import { courtDate } from '@shared/time';
import { rmOf, senOf } from './amounts';
import type { CsvRow } from './csv';
import { error, type Finding } from './findings';

/** Money of one bundle (or of a merge), in sen. */
export interface MoneyTotals {
  issuedSen: number;
  cancelledSen: number;
  issuedCount: number;
  cancelledCount: number;
  byMethodSen: Record<string, number>;
  /** Court date (Asia/Kuala_Lumpur) → method → sen, issued receipts only. */
  byDaySen: Record<string, Record<string, number>>;
}

/** The court date of an ISO time, whatever offset it was written with. */
export function dayOf(iso: string): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso.slice(0, 10) : courtDate(at);
}

export function sumReceipts(receipts: readonly CsvRow[]): MoneyTotals {
  const totals: MoneyTotals = {
    issuedSen: 0,
    cancelledSen: 0,
    issuedCount: 0,
    cancelledCount: 0,
    byMethodSen: {},
    byDaySen: {},
  };
  for (const r of receipts) {
    const sen = senOf(r.amount_rm ?? '') ?? 0;
    if (r.status === 'CANCELLED') {
      totals.cancelledSen += sen;
      totals.cancelledCount += 1;
      continue;
    }
    const method = r.method ?? '';
    const day = dayOf(r.issued_at ?? '');
    totals.issuedSen += sen;
    totals.issuedCount += 1;
    totals.byMethodSen[method] = (totals.byMethodSen[method] ?? 0) + sen;
    const perDay = (totals.byDaySen[day] ??= {});
    perDay[method] = (perDay[method] ?? 0) + sen;
  }
  return totals;
}

function amountFindings(file: string, rows: readonly CsvRow[], key: string): Finding[] {
  return rows
    .filter((r) => senOf(r.amount_rm ?? '') === null)
    .map((r) =>
      error(
        'AMOUNT_FORMAT',
        `${file}: amaun "${r.amount_rm}" bagi ${r[key]} bukan dalam bentuk 123.50.`,
        `${file}: amount "${r.amount_rm}" of ${r[key]} is not written as 123.50.`,
      ),
    );
}

function sameMethods(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
}

/**
 * Each receipt's items add up to its amount, every receipt has items and a case in the bundle, and the
 * totals agree with the manifest (issued by method, and cancelled).
 */
export function checkMoney(
  receipts: readonly CsvRow[],
  items: readonly CsvRow[],
  cases: readonly CsvRow[],
  manifest: BundleManifest,
): { totals: MoneyTotals; findings: Finding[] } {
  const findings = [
    ...amountFindings('receipts.csv', receipts, 'receipt_number'),
    ...amountFindings('receipt_items.csv', items, 'receipt_number'),
  ];
  const itemSum = new Map<string, number>();
  for (const item of items) {
    const n = item.receipt_number ?? '';
    itemSum.set(n, (itemSum.get(n) ?? 0) + (senOf(item.amount_rm ?? '') ?? 0));
  }
  const receiptNumbers = new Set(receipts.map((r) => r.receipt_number ?? ''));
  const caseNumbers = new Set(cases.map((c) => c.case_number ?? ''));
  for (const r of receipts) {
    const n = r.receipt_number ?? '';
    const sum = itemSum.get(n);
    const amount = senOf(r.amount_rm ?? '');
    if (sum === undefined) {
      findings.push(error('RECEIPT_ITEMS', `Resit ${n} tiada butiran bayaran.`, `Receipt ${n} has no items.`));
    } else if (amount !== null && sum !== amount) {
      findings.push(
        error(
          'RECEIPT_ITEMS',
          `Resit ${n}: jumlah butiran RM ${rmOf(sum)} tidak sama dengan amaun resit RM ${rmOf(amount)}.`,
          `Receipt ${n}: items add up to RM ${rmOf(sum)}, not the receipt amount RM ${rmOf(amount)}.`,
        ),
      );
    }
    if (r.case_number && !caseNumbers.has(r.case_number)) {
      findings.push(
        error(
          'RECEIPT_CASE',
          `Resit ${n} bagi kes ${r.case_number} yang tiada dalam cases.csv.`,
          `Receipt ${n} is for case ${r.case_number}, which is not in cases.csv.`,
        ),
      );
    }
  }
  for (const n of itemSum.keys()) {
    if (!receiptNumbers.has(n)) {
      findings.push(
        error(
          'RECEIPT_ITEMS',
          `Butiran bagi resit ${n} yang tiada dalam receipts.csv.`,
          `Items for receipt ${n}, which is not in receipts.csv.`,
        ),
      );
    }
  }
  const totals = sumReceipts(receipts);
  const claimed = manifest.totals;
  const agrees =
    totals.issuedSen === claimed.issuedSen &&
    rmOf(totals.issuedSen) === claimed.issuedRm.replace(/,/g, '') &&
    totals.cancelledSen === claimed.cancelledSen &&
    sameMethods(totals.byMethodSen, claimed.byMethodSen);
  if (!agrees) {
    findings.push(
      error(
        'TOTALS',
        `Jumlah wang tidak sepadan dengan manifest: resit RM ${rmOf(totals.issuedSen)} (batal RM ${rmOf(totals.cancelledSen)}); manifest RM ${claimed.issuedRm} (batal RM ${rmOf(claimed.cancelledSen)}).`,
        `Money totals do not match the manifest: receipts RM ${rmOf(totals.issuedSen)} (cancelled RM ${rmOf(totals.cancelledSen)}); manifest RM ${claimed.issuedRm} (cancelled RM ${rmOf(claimed.cancelledSen)}).`,
      ),
    );
  }
  return { totals, findings };
}
