import { lastNumberTypeKey } from '@shared/caseNumber';
import { AppError, message, type MessageKey, type MessageValues, ref, type MessageRef } from '@shared/errors';
import type { ImportProblem, NumberChange } from '@shared/esv3ImportViews';
import { courtYear } from '@shared/time';
import { listCaseTypes } from '../cases/caseTypes';
import { readLastNumbers, requireCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { highestIssued } from '../series/series';
import { caseNumberReader } from './caseNumbers';
import { columnOf } from './headers';
import type { ImportTable, TableRow } from './table';

interface Figure {
  caseTypeCode: string;
  year: number;
  lastNumber: number;
  line: number;
}

export interface NumbersPlan {
  shape: 'TABLE' | 'CASE_NUMBERS';
  rowsRead: number;
  changes: NumberChange[];
  problems: ImportProblem[];
}

const seriesLabel = (code: string, year: number): MessageRef =>
  code === '*' ? ref('tahun {year}', { year }) : ref('kod kes {code} tahun {year}', { code, year });

function wholeNumber(text: string): number | null {
  const cleaned = text.replace(/[\s,]/g, '');
  return /^\d{1,7}$/.test(cleaned) ? Number(cleaned) : null;
}

/** Rows of a table with columns kod kes (unless one series), tahun and nombor terakhir. */
function readTableShape(
  ledger: Ledger,
  rows: TableRow[],
  cols: { court: number | null; caseType: number | null; year: number; last: number },
  problems: ImportProblem[],
): Figure[] {
  const config = requireCourtConfig(ledger);
  const { scope } = config.numbering;
  const known = new Set(listCaseTypes(ledger).map((t) => t.code));
  const thisYear = courtYear(ledger.clock());
  const fullCourt = `${config.court.stateCode}${config.court.courtCode}`;
  const figures: Figure[] = [];
  for (const row of rows) {
    const cell = (i: number | null) => (i === null ? '' : (row.cells[i] ?? ''));
    const refuse = (key: MessageKey, values?: MessageValues) =>
      problems.push({ line: row.line, reason: message(key, values) });
    const court = cell(cols.court).replace(/\D/g, '');
    // Excel keeps codes as numbers: 05005 arrives as 5005, 005 as 5.
    const isThisCourt =
      court.length > 3 ? court.padStart(5, '0') === fullCourt : court.padStart(3, '0') === config.court.courtCode;
    if (court !== '' && !isThisCourt) {
      refuse('Kod mahkamah {court} bukan mahkamah ini ({fullCourt}).', { court: cell(cols.court), fullCourt });
      continue;
    }
    let code = cell(cols.caseType);
    if (/^\d{1,3}$/.test(code)) code = code.padStart(3, '0');
    if (scope === 'COURT_YEAR') {
      if (code !== '' && code !== '*') {
        refuse('Kaunter ini mengira satu siri bagi semua kod kes: baris bagi kod kes {code} tidak digunakan.', {
          code,
        });
        continue;
      }
      code = '*';
    } else if (code === '') {
      refuse('Kod kes tiada.');
      continue;
    } else if (!known.has(code)) {
      refuse('Kod kes "{code}" tiada dalam senarai jenis kes.', { code });
      continue;
    }
    const year = wholeNumber(cell(cols.year));
    if (year === null || year < 2000 || year > thisYear) {
      refuse('Tahun "{year}" tidak sah (2000 hingga {thisYear}).', { year: cell(cols.year), thisYear });
      continue;
    }
    const lastNumber = wholeNumber(cell(cols.last));
    if (lastNumber === null || lastNumber > 999_999) {
      refuse('Nombor terakhir "{last}" bukan nombor bulat yang sah.', { last: cell(cols.last) });
      continue;
    }
    figures.push({ caseTypeCode: code, year, lastNumber, line: row.line });
  }
  return figures;
}

/** A plain list of case numbers: the highest running number per series is ESV3's last number. */
function readCaseNumberShape(ledger: Ledger, rows: TableRow[], column: number, problems: ImportProblem[]): Figure[] {
  const config = requireCourtConfig(ledger);
  const reader = caseNumberReader(config, courtYear(ledger.clock()));
  const known = new Set(listCaseTypes(ledger).map((t) => t.code));
  const seen = new Map<string, number>();
  const highest = new Map<string, Figure>();
  for (const row of rows) {
    const text = row.cells[column] ?? '';
    if (text === '') {
      problems.push({ line: row.line, reason: message('No. kes tiada.') });
      continue;
    }
    const read = reader.read(text);
    if ('reason' in read) {
      problems.push({ line: row.line, reason: read.reason });
      continue;
    }
    const earlier = seen.get(read.caseNumber);
    if (earlier !== undefined) {
      problems.push({
        line: row.line,
        reason: message('{caseNumber} berulang (baris {earlier}); diabaikan.', {
          caseNumber: read.caseNumber,
          earlier,
        }),
      });
      continue;
    }
    seen.set(read.caseNumber, row.line);
    const code = lastNumberTypeKey(config.numbering.scope, read.caseTypeCode ?? '*');
    if (code !== '*' && !known.has(code)) {
      problems.push({
        line: row.line,
        reason: message('Kod kes {code} dalam {caseNumber} tiada dalam senarai jenis kes.', {
          code,
          caseNumber: read.caseNumber,
        }),
      });
      continue;
    }
    const key = `${code}/${read.year}`;
    const best = highest.get(key);
    if (!best || read.runningNumber > best.lastNumber) {
      highest.set(key, { caseTypeCode: code, year: read.year, lastNumber: read.runningNumber, line: row.line });
    }
  }
  return [...highest.values()];
}

/** One figure per series: a row repeated is noted; two different figures for one series refuse both. */
function oneFigurePerSeries(figures: Figure[], problems: ImportProblem[]): Figure[] {
  const byKey = new Map<string, Figure>();
  const conflicted = new Set<string>();
  for (const f of figures) {
    const key = `${f.caseTypeCode}/${f.year}`;
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, f);
    } else if (first.lastNumber === f.lastNumber) {
      problems.push({
        line: f.line,
        reason: message('Baris berulang (sama seperti baris {line}); diabaikan.', { line: first.line }),
      });
    } else {
      conflicted.add(key);
      problems.push({
        line: f.line,
        reason: message(
          '{series} diberi dua nombor berbeza (baris {firstLine}: {firstNumber}, baris {line}: {lastNumber}); kedua-duanya tidak diimport.',
          {
            series: seriesLabel(f.caseTypeCode, f.year),
            firstLine: first.line,
            firstNumber: first.lastNumber,
            line: f.line,
            lastNumber: f.lastNumber,
          },
        ),
      });
    }
  }
  return [...byKey.entries()].filter(([key]) => !conflicted.has(key)).map(([, f]) => f);
}

/**
 * What an import of last ESV3 numbers would change, read from the table and the ledger as they are now.
 * Used by the preview and again, inside the transaction, by the apply.
 */
export function planNumbersImport(ledger: Ledger, table: ImportTable, fileName: string): NumbersPlan {
  const [header, ...rest] = table.rows;
  const headers = header?.cells ?? [];
  const problems: ImportProblem[] = [];
  const year = columnOf(headers, 'year');
  const last = columnOf(headers, 'lastNumber');
  const caseNumber = columnOf(headers, 'caseNumber');
  const reader = caseNumberReader(requireCourtConfig(ledger), courtYear(ledger.clock()));
  let shape: NumbersPlan['shape'];
  let figures: Figure[];
  let rowsRead = rest.length;
  if (year !== null && last !== null) {
    shape = 'TABLE';
    const cols = { court: columnOf(headers, 'court'), caseType: columnOf(headers, 'caseType'), year, last };
    figures = readTableShape(ledger, rest, cols, problems);
  } else if (caseNumber !== null) {
    shape = 'CASE_NUMBERS';
    figures = readCaseNumberShape(ledger, rest, caseNumber, problems);
  } else if (header && !('reason' in reader.read(header.cells[0] ?? ''))) {
    // A bare list of numbers, no header.
    shape = 'CASE_NUMBERS';
    rowsRead = table.rows.length;
    figures = readCaseNumberShape(ledger, table.rows, 0, problems);
  } else {
    throw new AppError(
      'VALIDATION',
      'Lajur fail {fileName} tidak dikenali ({headers}). Perlukan lajur "Kod kes", "Tahun" dan "Nombor terakhir", atau satu lajur "No. kes". Tiada apa-apa diubah.',
      { fileName, headers: headers.join(', ') },
    );
  }
  if (rowsRead === 0) {
    throw new AppError('VALIDATION', 'Fail {fileName} hanya mengandungi tajuk lajur: tiada baris untuk diimport.', {
      fileName,
    });
  }
  const before = new Map(readLastNumbers(ledger).map((r) => [`${r.caseTypeCode}/${r.year}`, r.lastNumber]));
  const changes: NumberChange[] = [];
  for (const f of oneFigurePerSeries(figures, problems)) {
    const key = `${f.caseTypeCode}/${f.year}`;
    const old = before.get(key) ?? null;
    // The highest number this counter has handed out in the series, numbers lost to a restore included.
    const issued = highestIssued(ledger.db, 'case', key);
    if (issued > 0 && f.lastNumber < issued && f.lastNumber !== old) {
      problems.push({
        line: f.line,
        reason: message(
          'Nombor terakhir ESV3 {lastNumber} bagi {series} lebih rendah daripada nombor {issued} yang telah dikeluarkan kaunter ini: ditolak. Nombor yang telah dikeluarkan tidak boleh diberi semula; semak angka ini dengan ICT.',
          { lastNumber: f.lastNumber, series: seriesLabel(f.caseTypeCode, f.year), issued },
        ),
      });
      continue;
    }
    if (f.lastNumber >= 10 ** reader.runWidth) {
      problems.push({
        line: f.line,
        reason: message('Nombor {lastNumber} melebihi {runWidth} digit templat {template}.', {
          lastNumber: f.lastNumber,
          runWidth: reader.runWidth,
          template: reader.template,
        }),
      });
      continue;
    }
    const kind = old === null ? 'NEW' : f.lastNumber > old ? 'RAISE' : f.lastNumber < old ? 'LOWER' : 'SAME';
    changes.push({ caseTypeCode: f.caseTypeCode, year: f.year, before: old, after: f.lastNumber, kind, line: f.line });
  }
  changes.sort((a, b) => b.year - a.year || a.caseTypeCode.localeCompare(b.caseTypeCode));
  problems.sort((a, b) => a.line - b.line);
  return { shape, rowsRead, changes, problems };
}
