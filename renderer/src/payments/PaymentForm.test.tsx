// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeeItemView, PaymentDraftView, ReceiptView } from '@shared/receiptViews';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { paymentFromDraft } from './model';
import { PaymentForm } from './PaymentForm';

const FEES: FeeItemView[] = [
  {
    code: 'SAMAN_MRS',
    name: 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)',
    amountSen: 2500,
    active: true,
    amountTyped: false,
    minSen: null,
    maxSen: null,
  },
  {
    code: 'PENYAMPAIAN',
    name: 'Penyampaian notis / saman oleh mahkamah',
    amountSen: 400,
    active: true,
    amountTyped: false,
    minSen: null,
    maxSen: null,
  },
];

const DRAFT: PaymentDraftView = {
  caseId: 7,
  caseNumber: '05005-024-0770-2026',
  lines: [
    { feeCode: 'SAMAN_MRS', quantity: 1, description: FEES[0]!.name, unitSen: 2500, amountSen: 2500 },
    { feeCode: 'PENYAMPAIAN', quantity: 1, description: FEES[1]!.name, unitSen: 400, amountSen: 400 },
  ],
  payerName: 'Siti Aminah binti Abdullah',
  payerIdNumber: '850101-05-5122',
};

const RECEIPT = { id: 3, receiptNumber: '05005-K1-2026-000001' } as ReceiptView;

type Take = (input: unknown) => ReturnType<typeof ok>;

function setup(answer: Take = () => ok(RECEIPT)) {
  const take = vi.fn(answer);
  installFakeKaunter({ 'payments.take': take as never });
  const onIssued = vi.fn();
  render(
    <PaymentForm
      caseId={7}
      fees={FEES}
      initial={paymentFromDraft(DRAFT)}
      senWording="SEN_BEFORE"
      replacesReceiptId={null}
      onIssued={onIssued}
    />,
  );
  return { take, onIssued };
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Terima bayaran dan keluarkan resit' }));

afterEach(cleanup);

describe('PaymentForm', () => {
  it('shows the total, the amount in words and the change live; sends cash tendered in sen', async () => {
    const { take, onIssued } = setup();
    expect(screen.getByTestId('pay-total').textContent).toBe('RM 29.00');
    expect(screen.getByTestId('pay-words').textContent).toBe('Ringgit Malaysia Dua Puluh Sembilan Sahaja');
    fireEvent.change(screen.getByLabelText(/Wang diterima/), { target: { value: '50' } });
    expect(screen.getByTestId('change').textContent).toContain('RM 21.00');
    submit();
    await waitFor(() => expect(onIssued).toHaveBeenCalledWith(RECEIPT));
    expect(take).toHaveBeenCalledWith(
      expect.objectContaining({
        caseId: 7,
        method: 'CASH',
        tenderedSen: 5000,
        payerName: 'Siti Aminah binti Abdullah',
        lines: [
          { feeCode: 'SAMAN_MRS', quantity: 1, exemptReason: '' },
          { feeCode: 'PENYAMPAIAN', quantity: 1, exemptReason: '' },
        ],
      }),
    );
  });

  it('refuses cash below the total beside the field, nothing sent', async () => {
    const { take } = setup();
    fireEvent.change(screen.getByLabelText(/Wang diterima/), { target: { value: '20' } });
    submit();
    expect(await screen.findByText('Wang diterima kurang daripada jumlah RM 29.00.')).toBeTruthy();
    expect(take).not.toHaveBeenCalled();
  });

  it('a cheque needs the bank and the cheque number', async () => {
    const { take } = setup();
    fireEvent.click(screen.getByRole('radio', { name: 'Cek' }));
    fireEvent.change(screen.getByLabelText(/Nama bank/), { target: { value: 'Bank Islam' } });
    submit();
    expect(await screen.findByText('Isikan nombor cek.')).toBeTruthy();
    expect(screen.getByLabelText(/No\. cek/).getAttribute('aria-invalid')).toBe('true');
    expect(take).not.toHaveBeenCalled();
  });

  it('an exempt line needs a reason and then counts RM 0.00', async () => {
    const { take } = setup();
    const line = within(screen.getByTestId('pay-line-0'));
    fireEvent.click(line.getByRole('checkbox', { name: 'Dikecualikan' }));
    expect(screen.getByTestId('pay-total').textContent).toBe('RM 4.00');
    fireEvent.change(screen.getByLabelText(/Wang diterima/), { target: { value: '4' } });
    submit();
    expect(await line.findByText('Nyatakan sebab pengecualian.')).toBeTruthy();
    expect(take).not.toHaveBeenCalled();
    fireEvent.change(line.getByLabelText(/Sebab pengecualian/), { target: { value: 'Biro Bantuan Guaman' } });
    submit();
    await waitFor(() => expect(take).toHaveBeenCalled());
    expect(take.mock.calls[0]![0]).toMatchObject({
      lines: [{ feeCode: 'SAMAN_MRS', exemptReason: 'Biro Bantuan Guaman' }, { feeCode: 'PENYAMPAIAN' }],
    });
  });

  it('shows a server issue beside the field it names', async () => {
    const message = 'No. siri Kew. 38 KW123 telah direkodkan pada resit 05005-K1-2026-000001.';
    setup(
      () => ({ ok: false, error: { code: 'CONFLICT', message, issues: [{ path: 'kew38Serial', message }] } }) as never,
    );
    fireEvent.change(screen.getByLabelText(/Wang diterima/), { target: { value: '29' } });
    fireEvent.change(screen.getByLabelText(/No\. siri Kew\. 38/), { target: { value: 'KW123' } });
    submit();
    const field = await screen.findByLabelText(/No\. siri Kew\. 38/);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('pay-kew38-error')?.textContent).toBe(message);
  });

  it('asks to confirm an amount over RM 1,000,000', () => {
    installFakeKaunter({});
    render(
      <PaymentForm
        caseId={7}
        fees={[{ ...FEES[0]!, amountSen: 200_000_00 }]}
        initial={{
          ...paymentFromDraft(DRAFT),
          lines: [{ feeCode: 'SAMAN_MRS', quantity: '6', exempt: false, exemptReason: '' }],
        }}
        senWording="SEN_BEFORE"
        replacesReceiptId={null}
        onIssued={vi.fn()}
      />,
    );
    expect(screen.getByTestId('pay-total').textContent).toBe('RM 1,200,000.00');
    expect(screen.getByRole('checkbox', { name: /melebihi RM 1,000,000.00/ })).toBeTruthy();
  });
});
