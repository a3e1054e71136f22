// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '@shared/caseNumber';
import type { SessionView, SetupReference } from '@shared/views';
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

async function renderFilled(pinConfirm: string, holidays: 'all' | 'none' | 'unconfirmed' = 'none') {
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
  if (holidays === 'none') fireEvent.click(screen.getByRole('button', { name: 'Buang semua tanda' }));
  if (holidays !== 'unconfirmed') fireEvent.click(screen.getByLabelText('Saya telah menyemak senarai cuti umum ini'));
  fireEvent.change(document.getElementById('supervisor-name') as HTMLElement, {
    target: { value: 'Puan Rosnah binti Ismail' },
  });
  fireEvent.change(document.getElementById('supervisor-pin') as HTMLElement, { target: { value: '246810' } });
  fireEvent.change(document.getElementById('supervisor-pin-confirm') as HTMLElement, {
    target: { value: pinConfirm },
  });
  fireEvent.change(document.getElementById('recovery-passphrase') as HTMLElement, {
    target: { value: 'Pemulihan Seremban 2026' },
  });
  fireEvent.change(document.getElementById('recovery-confirm') as HTMLElement, {
    target: { value: 'Pemulihan Seremban 2026' },
  });
  return { complete, onDone };
}

afterEach(cleanup);

describe('SetupPage', () => {
  it('previews the first number from the template, the court and the last ESV3 number', async () => {
    await renderFilled('246810');
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('05005-024-0770-2026'));
    // This counter's first number: the last ESV3 number plus its block start.
    change(/^Permulaan blok kaunter ini/, '501');
    await waitFor(() => expect(screen.getByTestId('template-preview').textContent).toBe('05005-024-1270-2026'));
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
      recoveryPassphrase: 'Pemulihan Seremban 2026',
      holidays: [],
    });
  });

  it("shows the state's shipped holidays of this year and next, sends the ticked ones, and asks to confirm", async () => {
    const { complete, onDone } = await renderFilled('246810', 'unconfirmed');
    expect(screen.getByText(/Cuti umum Negeri Sembilan bagi 2026 dan 2027/)).toBeTruthy();
    expect(screen.getAllByText('tarikh jangkaan').length).toBeGreaterThan(5);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tetapan dan mula' }));
    expect(await screen.findByText('Tandakan bahawa senarai cuti umum telah disemak.')).toBeTruthy();
    expect(complete).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText('Masukkan Hari Krismas 25/12/2026'));
    change('Tarikh cuti lain', '31/12/2026');
    change('Nama cuti lain', 'Cuti Peristiwa');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah cuti lain' }));
    fireEvent.click(screen.getByLabelText('Saya telah menyemak senarai cuti umum ini'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tetapan dan mula' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(SESSION));
    const sent = (complete.mock.calls[0]?.[0] as { holidays: { date: string; name: string }[] }).holidays;
    expect(sent).toContainEqual({ date: '2026-01-14', name: 'Hari Keputeraan Yang di-Pertuan Besar Negeri Sembilan' });
    expect(sent).toContainEqual({ date: '2027-12-25', name: 'Hari Krismas' });
    expect(sent).toContainEqual({ date: '2026-12-31', name: 'Cuti Peristiwa' });
    expect(sent.map((h) => h.date)).not.toContain('2026-12-25');
    expect(sent.some((h) => h.name === 'Hari Sarawak')).toBe(false);
  });

  it('asks for the recovery passphrase twice before saving', async () => {
    const { complete } = await renderFilled('246810');
    fireEvent.change(document.getElementById('recovery-confirm') as HTMLElement, { target: { value: 'lain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan tetapan dan mula' }));
    expect(await screen.findByText('Frasa laluan tidak sama. Taip semula.')).toBeTruthy();
    expect(complete).not.toHaveBeenCalled();
  });

  it('offers Pulihkan daripada sandaran: checks the file, shows what it holds, restores, then asks for sign-in', async () => {
    const comparison = {
      name: 'kaunter-K1-20261128-170000.sqlite.pgp',
      ok: true,
      problem: null,
      backup: { cases: 12, receipts: 9, auditEvents: 40, auditHead: 'ab', lastEventAt: '2026-11-28T09:00:00.000Z' },
      current: { cases: 0, receipts: 0, auditEvents: 0, auditHead: null, lastEventAt: null },
      sameHistory: true,
      lost: { auditEvents: 0, cases: 0, receipts: 0 },
      encrypted: true,
      signature: { fingerprint: 'abcd', head: { seq: 40, hash: 'ab' } },
    };
    const compare = vi.fn((_input: unknown) => ok(comparison));
    const restore = vi.fn((_input: unknown) => ok({}));
    installFakeKaunter({
      'setup.reference': () => ok(REFERENCE),
      'firstRun.compareBackup': compare as never,
      'firstRun.restoreBackup': restore as never,
    });
    const onRestored = vi.fn();
    render(<SetupPage onDone={vi.fn()} onRestored={onRestored} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan daripada sandaran' }));
    change(/^Fail sandaran/, 'E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp');
    change(/^Frasa laluan pemulihan/, 'Pemulihan Seremban 2026');
    fireEvent.click(screen.getByRole('button', { name: 'Semak sandaran' }));
    expect(await screen.findByText(/12 kes, 9 resit, 40 peristiwa audit/)).toBeTruthy();
    expect(compare.mock.calls[0]?.[0]).toEqual({
      file: 'E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp',
      passphrase: 'Pemulihan Seremban 2026',
    });
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan sandaran ini' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log masuk' }));
    expect(onRestored).toHaveBeenCalled();
    expect(restore).toHaveBeenCalledTimes(1);
  });

  it('offers Pulihkan daripada folder mahkamah: finds the counters, checks, restores, shows the last numbers, then asks for sign-in', async () => {
    const checked = {
      court: '05005',
      counter: 'K1',
      segments: 3,
      events: 40,
      lastEventAt: '2026-11-28T09:00:00.000Z',
      cases: 12,
      receipts: 9,
      filings: 2,
      supervisors: [{ id: 1, name: 'Puan Rosnah binti Ismail' }],
      problem: null,
    };
    const counters = vi.fn((_input: unknown) => ok([{ court: '05005', counter: 'K1', segments: 3 }]));
    const check = vi.fn((_input: unknown) => ok(checked));
    const restore = vi.fn((_input: unknown) =>
      ok({
        ...checked,
        lastNumbers: [{ series: '05005-024-2026', last: '05005-024-0781-2026' }],
        verified: true,
        verifyProblem: null,
        notRecovered: [{ ms: 'janji temu', en: 'appointments' }],
      }),
    );
    installFakeKaunter({
      'setup.reference': () => ok(REFERENCE),
      'firstRun.courtCounters': counters as never,
      'firstRun.checkCourtFolder': check as never,
      'firstRun.restoreCourtFolder': restore as never,
    });
    const onRestored = vi.fn();
    render(<SetupPage onDone={vi.fn()} onRestored={onRestored} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan daripada folder mahkamah' }));
    change(/^Laluan folder mahkamah/, '\\\\pelayan\\mahkamah');
    fireEvent.click(screen.getByRole('button', { name: 'Cari kaunter' }));
    expect(await screen.findByText(/K1 \(mahkamah 05005\) — 3 segmen/)).toBeTruthy();
    change(/^Kunci rahsia ICT/, 'KUNCI');
    change(/^Frasa laluan kunci/, 'Pemulihan Seremban 2026');
    change(/^Kunci awam kunci peranti/, 'AWAM');
    change(/^Cap jari kunci peranti/, 'F3F5 EFBB');
    fireEvent.click(screen.getByRole('button', { name: 'Semak rekod kaunter' }));
    expect(await screen.findByText(/12 kes, 9 resit, 2 pemfailan, 40 peristiwa audit dalam 3 segmen/)).toBeTruthy();
    const keys = {
      folder: '\\\\pelayan\\mahkamah',
      court: '05005',
      counter: 'K1',
      secretKey: 'KUNCI',
      passphrase: 'Pemulihan Seremban 2026',
      deviceKey: 'AWAM',
      fingerprint: 'F3F5 EFBB',
    };
    expect(check.mock.calls[0]?.[0]).toEqual(keys);
    change(/^PIN baharu/, '135790');
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan kaunter ini' }));
    expect(await screen.findByText('05005-024-0781-2026')).toBeTruthy();
    expect(screen.getByText('Semakan pangkalan data: lulus.')).toBeTruthy();
    expect(screen.getByText('janji temu')).toBeTruthy();
    expect(restore.mock.calls[0]?.[0]).toEqual({ ...keys, supervisorId: 1, pin: '135790' });
    fireEvent.click(screen.getByRole('button', { name: 'Log masuk' }));
    expect(onRestored).toHaveBeenCalled();
  });

  it('shows the court folder refusal as the backend words it, and goes no further', async () => {
    installFakeKaunter({
      'setup.reference': () => ok(REFERENCE),
      'firstRun.courtCounters': (() => ({
        ok: false,
        error: { code: 'CONFLICT', message: 'Folder mahkamah X tidak dapat dicapai dari PC ini.' },
      })) as never,
    });
    render(<SetupPage onDone={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pulihkan daripada folder mahkamah' }));
    change(/^Laluan folder mahkamah/, 'X');
    fireEvent.click(screen.getByRole('button', { name: 'Cari kaunter' }));
    expect(await screen.findByText(/tidak dapat dicapai dari PC ini/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Semak rekod kaunter' })).toBeNull();
  });
});
