import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { ReceiptHeader, ReceiptView } from '@shared/receiptViews';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import { receiptDoc } from './receiptDoc';
import { renderPdf } from './render';
import type { Ledger } from '../ledger/ledger';
import { readReceiptSettings } from '../receipts/receiptSettings';
import { getReceipt } from '../receipts/receipts';

export function receiptHeader(ledger: Ledger): ReceiptHeader {
  const { court } = requireCourtConfig(ledger);
  return {
    courtName: court.courtName,
    stateName: court.stateName,
    departmentName: readReceiptSettings(ledger).departmentName,
  };
}

/** Writes a file so that it is either whole under its name or not there: temp name, fsync, rename. */
export function writeFileDurably(file: string, bytes: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** Where documents are saved: the ledger's data folder (an in-memory test ledger has none). */
export function dataDirOf(ledger: Ledger): string {
  if (ledger.dataDir === null) throw new Error('a ledger without a data folder cannot save documents');
  return ledger.dataDir;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The receipt's canonical PDF: rendered once, saved in the data folder, its SHA-256 recorded with the
 * receipt so any later copy can be checked against it. A receipt written by hand in a Kew. 38 book has
 * no PDF: the paper receipt is the document. If rendering or saving fails, the receipt stands as issued.
 */
export async function issueReceiptPdf(ledger: Ledger, actorId: number, receiptId: number): Promise<ReceiptView> {
  const receipt = getReceipt(ledger, receiptId);
  if (receipt.kew38Serial !== null || receipt.pdfSha256 !== null) return receipt;
  const dataDir = dataDirOf(ledger);
  const settings = readReceiptSettings(ledger);
  const bytes = await renderPdf(
    receiptDoc(receipt, receiptHeader(ledger), { paper: settings.receiptPaper, copy: false }),
  );
  const year = receipt.receiptNumber.split('-').at(-2) ?? 'tahun';
  const file = join(dataDir, 'dokumen', 'resit', year, `${receipt.receiptNumber}.pdf`);
  writeFileDurably(file, bytes);
  const hash = sha256(bytes);
  const stored = relative(dataDir, file).split('\\').join('/');
  ledger.db.transaction(() => {
    const changed = sql(
      ledger.db,
      'UPDATE receipts SET pdf_file = ?, pdf_sha256 = ? WHERE id = ? AND pdf_sha256 IS NULL',
    ).run(stored, hash, receiptId).changes;
    if (changed === 0) return;
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'receipt.pdf',
      entity: 'receipt',
      entityId: receiptId,
      data: { receiptNumber: receipt.receiptNumber, file: stored, sha256: hash, paper: settings.receiptPaper },
    });
  })();
  return getReceipt(ledger, receiptId);
}
