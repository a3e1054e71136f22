// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeeItemView, PaymentDraftView } from '@shared/receiptViews';
import type { CaseTypeView, CourtView, SetupReference } from '@shared/views';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '@shared/caseNumber';
import { ApprovalDialog } from '../payments/ApprovalDialog';
import { paymentFromDraft } from '../payments/model';
import { PaymentForm } from '../payments/PaymentForm';
import { SetupPage } from '../pages/SetupPage';
import { SignInPage } from '../pages/SignInPage';
import { RegisterCaseForm } from '../register/RegisterCaseForm';
import { installFakeKaunter, ok } from '../test/fakeKaunter';

/** Every input, select and textarea on screen without a name a screen reader would read out. */
function unnamedControls(): string[] {
  const controls = [...document.body.querySelectorAll<HTMLElement>('input, select, textarea')].filter(
    (el) => !(el instanceof HTMLInputElement && el.type === 'hidden'),
  );
  expect(controls.length).toBeGreaterThan(0);
  return controls.filter((el) => computeAccessibleName(el).trim() === '').map((el) => el.outerHTML.slice(0, 120));
}

const TYPES: CaseTypeView[] = [
  { code: '024', name: 'Tuntutan Nafkah Anak', category: 'MAL', proceeding: 'SAMAN', active: true },
];
const FEES: FeeItemView[] = [
  {
    code: 'SAMAN_MRS',
    name: 'Saman dan Pernyataan Tuntutan',
    amountSen: 2500,
    active: true,
    amountTyped: false,
    minSen: null,
    maxSen: null,
  },
];
const DRAFT: PaymentDraftView = {
  caseId: 7,
  caseNumber: '05005-024-0770-2026',
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1, description: 'Saman', unitSen: 2500, amountSen: 2500 }],
  payerName: 'Siti Aminah binti Abdullah',
  payerIdNumber: '850101-05-5122',
};
const COURT: CourtView = {
  stateCode: '05',
  stateName: 'Negeri Sembilan',
  courtCode: '005',
  courtName: 'Mahkamah Rendah Syariah Seremban',
  courtLevel: 'MRS',
  counterId: 'K1',
};
const REFERENCE: SetupReference = {
  states: [{ code: '05', name: 'Negeri Sembilan', weekend: ['SAT', 'SUN'] }],
  caseTypes: TYPES,
  defaultTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
  currentYear: 2026,
};
const USERS = [{ id: 1, name: 'Puan Rosnah binti Ismail', role: 'SUPERVISOR' as const, active: true }];

afterEach(cleanup);

describe('every input of the main forms has a name a screen reader reads', () => {
  it('Daftar Kes Baharu with a claimant and a respondent', () => {
    installFakeKaunter({});
    render(<RegisterCaseForm types={TYPES} onSaved={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: /^Tambah (Defendan|Responden)$/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Tambah (Plaintif|Pemohon)$/ }));
    expect(document.querySelectorAll('fieldset.party')).toHaveLength(3);
    expect(unnamedControls()).toEqual([]);
  });

  it('Terima Bayaran, by every payment method and with a fee waived', () => {
    installFakeKaunter({});
    render(
      <PaymentForm
        caseId={7}
        fees={FEES}
        initial={paymentFromDraft(DRAFT)}
        senWording="SEN_BEFORE"
        replacesReceiptId={null}
        onIssued={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: /Tambah baris/ }));
    fireEvent.click(screen.getAllByRole('checkbox', { name: /Dikecualikan|Pengecualian|Kecuali/ })[0]!);
    expect(unnamedControls()).toEqual([]);
    for (const method of ['Cek', 'Kad', 'Tunai']) {
      fireEvent.click(screen.getByRole('radio', { name: new RegExp(`^${method}`) }));
      expect(unnamedControls()).toEqual([]);
    }
  });

  it('Tetapan Awal and Log masuk', async () => {
    installFakeKaunter({ 'setup.reference': () => ok(REFERENCE), 'auth.users': () => ok(USERS) });
    render(<SetupPage onDone={vi.fn()} />);
    await screen.findByLabelText(/^Negeri/);
    fireEvent.click(screen.getByRole('button', { name: 'Tambah baris' }));
    expect(unnamedControls()).toEqual([]);
    cleanup();
    render(<SignInPage court={COURT} onSignedIn={vi.fn()} />);
    await screen.findByRole('option', { name: new RegExp(USERS[0]!.name) });
    expect(unnamedControls()).toEqual([]);
  });

  it("the supervisor's approval (cancel a receipt, close the day, restore, export)", async () => {
    installFakeKaunter({ 'auth.users': () => ok(USERS) });
    render(
      <ApprovalDialog
        title="Batal resit"
        warning="Tidak boleh diundur."
        submitLabel="Batalkan"
        askReason
        onApprove={() => Promise.resolve(ok(null))}
        onClose={vi.fn()}
      />,
    );
    await screen.findByRole('option', { name: USERS[0]!.name });
    expect(unnamedControls()).toEqual([]);
  });
});
