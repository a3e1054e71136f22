import type { FilingsRecordedView } from '@shared/filingViews';
import type { RecordFilings } from '@shared/schemas/filing';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { withReceiptPdf } from '../receipts/workflows';
import { recordFilings } from './filings';

/**
 * Terima dokumen: the filings (and their fee's receipt, when one is charged) in one transaction, then the
 * receipt's PDF; the filings and the receipt stand whatever happens to the PDF.
 */
export async function receiveFilings(
  ledger: Ledger,
  actorId: number,
  input: RecordFilings,
  log: ErrorLog,
): Promise<FilingsRecordedView> {
  const recorded = recordFilings(ledger, actorId, input);
  if (!recorded.receipt) return recorded;
  return { ...recorded, receipt: await withReceiptPdf(ledger, actorId, recorded.receipt, log) };
}
