import { PAYMENT_METHODS, type PaymentMethod, type Sen } from '@shared/domain';
import { fiveSenRounding, formatRinggit, parseRinggit } from '@shared/money';
import type { TakePaymentInput } from '@shared/schemas/payment';
import type { FeeItemView, PaymentDraftView, ReceiptView } from '@shared/receiptViews';
import { strings } from '../i18n/strings';
import type { ExtraIssue } from '../lib/formResolver';

export interface PaymentLineForm {
  feeCode: string;
  quantity: string;
  exempt: boolean;
  exemptReason: string;
  /** The amount typed for a fee whose amount the clerk types (jaminan, deposit); unused for a fixed fee. */
  amountText?: string;
}

/** The court's rules for cash at the counter (Tetapan → Resit). */
export interface CashRules {
  cashRounding: boolean;
  maxCashSen: Sen;
  changeConfirmSen: Sen;
}

export const DEFAULT_CASH_RULES: CashRules = { cashRounding: false, maxCashSen: 2_000_000, changeConfirmSen: 10_000 };

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
  confirmLargeChange?: boolean;
}

export const paymentRename: Record<string, string> = { tenderedSen: 'tenderedText' };

export const emptyLine: PaymentLineForm = {
  feeCode: '',
  quantity: '1',
  exempt: false,
  exemptReason: '',
  amountText: '',
};

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
 * and any waiver (and its reason) the receipt recorded. Amounts follow today's schedule; a typed amount
 * (jaminan, deposit) is typed again from the document in hand.
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

/** A typed amount: sen, null when blank, NaN when not an amount. */
export function typedSen(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  return parseRinggit(text) ?? Number.NaN;
}

/** Each line's amount in sen at the schedule's rate, or as typed (0 when exempt, unknown fee or bad figure). */
export function lineAmounts(lines: PaymentLineForm[], fees: FeeItemView[]): Sen[] {
  const byCode = new Map(fees.map((f) => [f.code, f]));
  return lines.map((line) => {
    const fee = byCode.get(line.feeCode);
    if (line.exempt) return 0;
    if (fee?.amountTyped) {
      const typed = typedSen(line.amountText);
      return typed === null || Number.isNaN(typed) ? 0 : typed;
    }
    const q = quantityOf(line.quantity);
    if (!Number.isFinite(q)) return 0;
    return (fee?.amountSen ?? 0) * q;
  });
}

/** What the cash payer owes: the total and, where the court rounds cash to 5 sen, the rounding. */
export function cashDue(total: Sen, method: PaymentMethod, rules: CashRules): { rounding: Sen; due: Sen } {
  const rounding = method === 'CASH' && rules.cashRounding ? fiveSenRounding(total) : 0;
  return { rounding, due: total + rounding };
}

/** Every line waived: no money changes hands, so no cash is asked for. */
export function allWaived(lines: PaymentLineForm[]): boolean {
  return lines.length > 0 && lines.every((l) => l.exempt);
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
      amountSen: typedSen(l.amountText) ?? undefined,
    })),
    payerName: v.payerName,
    payerIdNumber: v.payerIdNumber,
    method: v.method,
    tenderedSen: cash && !allWaived(v.lines) ? tenderedSen(v.tenderedText) : null,
    chequeBank: cheque ? v.chequeBank : '',
    methodReference: cash ? '' : v.methodReference,
    kew38Serial: v.kew38Serial,
    igfmasRef: v.igfmasRef,
    ispeksRef: v.ispeksRef,
    note: v.note.trim() === '' ? null : v.note,
    replacesReceiptId,
    confirmLargeAmount: v.confirmLargeAmount,
    confirmLargeChange: v.confirmLargeChange === true,
  };
}

/** Checks the schema cannot make: an exempt line needs its reason; cash tendered covers the total. */
export function paymentExtraIssues(fees: FeeItemView[], rules: CashRules = DEFAULT_CASH_RULES) {
  const { ms, msMoney } = strings();
  const byCode = new Map(fees.map((f) => [f.code, f]));
  return (v: PaymentForm): ExtraIssue[] => {
    const issues: ExtraIssue[] = [];
    v.lines.forEach((l, i) => {
      if (l.exempt && l.exemptReason.trim() === '') {
        issues.push({ path: `lines.${i}.exemptReason`, message: ms.pay.exemptRequired });
      }
      if (l.feeCode === '') issues.push({ path: `lines.${i}.feeCode`, message: ms.pay.feeRequired });
      if (byCode.get(l.feeCode)?.amountTyped && !l.exempt) {
        const typed = typedSen(l.amountText);
        if (typed === null) issues.push({ path: `lines.${i}.amountText`, message: msMoney.typedRequired });
        else if (Number.isNaN(typed)) issues.push({ path: `lines.${i}.amountText`, message: msMoney.moneyInvalid });
      }
    });
    if (v.method === 'CASH' && !allWaived(v.lines)) {
      const tendered = tenderedSen(v.tenderedText);
      const { due } = cashDue(totalOf(v.lines, fees), v.method, rules);
      if (tendered !== null && Number.isNaN(tendered)) {
        issues.push({ path: 'tenderedText', message: ms.pay.tenderedInvalid });
      } else if (tendered !== null && tendered > rules.maxCashSen) {
        issues.push({ path: 'tenderedText', message: msMoney.cashOverLimit(formatRinggit(rules.maxCashSen)) });
      } else if (tendered !== null && tendered < due) {
        issues.push({ path: 'tenderedText', message: ms.pay.tenderedShort(formatRinggit(due)) });
      }
    }
    return issues;
  };
}
