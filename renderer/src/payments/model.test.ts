import { describe, expect, it } from 'vitest';
import type { FeeItemView, ReceiptView } from '@shared/receiptViews';
import { paymentFromReceipt, paymentToInput, totalOf } from './model';

const FEES: FeeItemView[] = [
  { code: 'SAMAN_MRS', name: 'Saman', amountSen: 2500, active: true, amountTyped: false, minSen: null, maxSen: null },
  {
    code: 'EKSHIBIT',
    name: 'Ekshibit (setiap satu)',
    amountSen: 100,
    active: true,
    amountTyped: false,
    minSen: null,
    maxSen: null,
  },
];

describe('payment form model', () => {
  it('a replacement starts from the cancelled receipt: its quantities and waivers with their reasons', () => {
    const receipt = {
      id: 4,
      payerName: 'Siti Aminah binti Abdullah',
      payerIdNumber: null,
      method: 'CHEQUE',
      chequeBank: 'Bank Islam',
      methodReference: '000123',
      items: [
        {
          line: 1,
          feeCode: 'SAMAN_MRS',
          description: 'Saman',
          quantity: 1,
          amountSen: 0,
          exemptReason: 'Bantuan guaman',
        },
        { line: 2, feeCode: 'EKSHIBIT', description: 'Ekshibit × 3', quantity: 3, amountSen: 300, exemptReason: null },
      ],
      igfmasRef: null,
      ispeksRef: null,
      note: null,
    } as unknown as ReceiptView;
    const form = paymentFromReceipt(receipt);
    expect(form.lines).toEqual([
      { feeCode: 'SAMAN_MRS', quantity: '1', exempt: true, exemptReason: 'Bantuan guaman' },
      { feeCode: 'EKSHIBIT', quantity: '3', exempt: false, exemptReason: '' },
    ]);
    expect(form).toMatchObject({ method: 'CHEQUE', chequeBank: 'Bank Islam', methodReference: '000123' });
    expect(totalOf(form.lines, FEES)).toBe(300);
  });

  it('sends only what the chosen method needs', () => {
    const form = paymentFromReceipt({
      payerName: 'A',
      payerIdNumber: null,
      method: 'CASH',
      chequeBank: null,
      methodReference: null,
      items: [
        { line: 1, feeCode: 'SAMAN_MRS', description: 'Saman', quantity: 1, amountSen: 2500, exemptReason: null },
      ],
      igfmasRef: null,
      ispeksRef: null,
      note: null,
    } as unknown as ReceiptView);
    const cash = paymentToInput({ ...form, tenderedText: '1,000.50', chequeBank: 'X', methodReference: 'Y' }, 7, 4);
    expect(cash).toMatchObject({ tenderedSen: 100050, chequeBank: '', methodReference: '', replacesReceiptId: 4 });
    const card = paymentToInput({ ...form, method: 'CARD', tenderedText: '50', methodReference: 'AB12' }, 7, null);
    expect(card).toMatchObject({ tenderedSen: null, methodReference: 'AB12', replacesReceiptId: null });
    expect(paymentToInput({ ...form, tenderedText: 'lima puluh' }, 7, null).tenderedSen).toBeNaN();
  });
});
