import type { PaymentMethod } from '@shared/domain';
import type { TakePaymentInput } from '@shared/schemas/payment';
import type { PaymentDraftView } from '@shared/receiptViews';
import { intBetween, pick } from './random';

const METHODS: PaymentMethod[] = [
  'CASH',
  'CASH',
  'CASH',
  'CASH',
  'CARD',
  'EFT',
  'CHEQUE',
  'MONEY_ORDER',
  'POSTAL_ORDER',
];
const BANKS = ['Maybank', 'Bank Islam', 'CIMB', 'Bank Rakyat', 'RHB'];

/** A payment as a counter takes it: the draft's lines (an affidavit where there are none), mixed methods. */
export function demoPayment(random: () => number, draft: PaymentDraftView): TakePaymentInput {
  const lines =
    draft.lines.length > 0
      ? draft.lines.map((l) => ({ feeCode: l.feeCode, quantity: l.quantity }))
      : [{ feeCode: 'AFIDAVIT', quantity: 1 }];
  const total = draft.lines.length > 0 ? draft.lines.reduce((s, l) => s + l.amountSen, 0) : 300;
  const method = pick(random, METHODS);
  const base = { caseId: draft.caseId, lines, payerName: draft.payerName, payerIdNumber: draft.payerIdNumber, method };
  switch (method) {
    case 'CASH':
      return { ...base, tenderedSen: Math.ceil(total / 1000) * 1000 + pick(random, [0, 0, 1000, 5000]) };
    case 'CHEQUE':
      return { ...base, chequeBank: pick(random, BANKS), methodReference: String(intBetween(random, 100000, 999999)) };
    case 'CARD':
      return { ...base, methodReference: `APP${intBetween(random, 100000, 999999)}` };
    case 'EFT':
      return { ...base, methodReference: `FPX${intBetween(random, 10000000, 99999999)}` };
    default:
      return { ...base, methodReference: `WP${intBetween(random, 1000000, 9999999)}` };
  }
}
