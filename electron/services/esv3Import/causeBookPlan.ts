import type { CauseBookImportView, ImportProblem, ReferenceCaseDraft } from '@shared/esv3ImportViews';
import { REQUIRED_CAUSE_BOOK_FIELDS, type CauseBookField, type ColumnMapping } from '@shared/schemas/esv3Import';
import { courtYear } from '@shared/time';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { caseNumberReader } from './caseNumbers';
import { readCauseBookRows, type CauseBookRow } from './causeBookRows';
import { columnOf } from './headers';
import type { ImportTable } from './table';

export interface CauseBookPlan {
  headers: string[];
  hasHeader: boolean;
  sample: string[][];
  mapping: ColumnMapping;
  missing: CauseBookField[];
  rowsRead: number;
  rows: (CauseBookRow & { kind: ReferenceCaseDraft['kind'] })[];
  problems: ImportProblem[];
}

const noColumns: ColumnMapping = {
  caseNumber: null,
  registeredOn: null,
  caseType: null,
  parties: null,
  idNumbers: null,
};

/** The columns recognised from the header, or by position when the file has no header. */
function autoMapping(table: ImportTable, hasHeader: boolean, numberColumn: number): ColumnMapping {
  const headers = table.rows[0]?.cells ?? [];
  if (hasHeader) {
    return {
      caseNumber: columnOf(headers, 'caseNumber'),
      registeredOn: columnOf(headers, 'registeredOn'),
      caseType: columnOf(headers, 'caseType'),
      parties: columnOf(headers, 'parties'),
      idNumbers: columnOf(headers, 'idNumbers'),
    };
  }
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  if (numberColumn === 0 && width >= 4)
    return { caseNumber: 0, registeredOn: 1, caseType: 2, parties: 3, idNumbers: width > 4 ? 4 : null };
  return { ...noColumns, caseNumber: numberColumn };
}

interface StoredRow {
  case_number: string;
  registered_on: string | null;
  case_type: string | null;
  parties: string;
  id_numbers: string;
}

/**
 * What importing a cause book would add and update, read through `mapping` (or the columns the header
 * names). The preview shows it; the apply makes it again inside its transaction.
 */
export function planCauseBookImport(ledger: Ledger, table: ImportTable, given?: ColumnMapping): CauseBookPlan {
  const reader = caseNumberReader(requireCourtConfig(ledger), courtYear(ledger.clock()));
  const first = table.rows[0]?.cells ?? [];
  const numberColumn = first.findIndex((c) => !('reason' in reader.read(c)));
  const hasHeader = numberColumn < 0;
  const width = Math.max(...table.rows.map((r) => r.cells.length));
  const headers = hasHeader
    ? Array.from({ length: width }, (_, i) => first[i] || `Lajur ${i + 1}`)
    : Array.from({ length: width }, (_, i) => `Lajur ${i + 1}`);
  const data = hasHeader ? table.rows.slice(1) : table.rows;
  const mapping = given ?? autoMapping(table, hasHeader, numberColumn);
  const missing = REQUIRED_CAUSE_BOOK_FIELDS.filter((f) => mapping[f] === null || mapping[f] >= width);
  const sample = data.slice(0, 5).map((r) => r.cells);
  const problems: ImportProblem[] = [];
  if (missing.length > 0) {
    return { headers, hasHeader, sample, mapping, missing, rowsRead: data.length, rows: [], problems };
  }
  const read = readCauseBookRows(data, mapping, reader, problems);
  const stored = sql(
    ledger.db,
    'SELECT case_number, registered_on, case_type, parties, id_numbers FROM esv3_cause_book WHERE case_number = ?',
  );
  const rows = read.map((row) => {
    const old = stored.get(row.caseNumber) as StoredRow | undefined;
    const same =
      old !== undefined &&
      old.registered_on === row.registeredOn &&
      old.case_type === row.caseType &&
      old.parties === row.parties &&
      old.id_numbers === row.idNumbers.join(' ');
    const kind: ReferenceCaseDraft['kind'] = old === undefined ? 'ADD' : same ? 'SAME' : 'UPDATE';
    return { ...row, kind };
  });
  return { headers, hasHeader, sample, mapping, missing, rowsRead: data.length, rows, problems };
}

export function causeBookImportViews(ledger: Ledger, where = '', ...params: string[]): CauseBookImportView[] {
  return sql(
    ledger.db,
    `SELECT i.id, i.file_name AS fileName, i.sha256, i.imported_at AS importedAt, COALESCE(u.name, 'Baris arahan (CLI)') AS importedBy,
            i.rows_read AS rowsRead, i.rows_added AS added, i.rows_updated AS updated, i.rows_refused AS refused
       FROM esv3_cause_book_imports i LEFT JOIN users u ON u.id = i.imported_by ${where} ORDER BY i.id DESC`,
  ).all(...params) as CauseBookImportView[];
}
