/** Receipts and the day close, as the ledger hands them to screens and documents. */
import type { PaymentMethod, ReceiptPaper, ReceiptStatus, Sen, SenWording } from './domain';

export interface ReceiptItemView {
  line: number;
  feeCode: string;
  description: string;
  quantity: number;
  amountSen: Sen;
  /** Why a waived line stands at RM 0.00. */
  exemptReason: string | null;
}

export interface ReceiptView {
  id: number;
  /** e.g. 05005-K1-2026-000123 */
  receiptNumber: string;
  issuedAt: string;
  issuedBy: string;
  counterId: string;
  caseId: number | null;
  caseNumber: string | null;
  payerName: string;
  payerIdNumber: string | null;
  method: PaymentMethod;
  /** Cheque bank. */
  chequeBank: string | null;
  /** Cheque, money/postal order number, card approval code or EFT reference. */
  methodReference: string | null;
  tenderedSen: Sen | null;
  changeSen: Sen | null;
  /** The lines' total. */
  totalSen: Sen;
  /** Bank Negara's 5-sen rounding of a cash total (Pelarasan bundaran), −2 to +2; 0 when not applied. */
  roundingSen: Sen;
  /** The court date whose collection this receipt belongs to: the next working day when paid after the close. */
  collectionDate: string;
  /** "Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja" */
  amountInWords: string;
  items: ReceiptItemView[];
  kew38Serial: string | null;
  igfmasRef: string | null;
  ispeksRef: string | null;
  note: string | null;
  status: ReceiptStatus;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  replacesReceiptId: number | null;
  replacesReceiptNumber: string | null;
  replacedByReceiptId: number | null;
  replacedByReceiptNumber: string | null;
  pdfSha256: string | null;
}

/** What the printed receipt needs besides the receipt itself. */
export interface ReceiptHeader {
  courtName: string;
  stateName: string;
  /** "JABATAN KEHAKIMAN SYARIAH NEGERI ..." */
  departmentName: string;
}

export interface DayCloseMethodTotal {
  method: PaymentMethod;
  count: number;
  totalSen: Sen;
}

export interface DayCloseFeeTotal {
  feeCode: string;
  /** The fee's name, without a line's "× 8". */
  description: string;
  /** Units received (the lines' quantities summed), not lines. */
  count: number;
  totalSen: Sen;
}

/** One signed close of a day; a reopened day closed again has the next version, the earlier kept. */
export interface DayCloseVersionView {
  version: number;
  closedAt: string;
  preparedBy: string;
  checkedBy: string;
  cashCountedSen: Sen;
  cashExpectedSen: Sen;
  totalSen: Sen;
  differenceNote: string | null;
}

/** A supervisor reopening a closed day, with their reason. */
export interface DayReopenView {
  /** The close version reopened. */
  version: number;
  reopenedAt: string;
  reopenedBy: string;
  approvedBy: string;
  reason: string;
}

export interface DayCloseView {
  /** Court date YYYY-MM-DD. */
  date: string;
  counterId: string;
  closed: boolean;
  /** The version of the close shown (the latest); null while the day is open. */
  version: number | null;
  /** Every close and reopen of the day, oldest first. */
  closes: DayCloseVersionView[];
  reopens: DayReopenView[];
  /** The 5-sen rounding of the day's cash receipts, within totalSen and cashExpectedSen. */
  roundingSen: Sen;
  differenceNote: string | null;
  receipts: ReceiptView[];
  firstReceiptNumber: string | null;
  lastReceiptNumber: string | null;
  issuedCount: number;
  cancelledCount: number;
  /** Issued receipts only, rounding included; cancelled ones are listed but not counted. */
  totalSen: Sen;
  byMethod: DayCloseMethodTotal[];
  byFee: DayCloseFeeTotal[];
  cashExpectedSen: Sen;
  cashCountedSen: Sen | null;
  differenceSen: Sen | null;
  preparedBy: string | null;
  preparedAt: string | null;
  checkedBy: string | null;
  checkedAt: string | null;
}

export interface FeeItemView {
  code: string;
  name: string;
  amountSen: Sen;
  active: boolean;
  /** The clerk types the amount on each receipt, within minSen and maxSen (amountSen unused). */
  amountTyped: boolean;
  minSen: Sen | null;
  maxSen: Sen | null;
}

export interface DefaultFeeLine {
  feeCode: string;
  quantity: number;
}

export interface FeeScheduleView {
  items: FeeItemView[];
  /** Lines pre-filled for a proceeding ('SAMAN', 'PERMOHONAN') or a case type ('TYPE:024'). */
  defaults: { appliesTo: string; lines: DefaultFeeLine[] }[];
}

/** What the payment form starts from for a case: its default lines and the filing party as payer. */
export interface PaymentDraftView {
  caseId: number;
  caseNumber: string;
  lines: (DefaultFeeLine & { description: string; unitSen: Sen; amountSen: Sen })[];
  payerName: string;
  payerIdNumber: string | null;
}

export interface ReceiptSettingsView {
  senWording: SenWording;
  receiptPaper: ReceiptPaper;
  departmentName: string;
  cashRounding: boolean;
  maxCashSen: Sen;
  changeConfirmSen: Sen;
}

/** To which day's collection a payment taken now belongs, for the notice on the payment forms. */
export interface CollectionDayView {
  today: string;
  todayClosed: boolean;
  collectionDate: string;
}

export interface PrintResultView {
  /** Where the PDF is kept in the data folder. */
  pdfFile: string;
  /** Stamped SALINAN: the original was printed before. */
  copy: boolean;
  printed: boolean;
  printerName: string | null;
}

export interface PrintersView {
  printers: { name: string; isDefault: boolean }[];
  chosen: { receipt: string | null; statement: string | null; courtDocument: string | null };
}
