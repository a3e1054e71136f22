import type { DayCloseView, ReceiptView } from '@shared/receiptViews';
import type { TakePayment } from '@shared/schemas/payment';
import type { Backups } from '../backup/schedule';
import { withDocument } from '../documents/afterRecord';
import { issueReceiptPdf } from '../documents/store';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { closeDay, type DayCount } from './dayClose';
import { takePayment } from './receipts';

/**
 * A receipt just issued, with its PDF made and recorded; the payment is recorded whatever happens to its
 * PDF (the PDF is made again when printed). For every clerk action that issues a receipt.
 */
export function withReceiptPdf(
  ledger: Ledger,
  actorId: number,
  receipt: ReceiptView,
  log: ErrorLog,
): Promise<ReceiptView> {
  return withDocument(receipt, (issued) => issueReceiptPdf(ledger, actorId, issued.id), {
    log,
    failed: `receipt ${receipt.receiptNumber}: PDF not saved`,
  });
}

/** Terima bayaran: the payment and its receipt in one transaction, then the receipt's PDF. */
export function receivePayment(
  ledger: Ledger,
  actorId: number,
  input: TakePayment,
  log: ErrorLog,
): Promise<ReceiptView> {
  return withReceiptPdf(ledger, actorId, takePayment(ledger, actorId, input), log);
}

/**
 * Tutup kaunter, confirmed by `supervisorId`, then a backup: every day close is backed up when a backup
 * folder is chosen. A backup that fails is shown in Tetapan → Sandaran; the close stands.
 */
export async function closeDayAndBackUp(
  ledger: Ledger,
  actorId: number,
  supervisorId: number,
  day: DayCount & { date: string },
  ports: { backups: Backups; log: ErrorLog },
): Promise<DayCloseView> {
  const closed = closeDay(ledger, actorId, supervisorId, day.date, day);
  if (ports.backups.plan.get().dir) {
    await ports.backups
      .run(ledger)
      .catch((error: unknown) => ports.log.error('backup after day close failed', (error as Error).message));
  }
  return closed;
}
