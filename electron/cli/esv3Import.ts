import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '@shared/errors';
import { CAUSE_BOOK_FIELDS, MAX_IMPORT_BYTES, tooLargeError, type ColumnMapping } from '@shared/schemas/esv3Import';
import { applyCauseBookImport, previewCauseBookImport } from '../services/esv3Import/causeBookImport';
import { applyNumbersImport, previewNumbersImport } from '../services/esv3Import/numbersImport';
import { pendingImports, type HeldFile } from '../services/esv3Import/pending';
import { DATABASE_FILE, openLedger, openLookUpLedger } from '../services/ledger/ledgerFile';
import { causeBookReport, numbersReport } from './importReport';

export const IMPORT_USAGE = `  import-numbers --data DIR FILE [--yes]
         Nombor terakhir ESV3 dari fail ICT (CSV/XLSX); tanpa --yes hanya laporan / last ESV3 numbers; --yes applies.
  import-causebook --data DIR FILE [--map caseNumber=1,parties=4,…] [--yes]
         Buku kausa ESV3 sebagai data rujukan; tanpa --yes hanya laporan / ESV3's cause book as reference data.`;

export type Out = (line: string) => void;

function usageError(message: string): never {
  throw Object.assign(new Error(message), { exitCode: 2 });
}

/** The file, refused above the limit before it is read. */
function readImportFile(path: string | undefined, kind: HeldFile['kind']): HeldFile {
  if (!path) usageError('FAIL mesti diberi / FILE is required');
  const file = resolve(path);
  if (!existsSync(file)) usageError(`Tiada fail / no such file: ${file}`);
  const size = statSync(file).size;
  if (size > MAX_IMPORT_BYTES) throw tooLargeError(basename(file), size);
  return pendingImports().hold(kind, basename(file), readFileSync(file));
}

function dataDirOf(value: string | undefined): string {
  if (!value) usageError('--data mesti diberi / is required');
  const dir = resolve(value);
  if (!existsSync(join(dir, DATABASE_FILE))) usageError(`Tiada pangkalan data di ${dir} / no database there.`);
  return dir;
}

/** `caseNumber=1,parties=4` (column numbers from 1) → a mapping. */
export function parseMapping(text: string): ColumnMapping {
  const mapping: ColumnMapping = {
    caseNumber: null,
    registeredOn: null,
    caseType: null,
    parties: null,
    idNumbers: null,
  };
  for (const pair of text.split(',')) {
    const [field, column] = pair.split('=').map((s) => s.trim());
    const n = Number(column);
    if (!CAUSE_BOOK_FIELDS.includes(field as never) || !Number.isInteger(n) || n < 1 || n > 200) {
      usageError(`--map tidak sah / invalid: ${pair} (medan / fields: ${CAUSE_BOOK_FIELDS.join(', ')}; lajur dari 1)`);
    }
    mapping[field as keyof ColumnMapping] = n - 1;
  }
  return mapping;
}

const NOTHING_CHANGED =
  'Tiada apa-apa diubah. Ulang dengan --yes untuk mengimport / nothing changed; repeat with --yes to import.';

/** kaunter import-numbers --data DIR FILE [--yes]: the report; with --yes, applied in one transaction. */
export async function runImportNumbers(args: string[], out: Out): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' }, yes: { type: 'boolean' } },
  });
  const dataDir = dataDirOf(values.data);
  const file = readImportFile(positionals[0], 'numbers');
  // The report alone writes nothing, so it runs beside the app; --yes needs the folder's writer lock.
  const ledger = values.yes ? openLedger(dataDir, { program: 'kaunter import-numbers' }) : openLookUpLedger(dataDir);
  try {
    const preview = await previewNumbersImport(ledger, file);
    numbersReport(preview).forEach((line) => out(line));
    if (!values.yes) return out(NOTHING_CHANGED);
    const result = await applyNumbersImport(ledger, null, file, preview.digest);
    out(`DIIMPORT / IMPORTED: ${result.applied.length} nombor terakhir dikemas kini / last numbers updated.`);
  } finally {
    ledger.db.close();
  }
}

/** kaunter import-causebook --data DIR FILE [--map …] [--yes]. */
export async function runImportCauseBook(args: string[], out: Out): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' }, yes: { type: 'boolean' }, map: { type: 'string' } },
  });
  const dataDir = dataDirOf(values.data);
  const mapping = values.map === undefined ? undefined : parseMapping(values.map);
  const file = readImportFile(positionals[0], 'causeBook');
  const ledger = values.yes ? openLedger(dataDir, { program: 'kaunter import-causebook' }) : openLookUpLedger(dataDir);
  try {
    const preview = await previewCauseBookImport(ledger, file, mapping);
    causeBookReport(preview).forEach((line) => out(line));
    if (preview.missing.length > 0)
      throw new AppError('VALIDATION', 'Lajur No. kes dan Pihak mesti dipadankan / map the columns.');
    if (!values.yes) return out(NOTHING_CHANGED);
    const result = await applyCauseBookImport(ledger, null, file, preview.mapping, preview.digest);
    out(
      `DIIMPORT / IMPORTED: ${result.import.added} ditambah, ${result.import.updated} dikemas kini; ${result.totalReferenceCases} kes rujukan kesemuanya / reference cases in all.`,
    );
  } finally {
    ledger.db.close();
  }
}

/** Runs one import command: 0 done, 1 refused (the reason in Malay), 2 a usage mistake. */
export async function runImportCommand(
  command: 'import-numbers' | 'import-causebook',
  args: string[],
): Promise<number> {
  const out: Out = (line) => console.log(line);
  try {
    await (command === 'import-numbers' ? runImportNumbers(args, out) : runImportCauseBook(args, out));
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(`GAGAL / FAILED: ${error.message}`);
      return 1;
    }
    const code = (error as { exitCode?: number }).exitCode;
    if (code !== undefined) {
      console.error((error as Error).message);
      return code;
    }
    throw error;
  }
}
