import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The kinds of paper document a counter prints, each with its own chosen printer. */
export const DOCUMENT_KINDS = ['receipt', 'statement', 'courtDocument'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** How the spooler says a printer is: READY takes and prints jobs; PAUSED keeps them; REJECTING refuses them. */
export type SpoolerState = 'READY' | 'PAUSED' | 'REJECTING';

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
  /** Absent when the system does not say (Chromium's list): taken as ready. */
  state?: SpoolerState;
}

export interface PrintJob {
  printer: string;
  /** The PDF's own page size is used; this says which paper the printer should expect. */
  paper: 'A4' | 'A5' | 'ROLL_80MM';
  copies: number;
  /** The job's name in the spooler's queue: the document, e.g. "Resit 10003-K1-2026-000001". */
  title: string;
}

/** What the spooler did with a print that did not reach paper. None of these is ever recorded as printed. */
export type PrintFailureReason =
  | 'MISSING' // no such printer (removed, renamed)
  | 'PAUSED' // the queue is stopped: the job would wait, so it is not left there
  | 'REJECTING' // the queue refuses new jobs
  | 'HELD' // the job was held in the queue
  | 'CANCELLED' // someone cancelled the job
  | 'ABORTED' // the spooler gave up on it (filter or backend error, printer fault)
  | 'VANISHED' // the spooler no longer knows the job, and never said it completed
  | 'TIMEOUT' // not completed in time; cancelled so it does not come out later
  | 'FAILED'; // anything else (the print command itself failed)

export class PrintFailure extends Error {
  constructor(
    readonly reason: PrintFailureReason,
    readonly jobId: string | null = null,
    detail = '',
  ) {
    super(`print ${reason}${jobId ? ` (${jobId})` : ''}${detail ? `: ${detail}` : ''}`);
    this.name = 'PrintFailure';
  }
}

/** What a print that reached its end left behind: the spooler's job id, when there is a spooler. */
export interface PrintDone {
  jobId: string | null;
}

/**
 * The machine's printers. Electron's adapter lists the real ones and prints the PDF file itself; the
 * browser host's "printer" is a folder. A failure throws: the record it prints is already saved.
 */
export interface PrinterPort {
  list(): Promise<PrinterInfo[]>;
  /** Resolves once the job has completed; rejects (a PrintFailure where the port can tell why) otherwise. */
  print(pdfFile: string, job: PrintJob): Promise<PrintDone>;
}

/** Which printer this PC uses for each kind of document: a machine preference, not a court record. */
export interface PrinterChoices {
  get(kind: DocumentKind): string | null;
  set(kind: DocumentKind, printer: string | null): void;
}

export const FOLDER_PRINTER = 'Folder cetakan (Simpan PDF)';

/** The browser host's printer: each job is a copy of the PDF in a folder, in the order printed. */
export function folderPrinter(dir: string): PrinterPort {
  let jobs = 0;
  return {
    list: () => Promise.resolve([{ name: FOLDER_PRINTER, isDefault: true, state: 'READY' }]),
    print: (pdfFile, job) => {
      if (job.printer !== FOLDER_PRINTER) return Promise.reject(new PrintFailure('MISSING'));
      mkdirSync(dir, { recursive: true });
      jobs += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      for (let copy = 1; copy <= job.copies; copy++) {
        copyFileSync(pdfFile, join(dir, `${stamp}-${String(jobs).padStart(4, '0')}-${copy}-${basename(pdfFile)}`));
      }
      return Promise.resolve({ jobId: null });
    },
  };
}

export function memoryPrinterChoices(initial: Partial<Record<DocumentKind, string>> = {}): PrinterChoices {
  const chosen: Partial<Record<DocumentKind, string>> = { ...initial };
  return {
    get: (kind) => chosen[kind] ?? null,
    set: (kind, printer) => {
      if (printer === null) delete chosen[kind];
      else chosen[kind] = printer;
    },
  };
}
