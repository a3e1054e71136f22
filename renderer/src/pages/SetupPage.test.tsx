// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '../../../shared/caseNumber';
import type { SessionView, SetupReference } from '../../../shared/views';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { SetupPage } from './SetupPage';

const REFERENCE: SetupReference = {
  states: [
    { code: '05', name: 'Negeri Sembilan', weekend: ['SAT', 'SUN'] },
    { code: '10', name: 'Selangor', weekend: ['SAT', 'SUN'] },
  ],
  caseTypes: [{ code: '024', name: 'Tuntutan Nafkah Anak', category: 'MAL', proceeding: 'SAMAN', active: true }],
  defaultTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
  currentYear: 2026,
};

const SESSION: SessionView = {
  user: { id: 1, name: 'Puan Rosnah binti Ismail', role: 'SUPERVISOR', active: true },
  signedInAt: '2026-11-28T01:15:00.000Z',
};

function change(label: RegExp | string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function renderFilled(pinConfirm: string) {
  const complete = vi.fn((_input: unknown) => ok(SESSION));
  installFakeKaunter({ 'setup.reference': () => ok(REFERENCE), 'setup.complete': complete as never });
  const onDone = vi.fn();
  render(<SetupPage onDone={onDone} />);
  await screen.findByLabelText(/^Negeri/);
  change(/^Negeri/, '05');
  change(/^Peringkat mahkamah/, 'MRS');
  change(/^Kod mahkamah/, '005');
  change(/^ID kaunter/, 'k1');
  change(/^Nama mahkamah/, 'Mahkamah Rendah Syariah Seremban');
  fireEvent.click(screen.getByRole('button', { name: 'Tambah baris' }));
  change('Jenis kes — Baris 1', '024');
  change('Nombor terakhir — Baris 1', '769');
  fireEvent.change(document.getElementById('supervisor-name') as HTMLElement, {
    target: { value: 'Puan Rosnah binti Ismail' },
  });
  fireEvent.change(document.getElementById('supervisor-pin') as HTMLElement, { target: { value: '246810' } });
  fireEvent.change(document.getElementById('supervisor-pin-confirm') as HTMLElement, {
    target: { value: pinConfirm },
  });
  return { complete, onDone };
}

afterEach(cleanup);

describe('SetupPage', () => {
  it('previews the first number from the template, the court and the last ESV3 number', async () => {
    await renderFilled('246810');
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('05005-024-0770-2026'));
    change(/^Templat nombor kes/, '{state}{court}-{type}-{run:4}');
    expect(await screen.findByText(/Templat mesti mengandungi \{year\}/)).toBeTruthy();
  });

  it('refuses PINs that do not match, without saving anything', async () => {
    const { complete, onDone } = await renderFilled('246811');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tetapan dan mula' }));
    expect(await screen.findByText('PIN yang disahkan tidak sama. Taip semula PIN yang sama dua kali.')).toBeTruthy();
    expect(complete).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('sends the setup payload and signs the supervisor in', async () => {
    const { complete, onDone } = await renderFilled('246810');
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tetapan dan mula' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(SESSION));
    expect(complete.mock.calls[0]?.[0]).toEqual({
      court: {
        stateCode: '05',
        courtCode: '005',
        courtName: 'Mahkamah Rendah Syariah Seremban',
        courtLevel: 'MRS',
        counterId: 'k1',
      },
      numbering: { template: DEFAULT_CASE_NUMBER_TEMPLATE, scope: 'COURT_TYPE_YEAR', blockStart: 1, blockSize: null },
      lastNumbers: [{ caseTypeCode: '024', year: 2026, lastNumber: 769 }],
      supervisor: { name: 'Puan Rosnah binti Ismail', pin: '246810' },
    });
  });
});
