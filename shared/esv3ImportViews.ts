import type { Message } from './errors';
import type { CauseBookField, ColumnMapping } from './schemas/esv3Import';

/** A row that could not be read or is refused, by its line in the file (the header is line 1). */
export interface ImportProblem {
  line: number;
  reason: Message;
}

export interface ImportFileFacts {
  /** Names the file held for apply; the renderer sends it back with the digest. */
  importId: string;
  fileName: string;
  sha256: string;
  bytes: number;
  format: 'CSV' | 'XLSX';
  encoding: 'UTF-8' | 'UTF-8 (BOM)' | 'Windows-1252' | null;
  /** Data rows read (the header not counted, empty lines skipped). */
  rowsRead: number;
}

export type NumberChangeKind = 'NEW' | 'RAISE' | 'LOWER' | 'SAME';

export interface NumberChange {
  /** A kod kes, or "*" when one series covers every case type. */
  caseTypeCode: string;
  year: number;
  before: number | null;
  after: number;
  kind: NumberChangeKind;
  /** The line the figure came from. */
  line: number;
}

export interface NumbersImportPreview {
  file: ImportFileFacts;
  /** A table of last numbers, or a list of case numbers of which the highest per series is taken. */
  shape: 'TABLE' | 'CASE_NUMBERS';
  changes: NumberChange[];
  problems: ImportProblem[];
  /** What apply must find again, unchanged, before it writes. */
  digest: string;
}

export interface NumbersImportResult {
  fileName: string;
  sha256: string;
  applied: NumberChange[];
  problems: number;
}

export interface ReferenceCaseDraft {
  line: number;
  caseNumber: string;
  registeredOn: string | null;
  caseType: string | null;
  parties: string;
  idNumbers: string[];
  kind: 'ADD' | 'UPDATE' | 'SAME';
}

export interface CauseBookImportView {
  id: number;
  fileName: string;
  sha256: string;
  importedAt: string;
  importedBy: string;
  rowsRead: number;
  added: number;
  updated: number;
  refused: number;
}

export interface CauseBookPreview {
  file: ImportFileFacts;
  headers: string[];
  /** The first rows as read, for the mapping step. */
  sample: string[][];
  mapping: ColumnMapping;
  /** The required fields no column is mapped to: the supervisor maps them first. */
  missing: CauseBookField[];
  /** The first rows as they would be kept. */
  rows: ReferenceCaseDraft[];
  counts: { add: number; update: number; same: number };
  problems: ImportProblem[];
  /** This very file was imported before. */
  previous: CauseBookImportView | null;
  digest: string;
}

export interface CauseBookImportResult {
  import: CauseBookImportView;
  totalReferenceCases: number;
}

/** A case from ESV3's cause book: reference only, never a record of this counter. */
export interface ReferenceCaseView {
  caseNumber: string;
  registeredOn: string | null;
  caseType: string | null;
  parties: string;
  /** The kod kes the number carries, when the court's template has one. */
  caseTypeCode: string | null;
  claimant: ReferenceParty;
  respondent: ReferenceParty | null;
  idNumbers: string[];
  source: { fileName: string; importedAt: string };
}

export interface ReferenceParty {
  name: string;
  /** 12 digits, when the cause book gives it. */
  idNumber: string | null;
}
