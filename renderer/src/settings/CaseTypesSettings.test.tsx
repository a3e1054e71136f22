// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '@shared/errors';
import type { CaseTypeView } from '@shared/views';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { CaseTypesSettings } from './CaseTypesSettings';
import { errorData, fieldIssue, ref } from '@shared/errors';

const NAFKAH: CaseTypeView = { code: '024', name: 'Nafkah Anak', category: 'MAL', proceeding: 'SAMAN', active: true };

function setup(answers: Result<CaseTypeView>[]) {
  const mocks = installFakeKaunter({
    'caseTypes.list': () => ok([NAFKAH]),
    'caseTypes.save': () => answers.shift() ?? ok(NAFKAH),
  });
  render(<CaseTypesSettings />);
  return mocks;
}

const nameField = () => screen.getByLabelText(/^Nama jenis kes/) as HTMLInputElement;

afterEach(cleanup);

describe('Tetapan → Jenis kes (the list form shared with fees and users)', () => {
  it("shows the ledger's refusal once, on its field, and keeps what was typed; a save clears the form", async () => {
    const message = 'Nama jenis kes terlalu panjang (had 100 aksara).';
    const refusal = [
      '{label} terlalu panjang (had {max} aksara).',
      { label: ref('Nama jenis kes'), max: 100 },
    ] as const;
    const mocks = setup([{ ok: false, error: errorData('CONFLICT', ...refusal, [fieldIssue('name', ...refusal)]) }]);
    await screen.findByText('Nafkah Anak');
    fireEvent.change(screen.getByLabelText(/^Kod kes/), { target: { value: '099' } });
    fireEvent.change(nameField(), { target: { value: 'Nafkah Anak' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    // Once, beside the name: not a second time in a notice above the form.
    const shown = await screen.findAllByText(message);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.id).toBe(`${nameField().id}-error`);
    expect(nameField().value).toBe('Nafkah Anak');

    fireEvent.change(nameField(), { target: { value: 'Nafkah Isteri' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(nameField().value).toBe(''));
    expect(mocks['caseTypes.save'].mock.calls.at(-1)?.[0]).toMatchObject({ code: '099', name: 'Nafkah Isteri' });
    expect(screen.queryByText(message)).toBeNull();
  });

  it('edits an item from the list with the code fixed, and Cancel goes back to a new one', async () => {
    setup([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah' }));
    expect(await screen.findByRole('heading', { name: 'Ubah jenis kes 024' })).toBeTruthy();
    expect(nameField().value).toBe('Nafkah Anak');
    expect((screen.getByLabelText(/^Kod kes/) as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(await screen.findByRole('heading', { name: 'Tambah jenis kes' })).toBeTruthy();
    expect(nameField().value).toBe('');
  });

  it('deactivates from the list without touching the form', async () => {
    const mocks = setup([]);
    fireEvent.change(await screen.findByLabelText(/^Kod kes/), { target: { value: '098' } });
    fireEvent.click(screen.getByRole('button', { name: 'Nyahaktifkan' }));
    await waitFor(() => expect(mocks['caseTypes.save']).toHaveBeenCalledTimes(1));
    expect(mocks['caseTypes.save'].mock.calls[0]?.[0]).toMatchObject({ code: '024', active: false });
    expect((screen.getByLabelText(/^Kod kes/) as HTMLInputElement).value).toBe('098');
  });
});
