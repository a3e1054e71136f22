import writeExcelFile from 'write-excel-file/node';
import type { ImportFileInput } from '@shared/schemas/esv3Import';

/** A file as the renderer sends it. */
export function fileInput(fileName: string, bytes: Uint8Array): ImportFileInput {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

/** A CSV in UTF-8 (optionally with its BOM) or Windows-1252 (Latin-1 covers the characters tests use). */
export function csvBytes(text: string, encoding: 'utf8' | 'utf8-bom' | 'windows-1252' = 'utf8'): Buffer {
  if (encoding === 'windows-1252') return Buffer.from(text, 'latin1');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export type Cell = string | number | Date | null;

/** An XLSX workbook of one sheet, as Excel would save it. */
export async function xlsxBytes(rows: Cell[][]): Promise<Buffer> {
  const data = rows.map((r) => r.map((value) => (value === null ? null : { value })));
  return writeExcelFile(data, { dateFormat: 'dd/mm/yyyy' }).toBuffer();
}
