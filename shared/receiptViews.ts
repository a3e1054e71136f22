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
  totalSen: Sen;
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
  description: string;
  count: number;
  totalSen: Sen;
}

export interface DayCloseView {
  /** Court date YYYY-MM-DD. */
  date: string;
  counterId: string;
  closed: boolean;
  receipts: ReceiptView[];
  firstReceiptNumber: string | null;
  lastReceiptNumber: string | null;
  issuedCount: number;
  cancelledCount: number;
  /** Issued receipts only; cancelled ones are listed but not counted. */
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
