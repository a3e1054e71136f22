import { PAYMENT_METHODS, type PaymentMethod, type Sen } from '@shared/domain';
import { formatRinggit, parseRinggit } from '@shared/money';
import type { TakePaymentInput } from '@shared/schemas/payment';
import type { FeeItemView, PaymentDraftView, ReceiptView } from '@shared/receiptViews';
import { strings } from '../i18n/strings';
import type { ExtraIssue } from '../lib/formResolver';

export interface PaymentLineForm {
  feeCode: string;
  quantity: string;
  exempt: boolean;
  exemptReason: string;
}

/** What the payment form's inputs hold: text, as typed. */
export interface PaymentForm {
  lines: PaymentLineForm[];
  payerName: string;
  payerIdNumber: string;
  method: PaymentMethod;
  tenderedText: string;
  chequeBank: string;
  methodReference: string;
  kew38Serial: string;
  igfmasRef: string;
  ispeksRef: string;
  note: string;
  confirmLargeAmount: boolean;
}

export const paymentRename: Record<string, string> = { tenderedSen: 'tenderedText' };

export const emptyLine: PaymentLineForm = { feeCode: '', quantity: '1', exempt: false, exemptReason: '' };

export function isPaymentMethod(value: string): value is PaymentMethod {
  return (PAYMENT_METHODS as readonly string[]).includes(value);
}

export function paymentFromDraft(draft: PaymentDraftView): PaymentForm {
  return {
    lines: draft.lines.map((l) => ({
      feeCode: l.feeCode,
      quantity: String(l.quantity),
      exempt: false,
      exemptReason: '',
    })),
    payerName: draft.payerName,
    payerIdNumber: draft.payerIdNumber ?? '',
    method: 'CASH',
    tenderedText: '',
    chequeBank: '',
    methodReference: '',
    kew38Serial: '',
    igfmasRef: '',
    ispeksRef: '',
    note: '',
    confirmLargeAmount: false,
  };
}

/**
 * A replacement starts from the cancelled receipt: its payer, method and lines, each with the quantity
 * and any waiver (and its reason) the receipt recorded. Amounts follow today's schedule.
 */
export function paymentFromReceipt(receipt: ReceiptView): PaymentForm {
  return {
    lines: receipt.items.map((item) => ({
      feeCode: item.feeCode,
      quantity: String(item.quantity),
      exempt: item.exemptReason !== null,
      exemptReason: item.exemptReason ?? '',
    })),
    payerName: receipt.payerName,
    payerIdNumber: receipt.payerIdNumber ?? '',
    method: receipt.method,
    tenderedText: '',
    chequeBank: receipt.chequeBank ?? '',
    methodReference: receipt.methodReference ?? '',
    kew38Serial: '',
    igfmasRef: receipt.igfmasRef ?? '',
    ispeksRef: receipt.ispeksRef ?? '',
    note: receipt.note ?? '',
    confirmLargeAmount: false,
  };
}

function quantityOf(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** Each line's amount in sen at the schedule's rate (0 when exempt, unknown fee or bad quantity). */
export function lineAmounts(lines: PaymentLineForm[], fees: FeeItemView[]): Sen[] {
  const rate = new Map(fees.map((f) => [f.code, f.amountSen]));
  return lines.map((line) => {
    const q = quantityOf(line.quantity);
    if (line.exempt || !Number.isFinite(q)) return 0;
    return (rate.get(line.feeCode) ?? 0) * q;
  });
}

export function totalOf(lines: PaymentLineForm[], fees: FeeItemView[]): Sen {
  return lineAmounts(lines, fees).reduce((a, b) => a + b, 0);
}

/** Tendered text → sen; null when blank, NaN when not an amount (the schema then says so). */
export function tenderedSen(text: string): number | null {
  if (text.trim() === '') return null;
  return parseRinggit(text) ?? Number.NaN;
}

export function paymentToInput(v: PaymentForm, caseId: number, replacesReceiptId: number | null): TakePaymentInput {
  const cash = v.method === 'CASH';
  const cheque = v.method === 'CHEQUE';
  return {
    caseId,
    lines: v.lines.map((l) => ({
      feeCode: l.feeCode,
      quantity: quantityOf(l.quantity),
      exemptReason: l.exempt ? l.exemptReason : '',
    })),
    payerName: v.payerName,
    payerIdNumber: v.payerIdNumber,
    method: v.method,
    tenderedSen: cash ? tenderedSen(v.tenderedText) : null,
    chequeBank: cheque ? v.chequeBank : '',
    methodReference: cash ? '' : v.methodReference,
    kew38Serial: v.kew38Serial,
    igfmasRef: v.igfmasRef,
    ispeksRef: v.ispeksRef,
    note: v.note.trim() === '' ? null : v.note,
    replacesReceiptId,
    confirmLargeAmount: v.confirmLargeAmount,
  };
}

/** Checks the schema cannot make: an exempt line needs its reason; cash tendered covers the total. */
export function paymentExtraIssues(fees: FeeItemView[]) {
  const { ms } = strings();
  return (v: PaymentForm): ExtraIssue[] => {
    const issues: ExtraIssue[] = [];
    v.lines.forEach((l, i) => {
      if (l.exempt && l.exemptReason.trim() === '') {
        issues.push({ path: `lines.${i}.exemptReason`, message: ms.pay.exemptRequired });
      }
      if (l.feeCode === '') issues.push({ path: `lines.${i}.feeCode`, message: ms.pay.feeRequired });
    });
    if (v.method === 'CASH') {
      const tendered = tenderedSen(v.tenderedText);
      const total = totalOf(v.lines, fees);
      if (tendered !== null && Number.isNaN(tendered)) {
        issues.push({ path: 'tenderedText', message: ms.pay.tenderedInvalid });
      } else if (tendered !== null && tendered < total) {
        issues.push({ path: 'tenderedText', message: ms.pay.tenderedShort(formatRinggit(total)) });
      }
    }
    return issues;
  };
}
