import writeExcelFile, { type CellObject, type Row } from 'write-excel-file/node';
import { csvNamesOf } from '@shared/bundle/format';
import { readCsv } from './csv';
import type { OpenedBundle } from './openBundle';
import { cellOf } from './spreadsheetCells';
import { WORKLIST_COLUMNS, type WorklistRow } from './worklist';

/*
 * ICT's spreadsheets: the same rows as the CSVs, written as XLSX with a type for every cell (see
 * spreadsheetCells.ts), so opening them in Excel or LibreOffice loses no leading zero and runs no
 * formula. The CSVs stay the machine format.
 */

interface SheetSpec {
  data: Row[];
  sheet: string;
  columns: { width: number }[];
  stickyRowsCount: number;
}

const HEADER: Partial<CellObject> = { fontWeight: 'bold', type: String };
const MAX_WIDTH = 60;

function sheetOf(name: string, columns: readonly string[], rows: readonly (readonly string[])[]): SheetSpec {
  const data: Row[] = [
    columns.map((c) => ({ ...HEADER, value: c })),
    ...rows.map((r) => columns.map((c, i) => cellOf(c, r[i] ?? ''))),
  ];
  const widths = columns.map((c, i) =>
    Math.min(MAX_WIDTH, Math.max(c.length, ...rows.slice(0, 500).map((r) => (r[i] ?? '').length)) + 2),
  );
  return { data, sheet: name, columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
}

async function workbook(sheets: SheetSpec[]): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(sheets).toBuffer());
}

/** `<bundle>.xlsx`: one sheet per CSV of the bundle (`cases`, `parties`, …), in the bundle's columns. */
export async function tablesXlsx(bundle: OpenedBundle): Promise<Uint8Array> {
  const sheets = csvNamesOf(bundle.manifest.version).flatMap((name) => {
    const bytes = bundle.files.get(name);
    if (!bytes) return [];
    const table = readCsv(name, bytes, [], bundle.manifest.version);
    return [
      sheetOf(
        name.replace(/\.csv$/, ''),
        table.columns,
        table.rows.map((row) => table.columns.map((c) => row[c] ?? '')),
      ),
    ];
  });
  return workbook(sheets);
}

/** `worklist.xlsx`: the rows of worklist.csv, one case a row, in `bil` order. */
export async function worklistXlsx(rows: readonly WorklistRow[]): Promise<Uint8Array> {
  return workbook([
    sheetOf(
      'worklist',
      WORKLIST_COLUMNS,
      rows.map((r) => WORKLIST_COLUMNS.map((c) => r[c])),
    ),
  ]);
}
