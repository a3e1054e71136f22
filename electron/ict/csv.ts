import { parse } from 'csv-parse/sync';
import { BUNDLE_VERSION, csvColumnsOf, type BundleCsvName } from '@shared/bundle/format';
import { error, type Finding } from './findings';

export type CsvRow = Record<string, string>;

export interface CsvTable {
  columns: string[];
  rows: CsvRow[];
}

const BOM = '\uFEFF';

/**
 * Reads one CSV file of the bundle: UTF-8 with BOM, RFC 4180, header row first. The header must start
 * with the columns the bundle's format version names, in order; more columns at the end are allowed.
 */
export function readCsv(
  name: BundleCsvName,
  bytes: Uint8Array,
  findings: Finding[],
  version: number = BUNDLE_VERSION,
): CsvTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes);
  } catch {
    findings.push(error('CSV_FORMAT', `${name}: bukan teks UTF-8 yang sah.`, `${name}: not valid UTF-8 text.`));
    return { columns: [], rows: [] };
  }
  if (!text.startsWith(BOM)) {
    findings.push(
      error('CSV_FORMAT', `${name}: tiada BOM UTF-8 di awal fail.`, `${name}: no UTF-8 byte-order mark at the start.`),
    );
  }
  let records: string[][];
  try {
    records = parse(text.startsWith(BOM) ? text.slice(1) : text, { relax_column_count: false }) as string[][];
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    findings.push(error('CSV_FORMAT', `${name}: CSV tidak sah (${detail}).`, `${name}: invalid CSV (${detail}).`));
    return { columns: [], rows: [] };
  }
  const [header = [], ...body] = records;
  const expected = csvColumnsOf(name, version);
  if (!expected.every((column, i) => header[i] === column)) {
    findings.push(
      error(
        'CSV_FORMAT',
        `${name}: lajur tajuk tidak sepadan dengan format v${version} (dijangka ${expected.join(',')}).`,
        `${name}: the header does not match format v${version} (expected ${expected.join(',')}).`,
      ),
    );
  }
  const rows = body.map((record) => Object.fromEntries(header.map((column, i) => [column, record[i] ?? ''])));
  return { columns: header, rows };
}
