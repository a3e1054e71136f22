import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { AppError } from '@shared/errors';
import type { ImportFileFacts } from '@shared/esv3ImportViews';
import { decodeText, isZip } from './decode';

export interface TableRow {
  /** The row's line in the file (spreadsheet row number; CSV record number), the first being 1. */
  line: number;
  cells: string[];
}

export interface ImportTable {
  format: ImportFileFacts['format'];
  encoding: ImportFileFacts['encoding'];
  /** Every non-empty row, the header (when there is one) included. */
  rows: TableRow[];
}

/** The separator of a CSV or pasted list: whichever of tab, semicolon or comma the first line has most of. */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = ['\t', ';', ','].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : isoDay(value);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string') return value.normalize('NFC').trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

const isEmpty = (cells: string[]): boolean => cells.every((c) => c === '');

function readCsv(fileName: string, bytes: Uint8Array): ImportTable {
  const { text, encoding } = decodeText(bytes);
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
  } catch (error) {
    throw new AppError('VALIDATION', 'Fail {fileName} tidak dapat dibaca sebagai CSV: {why}', {
      fileName,
      why: (error as Error).message,
    });
  }
  const rows = records
    .map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.normalize('NFC').trim()) }))
    .filter((r) => !isEmpty(r.cells));
  return { format: 'CSV', encoding, rows };
}

async function readXlsx(fileName: string, bytes: Uint8Array): Promise<ImportTable> {
  let data: unknown[][];
  try {
    data = (await readSheet(Buffer.from(bytes), 1)) as unknown[][];
  } catch (error) {
    throw new AppError('VALIDATION', 'Fail {fileName} tidak dapat dibaca sebagai XLSX: {why}', {
      fileName,
      why: (error as Error).message,
    });
  }
  const rows = data.map((cells, i) => ({ line: i + 1, cells: cells.map(cellText) })).filter((r) => !isEmpty(r.cells));
  return { format: 'XLSX', encoding: null, rows };
}

/** Reads a CSV, a pasted list or the first sheet of an XLSX file into rows of trimmed text. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<ImportTable> {
  const table = isZip(bytes) ? await readXlsx(fileName, bytes) : readCsv(fileName, bytes);
  if (table.rows.length === 0) {
    throw new AppError('VALIDATION', 'Fail {fileName} kosong: tiada baris untuk diimport. Tiada apa-apa diubah.', {
      fileName,
    });
  }
  return table;
}
