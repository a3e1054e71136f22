import type { FilingsRecordedView } from '@shared/filingViews';
import type { PaymentDraftView, ReceiptView } from '@shared/receiptViews';
import type { CourtFilings, CourtPayment } from '@shared/schemas/courtFolder';
import type { Db } from '../db/open';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { draftFor } from '../receipts/fees';
import { withReceiptPdf } from '../receipts/workflows';
import { courtCase } from './caseView';
import { recordCourtCaseFilings, takeCourtCasePayment } from './courtCases';

/*
 * The clerk actions on another counter's case (issue 20), as `receiveFilings` and `receivePayment` are on
 * this counter's own: the records in one transaction (courtCases.ts), then the receipt's PDF, which never
 * undoes them.
 */

/** Terima dokumen on another counter's case, then the receipt's PDF when a fee was charged. */
export async function receiveCourtCaseFilings(
  ledger: Ledger,
  replica: Db,
  actorId: number,
  input: CourtFilings,
  log: ErrorLog,
): Promise<FilingsRecordedView> {
  const { counter, caseId, ...filing } = input;
  const recorded = recordCourtCaseFilings(ledger, replica, actorId, { counter: counter.toUpperCase(), caseId }, filing);
  if (!recorded.receipt) return recorded;
  return { ...recorded, receipt: await withReceiptPdf(ledger, actorId, recorded.receipt, log) };
}

/** Terima bayaran on another counter's case, then the receipt's PDF. */
export function receiveCourtCasePayment(
  ledger: Ledger,
  replica: Db,
  actorId: number,
  input: CourtPayment,
  log: ErrorLog,
): Promise<ReceiptView> {
  const { counter, caseId, ...payment } = input;
  const receipt = takeCourtCasePayment(ledger, replica, actorId, { counter: counter.toUpperCase(), caseId }, payment);
  return withReceiptPdf(ledger, actorId, receipt, log);
}

/** The payment form's starting point on another counter's case: its type's fees, its first claimant paying. */
export function courtPaymentDraft(ledger: Ledger, replica: Db, counter: string, caseId: number): PaymentDraftView {
  const c = courtCase(replica, counter, caseId);
  const claimant = c.parties.find((p) => p.side === 'CLAIMANT');
  return draftFor(ledger, {
    caseId,
    caseNumber: c.caseNumber,
    caseTypeCode: c.caseTypeCode,
    proceeding: c.proceeding,
    payer: claimant ? { name: claimant.name, idNumber: claimant.idNumber } : undefined,
  });
}
