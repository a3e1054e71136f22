/** The recovery worklist: every record of the outages ESV3 is back from, and how far its re-entry is. */
import type { CaseSource, CaseStatus, OutageCloseKind, Sen, SopOption } from './domain';

/** BELUM: still to enter in ESV3; SELESAI: entered; TIADA_TINDAKAN: cancelled, nothing to enter. */
export type RecoveryState = 'BELUM' | 'SELESAI' | 'TIADA_TINDAKAN';

export interface RecoveryReceiptItem {
  receiptId: number;
  receiptNumber: string;
  issuedAt: string;
  totalSen: Sen;
  cancelled: boolean;
  esv3PaymentRef: string | null;
  doneAt: string | null;
  doneBy: string | null;
  state: RecoveryState;
}

export interface RecoveryCaseItem {
  caseId: number;
  caseNumber: string;
  source: CaseSource;
  caseTypeCode: string;
  caseTypeName: string;
  partiesLine: string;
  registeredAt: string;
  caseStatus: CaseStatus;
  outageId: number;
  esv3CaseNumber: string | null;
  doneAt: string | null;
  doneBy: string | null;
  /** ESV3 gave a number other than the counter's: the parties get a notice. */
  numberChanged: boolean;
  /** A notice for the current ESV3 number is registered in the documents. */
  noticeIssued: boolean;
  state: RecoveryState;
  receipts: RecoveryReceiptItem[];
}

export interface RecoveryOutageProgress {
  outageId: number;
  sopOption: SopOption;
  startedAt: string;
  closedAt: string;
  closeKind: OutageCloseKind | null;
  /** Cases of the outage (cancelled ones count as done: nothing to enter). */
  total: number;
  done: number;
  recovered: boolean;
}

export interface RecoveryWorklistView {
  /** An outage has been closed as "ESV3 pulih": the worklist applies. */
  active: boolean;
  outages: RecoveryOutageProgress[];
  total: number;
  done: number;
  allRecovered: boolean;
  /** The items matching the filter, in registration order, at most `limit`. */
  items: RecoveryCaseItem[];
  matching: number;
  limit: number;
}

export interface RecordEsv3Result {
  item: RecoveryCaseItem;
  /** The outage this record belongs to is now fully recovered. */
  outageRecovered: boolean;
}
