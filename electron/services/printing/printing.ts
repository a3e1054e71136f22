import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The kinds of paper document a counter prints, each with its own chosen printer. */
export const DOCUMENT_KINDS = ['receipt', 'statement', 'courtDocument'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export interface PrinterInfo {
  name: string;
  isDefault: boolean;
}

export interface PrintJob {
  printer: string;
  /** The PDF's own page size is used; this says which paper the printer should expect. */
  paper: 'A4' | 'A5' | 'ROLL_80MM';
  copies: number;
}

/**
 * The machine's printers. Electron's adapter lists the real ones and prints the PDF file itself; the
 * browser host's "printer" is a folder. A failure throws: the record it prints is already saved.
 */
export interface PrinterPort {
  list(): Promise<PrinterInfo[]>;
  print(pdfFile: string, job: PrintJob): Promise<void>;
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
    list: () => Promise.resolve([{ name: FOLDER_PRINTER, isDefault: true }]),
    print: (pdfFile, job) => {
      if (job.printer !== FOLDER_PRINTER) return Promise.reject(new Error(`no printer named ${job.printer}`));
      mkdirSync(dir, { recursive: true });
      jobs += 1;
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      for (let copy = 1; copy <= job.copies; copy++) {
        copyFileSync(pdfFile, join(dir, `${stamp}-${String(jobs).padStart(4, '0')}-${copy}-${basename(pdfFile)}`));
      }
      return Promise.resolve();
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
