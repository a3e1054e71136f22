import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './ledger';

/*
 * TEST SUPPORT ONLY. Opens spreadsheets the way ICT does, in LibreOffice (headless), and reads back
 * what it made of every cell. The flat OpenDocument format (.fods) shows each cell's type (string,
 * float, date), the text it displays, and any formula, so one conversion answers every question.
 */

export const SOFFICE_MISSING =
  'LibreOffice (soffice) is not installed: `apt-get install -y libreoffice-calc-nogui` (.ci/run installs it).';

export function requireSoffice(): void {
  const probe = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new Error(SOFFICE_MISSING);
}

/**
 * Converts every file in one LibreOffice process (its start is the slow part) with a profile of its
 * own, so tests running at the same time do not share one. Returns the .fods path of each input.
 */
export function convertToFods(files: readonly string[], options: { infilter?: string } = {}): string[] {
  requireSoffice();
  const outDir = tempDir('kaunter-soffice-out-');
  const profile = pathToFileURL(tempDir('kaunter-soffice-profile-')).href;
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--norestore',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      'fods',
      '--outdir',
      outDir,
      ...files,
    ],
    { encoding: 'utf8', timeout: 300_000 },
  );
  const outputs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, '.fods')));
  const missing = outputs.filter((o) => !existsSync(o));
  if (run.status !== 0 || missing.length > 0) {
    throw new Error(`soffice --convert-to fods failed (exit ${run.status}): ${run.stderr}${run.stdout}`);
  }
  return outputs;
}

export interface SheetCell {
  /** `office:value-type`: string, float, date, … ('' for an empty cell). */
  type: string;
  /** What the cell shows. */
  text: string;
  /** `office:value` or `office:date-value`, when it has one. */
  value: string | null;
  /** `table:formula`, when LibreOffice took the cell as a formula. */
  formula: string | null;
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1] ?? '') : null;
}

function decode(xml: string): string {
  return xml
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function textOf(inner: string): string {
  const paragraphs = [...inner.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)].map((m) =>
    decode(
      (m[1] ?? '')
        .replace(/<text:tab\/>/g, '\t')
        .replace(/<text:s text:c="(\d+)"\/>/g, (_, n: string) => ' '.repeat(Number(n)))
        .replace(/<text:s\/>/g, ' ')
        .replace(/<text:line-break\/>/g, '\n')
        .replace(/<[^>]+>/g, ''),
    ),
  );
  return paragraphs.join('\n');
}

const CELL = /<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g;

function rowCells(rowXml: string): SheetCell[] {
  const cells: SheetCell[] = [];
  for (const m of rowXml.matchAll(CELL)) {
    const attrs = m[1] ?? '';
    const cell: SheetCell = {
      type: attr(attrs, 'office:value-type') ?? '',
      text: m[2] ? textOf(m[2]) : '',
      value: attr(attrs, 'office:value') ?? attr(attrs, 'office:date-value'),
      formula: attr(attrs, 'table:formula'),
    };
    const repeat = Math.min(Number(attr(attrs, 'table:number-columns-repeated') ?? '1'), 1000);
    for (let i = 0; i < repeat; i++) cells.push(cell);
  }
  while (cells.length > 0 && cells.at(-1)?.type === '' && cells.at(-1)?.text === '') cells.pop();
  return cells;
}

/** Every sheet of a .fods file: its rows of cells, trailing empty cells and rows left off. */
export function readFods(file: string): Map<string, SheetCell[][]> {
  const xml = readFileSync(file, 'utf8');
  const sheets = new Map<string, SheetCell[][]>();
  for (const t of xml.matchAll(/<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/g)) {
    const rows = [...(t[2] ?? '').matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)]
      .map((r) => rowCells(r[1] ?? ''))
      .filter((r) => r.length > 0);
    sheets.set(decode(t[1] ?? ''), rows);
  }
  return sheets;
}

/** A sheet's rows as objects keyed by the header row. */
export function sheetObjects(rows: readonly SheetCell[][]): Record<string, SheetCell>[] {
  const [header = [], ...body] = rows;
  const empty: SheetCell = { type: '', text: '', value: null, formula: null };
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h.text, r[i] ?? empty])));
}

/** True when any cell of the file is a formula. */
export function hasFormula(file: string): boolean {
  return readFileSync(file, 'utf8').includes('table:formula=');
}
