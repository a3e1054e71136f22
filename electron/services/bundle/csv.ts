/**
 * CSV as the bundle format wants it: UTF-8 with BOM, CRLF, RFC 4180 (a field holding a comma, quote,
 * CR or LF is quoted, quotes doubled), a header row. Empty for null. Written here rather than through
 * csv-stringify, which leaves a field with a bare line feed unquoted.
 */
const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(field).join(',')}\r\n`;
}

export const BOM = '\uFEFF';

/** The whole file: BOM, header, one line per row in column order. */
export function csvFile(columns: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const parts = [BOM, csvLine(columns)];
  for (const row of rows) parts.push(csvLine(row));
  return parts.join('');
}
