import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, ref, renderMalay, type MessageKey, type MessageRef } from '@shared/errors';
import type { PrintersView, PrintResultView } from '@shared/receiptViews';
import { actionCount, appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { dayStatement } from '../receipts/dayClose';
import { sql } from '../db/statements';
import { dayCloseDoc } from '../documents/dayCloseDoc';
import { chainHeadLine, statementHead } from '../integrity/statementHead';
import { receiptDoc } from '../documents/receiptDoc';
import { renderPdf } from '../documents/render';
import type { Ledger } from '../ledger/ledger';
import {
  PrintFailure,
  type DocumentKind,
  type PrinterChoices,
  type PrinterInfo,
  type PrinterPort,
  type PrintFailureReason,
  type PrintJob,
} from './printing';
import { dataDirOf, issueReceiptPdf, receiptHeader, sha256, writeFileDurably } from '../documents/store';
import { readReceiptSettings } from '../receipts/receiptSettings';
import { getReceipt } from '../receipts/receipts';
import { toDayMonthYear } from '@shared/dayMonthYear';

export interface Printing {
  port: PrinterPort;
  choices: PrinterChoices;
}

export type PrintResult = PrintResultView;

export async function listPrinters(printing: Printing): Promise<PrintersView> {
  let printers: PrinterInfo[] = [];
  try {
    printers = await printing.port.list();
  } catch {
    printers = [];
  }
  return {
    printers,
    chosen: {
      receipt: printing.choices.get('receipt'),
      statement: printing.choices.get('statement'),
      courtDocument: printing.choices.get('courtDocument'),
    },
  };
}

export async function choosePrinter(
  printing: Printing,
  kind: DocumentKind,
  printer: string | null,
): Promise<PrintersView> {
  if (printer !== null) {
    const known = (await printing.port.list()).some((p) => p.name === printer);
    if (!known) throw new AppError('PRINTER', 'Pencetak "{printer}" tidak dijumpai pada komputer ini.', { printer });
  }
  printing.choices.set(kind, printer);
  return listPrinters(printing);
}

const KIND_LABELS: Record<DocumentKind, MessageRef> = {
  receipt: ref('resit'),
  statement: ref('penyata'),
  courtDocument: ref('saman, permohonan dan buku kausa'),
};

/** What the clerk reads when the spooler did not print, by what went wrong: each says what to do. */
const FAILURE_KEYS: Record<PrintFailureReason, MessageKey> = {
  MISSING:
    'Pencetak "{printer}" tiada lagi pada komputer ini (mungkin dibuang atau ditukar nama). {what} telah disimpan dan tidak dicetak: pilih pencetak lain, atau simpan PDF.',
  PAUSED:
    'Pencetak "{printer}" dihentikan sementara dalam sistem cetakan. {what} telah disimpan dan tidak dicetak: minta ICT menyambung semula pencetak itu dan cuba lagi, atau pilih pencetak lain.',
  REJECTING:
    'Pencetak "{printer}" tidak menerima cetakan sekarang. {what} telah disimpan dan tidak dicetak: minta ICT membenarkan semula pencetak itu, atau pilih pencetak lain.',
  HELD: 'Cetakan ditahan dalam baris gilir pencetak "{printer}" dan telah dibatalkan supaya tidak keluar kemudian. {what} telah disimpan dan tidak dicetak: cuba lagi, pilih pencetak lain, atau simpan PDF.',
  CANCELLED:
    'Cetakan di pencetak "{printer}" telah dibatalkan. {what} telah disimpan dan tidak dicetak: cuba lagi jika masih perlu.',
  VANISHED:
    'Cetakan di pencetak "{printer}" hilang dari baris gilir sebelum selesai, jadi tidak dikira sebagai dicetak. {what} telah disimpan: semak kertas yang keluar, kemudian cuba lagi atau simpan PDF.',
  TIMEOUT:
    'Pencetak "{printer}" tidak menyiapkan cetakan dalam masa yang munasabah; cetakan itu telah dibatalkan. {what} telah disimpan dan tidak dicetak: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.',
  ABORTED:
    'Pencetak "{printer}" gagal mencetak. {what} telah disimpan dan tidak hilang: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.',
  FAILED:
    'Pencetak "{printer}" gagal mencetak. {what} telah disimpan dan tidak hilang: semak pencetak (kuasa, kertas, kabel) dan cuba lagi, atau simpan PDF.',
};

/** The audit event a failed attempt leaves, so every attempt, printed or not, is in the ledger. */
export interface FailedPrintAudit {
  ledger: Ledger;
  actorId: number;
  action: string;
  entity: string;
  entityId: string | number;
  data: Record<string, unknown>;
}

export interface Sent {
  printer: string;
  /** The spooler's job id (null for a printer with no queue to follow: the folder, Windows). */
  jobId: string | null;
}

/**
 * Sends a saved PDF to the chosen printer and waits until the spooler says it printed. A printer that is
 * off, paused, refusing or missing, or a job that failed, was held or vanished, is told plainly, the
 * attempt is audited as failed (when `failed` says how), and nothing is lost: the PDF is already saved.
 */
export async function send(
  printing: Printing,
  kind: DocumentKind,
  file: string,
  job: Omit<PrintJob, 'printer' | 'title'>,
  what: MessageRef,
  failed?: FailedPrintAudit,
): Promise<Sent> {
  const printer = printing.choices.get(kind);
  if (printer === null) {
    throw new AppError(
      'PRINTER',
      'Tiada pencetak dipilih untuk {kind}. {what} telah disimpan; pilih pencetak di Tetapan → Pencetak, kemudian cetak semula.',
      { kind: KIND_LABELS[kind], what },
    );
  }
  try {
    const done = await printing.port.print(file, { ...job, printer, title: renderMalay(what.key, what.values) });
    return { printer, jobId: done.jobId };
  } catch (error) {
    const reason: PrintFailureReason = error instanceof PrintFailure ? error.reason : 'FAILED';
    const jobId = error instanceof PrintFailure ? error.jobId : null;
    if (failed) {
      failed.ledger.db.transaction(() => {
        appendAudit(failed.ledger.db, {
          at: failed.ledger.clock().toISOString(),
          actor: userActor(failed.actorId),
          action: failed.action,
          entity: failed.entity,
          entityId: failed.entityId,
          data: { ...failed.data, printer, reason, jobId },
        });
      })();
    }
    throw new AppError('PRINTER', FAILURE_KEYS[reason], { printer, what });
  }
}

/**
 * Prints (or only saves) a receipt. The first print is the original PDF, checked against its recorded
 * SHA-256; every later one, and any print of a cancelled receipt, is a fresh copy stamped SALINAN/BATAL.
 */
export async function printReceipt(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  receiptId: number,
  toPrinter: boolean,
): Promise<PrintResult> {
  const dataDir = dataDirOf(ledger);
  let receipt = getReceipt(ledger, receiptId);
  if (receipt.kew38Serial !== null) {
    throw new AppError(
      'CONFLICT',
      'Resit {receiptNumber} ditulis tangan dalam buku Kew. 38 ({kew38Serial}): resit bertulis tangan itu ialah resit rasmi; aplikasi tidak mencetak resit ini.',
      { receiptNumber: receipt.receiptNumber, kew38Serial: receipt.kew38Serial },
    );
  }
  receipt = await issueReceiptPdf(ledger, actorId, receiptId);
  const paper = readReceiptSettings(ledger).receiptPaper;
  const printedBefore = actionCount(ledger.db, 'receipt', receiptId, 'receipt.print') > 0;
  let file: string;
  let copy = false;
  if (printedBefore || receipt.status === 'CANCELLED') {
    copy = printedBefore;
    const bytes = await renderPdf(receiptDoc(receipt, receiptHeader(ledger), { paper, copy }));
    file = join(dataDir, 'dokumen', 'salinan', `${receipt.receiptNumber}-${Date.now()}.pdf`);
    writeFileDurably(file, bytes);
  } else {
    const stored = sql(ledger.db, 'SELECT pdf_file AS f FROM receipts WHERE id = ?').get(receiptId) as { f: string };
    file = join(dataDir, stored.f);
    // The original must still be the document whose hash was recorded; if not, make it again (rendering is
    // deterministic) and refuse if even that differs.
    if (!existsSync(file) || sha256(readFileSync(file)) !== receipt.pdfSha256) {
      const bytes = await renderPdf(receiptDoc(receipt, receiptHeader(ledger), { paper, copy: false }));
      if (sha256(bytes) !== receipt.pdfSha256) {
        throw new AppError(
          'STORAGE',
          'PDF asal resit {receiptNumber} telah berubah dan tidak dapat dibina semula. Hubungi ICT.',
          { receiptNumber: receipt.receiptNumber },
        );
      }
      writeFileDurably(file, bytes);
    }
  }
  if (!toPrinter) return { pdfFile: file, copy, printed: false, printerName: null };
  const fileSha = sha256(readFileSync(file));
  const { printer, jobId } = await send(
    printing,
    'receipt',
    file,
    { paper, copies: 1 },
    ref('Resit {receiptNumber}', { receiptNumber: receipt.receiptNumber }),
    {
      ledger,
      actorId,
      action: 'receipt.printFailed',
      entity: 'receipt',
      entityId: receiptId,
      data: { receiptNumber: receipt.receiptNumber, copy, sha256: fileSha },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'receipt.print',
      entity: 'receipt',
      entityId: receiptId,
      data: { receiptNumber: receipt.receiptNumber, printer, copy, sha256: fileSha, jobId },
    });
  })();
  return { pdfFile: file, copy, printed: true, printerName: printer };
}

/** The day's collector's statement as a PDF (A4), saved and optionally printed for signature. */
export async function printDayStatement(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  date: string,
  toPrinter: boolean,
): Promise<PrintResult> {
  const dataDir = dataDirOf(ledger);
  const { court } = requireCourtConfig(ledger);
  const day = dayStatement(ledger, date);
  const head = statementHead(ledger.db, date, court.counterId);
  const bytes = await renderPdf(dayCloseDoc(day, receiptHeader(ledger), head ? chainHeadLine(head) : null));
  // A day reopened and closed again keeps the statement of each close: version 2 on is a file of its own.
  const version = day.version !== null && day.version > 1 ? `-v${day.version}` : '';
  const file = join(dataDir, 'dokumen', 'penyata', `${date}-${court.counterId}${day.closed ? version : '-draf'}.pdf`);
  writeFileDurably(file, bytes);
  const hash = sha256(bytes);
  if (day.closed) {
    sql(
      ledger.db,
      'UPDATE day_closes SET pdf_sha256 = ? WHERE court_date = ? AND counter_id = ? AND version = ? AND pdf_sha256 IS NULL',
    ).run(hash, date, court.counterId, day.version);
  }
  if (!toPrinter) return { pdfFile: file, copy: false, printed: false, printerName: null };
  const { printer, jobId } = await send(
    printing,
    'statement',
    file,
    { paper: 'A4', copies: 1 },
    ref('Penyata {date}', { date: toDayMonthYear(date) }),
    {
      ledger,
      actorId,
      action: 'day.printFailed',
      entity: 'dayClose',
      entityId: `${date}/${court.counterId}`,
      data: { sha256: hash, closed: day.closed },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'day.print',
      entity: 'dayClose',
      entityId: `${date}/${court.counterId}`,
      data: { printer, sha256: hash, closed: day.closed, jobId },
    });
  })();
  return { pdfFile: file, copy: false, printed: true, printerName: printer };
}
