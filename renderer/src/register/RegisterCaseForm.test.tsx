// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseTypeView, CaseView } from '@shared/views';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { RegisterCaseForm } from './RegisterCaseForm';
import { errorData, fieldIssue, ref } from '@shared/errors';

const TYPES: CaseTypeView[] = [
  {
    code: '010',
    name: 'Permohonan Pengesahan/Perintah Nikah',
    category: 'MAL',
    proceeding: 'PERMOHONAN',
    active: true,
  },
  { code: '024', name: 'Tuntutan Nafkah Anak', category: 'MAL', proceeding: 'SAMAN', active: true },
];

const SAVED = { id: 7, caseNumber: '05005-024-0770-2026' } as CaseView;

function setup(register = vi.fn((_input: unknown) => ok(SAVED))) {
  const mocks = installFakeKaunter({
    'cases.nextNumber': () => ok({ caseNumber: '05005-024-0770-2026', runningNumber: 770 }),
    'cases.register': register as never,
  });
  const onSaved = vi.fn();
  render(<RegisterCaseForm types={TYPES} onSaved={onSaved} />);
  return { mocks, onSaved };
}

function pickType(search: string, code: string) {
  const picker = screen.getByRole('combobox', { name: /Jenis kes/ });
  fireEvent.focus(picker);
  fireEvent.change(picker, { target: { value: search } });
  fireEvent.mouseDown(screen.getByRole('option', { name: new RegExp(`^${code}`) }));
}

function party(index: number) {
  return within(screen.getByTestId(`party-${index}`));
}

function radio(name: string): HTMLInputElement {
  return screen.getByRole('radio', { name }) as HTMLInputElement;
}

function submit() {
  fireEvent.click(screen.getByRole('button', { name: 'Simpan dan peruntukkan nombor kes' }));
}

afterEach(cleanup);

describe('RegisterCaseForm', () => {
  it('finds a case type by name, implies the proceeding and shows the next number', async () => {
    setup();
    pickType('nafkah', '024');
    expect(radio('Saman').checked).toBe(true);
    await waitFor(() => expect(screen.getByTestId('next-number').textContent).toBe('05005-024-0770-2026'));
    expect(screen.getByRole('group', { name: 'Plaintif 1' })).toBeTruthy();
  });

  it('labels parties Pemohon/Responden when the type is a Permohonan', () => {
    setup();
    pickType('010', '010');
    expect(radio('Permohonan').checked).toBe(true);
    expect(screen.getByRole('group', { name: 'Pemohon 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tambah Responden' })).toBeTruthy();
  });

  it('asks for a reason when the MyKad place code does not exist, and sends it once given', async () => {
    const register = vi.fn((_input: unknown) => ok(SAVED));
    const { onSaved } = setup(register);
    pickType('024', '024');
    fireEvent.change(party(0).getByLabelText(/Nama penuh/), { target: { value: "Siti Nur'ain binti Abdullah" } });
    fireEvent.change(party(0).getByLabelText(/No\. K\/P \(MyKad\)/), { target: { value: '900512-00-5234' } });

    const warning = screen.getByTestId('mykad-warning-0');
    expect(warning.textContent).toContain('Kod tempat lahir 00 pada No. K/P ini tidak wujud dalam senarai JPN.');

    submit();
    expect(await screen.findByText('Nyatakan sebab untuk meneruskan dengan No. K/P ini.')).toBeTruthy();
    expect(register).not.toHaveBeenCalled();

    fireEvent.change(within(warning).getByLabelText(/Sebab diteruskan/), {
      target: { value: 'Disemak dengan MyKad asal.' },
    });
    fireEvent.change(screen.getByLabelText(/Nilai tuntutan/), { target: { value: '1,500.50' } });
    submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(SAVED));
    expect(register).toHaveBeenCalledTimes(1);
    const sent = register.mock.calls[0]?.[0] as {
      proceeding: string;
      claimSen: number;
      parties: { name: string; idNumber: string; idOverrideReason: string }[];
    };
    expect(sent.proceeding).toBe('SAMAN');
    expect(sent.claimSen).toBe(150050);
    expect(sent.parties[0]).toMatchObject({
      name: "Siti Nur'ain binti Abdullah",
      idNumber: '900512-00-5234',
      idOverrideReason: 'Disemak dengan MyKad asal.',
    });
  });

  it('refuses a MyKad that is not 12 digits without calling the ledger', async () => {
    const register = vi.fn((_input: unknown) => ok(SAVED));
    setup(register);
    pickType('024', '024');
    fireEvent.change(party(0).getByLabelText(/Nama penuh/), { target: { value: 'Aminah binti Yusof' } });
    fireEvent.change(party(0).getByLabelText(/No\. K\/P \(MyKad\)/), { target: { value: '90051205523' } });
    submit();
    expect(await party(0).findByText('No. K/P (MyKad) mesti 12 digit, cth. 850101-10-5123.')).toBeTruthy();
    expect(register).not.toHaveBeenCalled();
  });

  it("shows the ledger's field issues beside the fields they name", async () => {
    const register = vi.fn((_input: unknown) => ({
      ok: false as const,
      error: errorData('VALIDATION', 'Maklumat tidak sah.', undefined, [
        fieldIssue('parties.0.phone', '{label} terlalu panjang (had {max} aksara).', {
          label: ref('No. telefon'),
          max: 30,
        }),
        fieldIssue('claimSen', 'Nilai tuntutan tidak boleh negatif.'),
      ]),
    }));
    setup(register);
    pickType('024', '024');
    fireEvent.change(party(0).getByLabelText(/Nama penuh/), { target: { value: 'Aminah binti Yusof' } });
    fireEvent.change(party(0).getByLabelText(/Jenis dokumen pengenalan/), { target: { value: 'NONE' } });
    submit();
    expect(await screen.findByText('Maklumat tidak sah.')).toBeTruthy();
    expect(party(0).getByText('No. telefon terlalu panjang (had 30 aksara).')).toBeTruthy();
    expect(screen.getByText('Nilai tuntutan tidak boleh negatif.')).toBeTruthy();
  });

  it('shows the court-folder warning of a like case at another counter, and sends the reason typed', async () => {
    const warning =
      'Kes serupa di Kaunter {counter}: {caseNumber}, {name}. Semak dengan pihak sama ada kes itu kes yang sama. Jika kes lain, nyatakan sebab mendaftarkannya (sekurang-kurangnya {min} aksara).' as const;
    const values = { counter: 'K1', caseNumber: '05005-024-0001-2026', name: 'Aminah binti Yusof', min: 10 };
    const register = vi
      .fn((_input: unknown) => ok(SAVED))
      .mockImplementationOnce(() => ({
        ok: false as const,
        error: errorData('CONFLICT', warning, values, [fieldIssue('duplicateReason', warning, values)]),
      }));
    const { onSaved } = setup(register);
    expect(screen.queryByTestId('court-duplicate')).toBeNull();
    pickType('024', '024');
    fireEvent.change(party(0).getByLabelText(/Nama penuh/), { target: { value: 'Aminah binti Yusof' } });
    fireEvent.change(party(0).getByLabelText(/Jenis dokumen pengenalan/), { target: { value: 'NONE' } });
    submit();
    const section = within(await screen.findByTestId('court-duplicate'));
    expect(section.getByText(/^Kes serupa di Kaunter K1: 05005-024-0001-2026, Aminah binti Yusof\./)).toBeTruthy();
    expect(register.mock.calls[0]?.[0]).not.toHaveProperty('duplicateReason', expect.any(String));
    fireEvent.change(section.getByLabelText(/Sebab mendaftarkan kes ini juga/), {
      target: { value: 'Tuntutan lain: nafkah anak kedua' },
    });
    submit();
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(register.mock.calls[1]?.[0]).toMatchObject({ duplicateReason: 'Tuntutan lain: nafkah anak kedua' });
  });
});
