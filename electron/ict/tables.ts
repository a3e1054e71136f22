import type { CsvRow } from './csv';

/** The CSV files of one bundle, as rows keyed by column name. */
export interface BundleTables {
  cases: CsvRow[];
  parties: CsvRow[];
  receipts: CsvRow[];
  receiptItems: CsvRow[];
  filings: CsvRow[];
  appointments: CsvRow[];
  documents: CsvRow[];
  /** From v3; empty for an older bundle. */
  hearings: CsvRow[];
  /** From v3; empty for an older bundle. */
  overrides: CsvRow[];
}

/** A receipt's series is its number without the running number, which always ends it. */
export function receiptSeries(receiptNumber: string): string {
  const cut = receiptNumber.lastIndexOf('-');
  return cut < 0 ? '' : receiptNumber.slice(0, cut);
}

export function receiptRunning(row: CsvRow): number | null {
  const text = row.running_number || row.receipt_number?.slice(row.receipt_number.lastIndexOf('-') + 1) || '';
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Items grouped by a key, in their order: one pass, so a 100,000-case bundle stays linear. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
