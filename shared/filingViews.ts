import type { ReceiptView } from './receiptViews';

export interface FilingTypeView {
  code: string;
  name: string;
  feeCode: string | null;
  /** The fee's amount in the schedule today (null: no fee, or a fee code no longer in the schedule). */
  feeSen: number | null;
  active: boolean;
}

export interface FilingView {
  id: number;
  caseId: number;
  typeCode: string;
  typeName: string;
  description: string | null;
  quantity: number;
  amountSen: number;
  receivedAt: string;
  receivedBy: string;
  receiptId: number | null;
  receiptNumber: string | null;
}

export interface FilingsRecordedView {
  filings: FilingView[];
  /** Null when none of the documents carries a fee. */
  receipt: ReceiptView | null;
}
