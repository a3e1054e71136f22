// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportJobView, ExportResultView } from '@shared/bundleViews';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { ExportPage } from './ExportPage';

const SHA = 'ab'.repeat(32);
const RESULT: ExportResultView = {
  seq: 1,
  baseName: 'KS-05005-K1-0001-20261128T0900',
  folder: '/media/usb',
  files: {
    pgp: 'KS-05005-K1-0001-20261128T0900.zip.pgp',
    manifestText: 'KS-05005-K1-0001-20261128T0900.manifest.txt',
    deviceKey: 'KS-05005-K1-0001-20261128T0900.device-key.asc',
  },
  pgpSha256: SHA,
  pgpBytes: 1234,
  previousSha256: null,
  exportedAt: '2026-11-28T01:00:00.000Z',
  deviceKeyFingerprint: '0123456789abcdef0123456789abcdef01234567',
  recipients: ['7e0ce10a32da76dbf1fd58dc784be4ed57571c9e'],
  withPassphrase: true,
  final: false,
  caseCount: 3,
  receiptCount: 3,
  totalSen: 8700,
  folderFindings: { completed: [], removed: [], unrecorded: [] },
};

function setup(activeCount = 1, result: ExportResultView = RESULT) {
  const running: ExportJobView = {
    jobId: '0b7c1f0e-7d4e-4c1b-9a53-1f7d1d0c2a11',
    state: 'running',
    progress: { phase: 'encrypt', fraction: 0.55 },
  };
  const mocks = installFakeKaunter({
    'bundle.ictKeys': () => ok({ keys: [], activeCount }),
    'bundle.exports': () => ok([]),
    'auth.users': () => ok([{ id: 1, name: 'Puan Rosnah binti Ismail', role: 'SUPERVISOR', active: true }]),
    'bundle.exportStart': () => ok(running),
    'bundle.exportStatus': () =>
      ok({ jobId: running.jobId, state: 'done', progress: { phase: 'done', fraction: 1 }, result }),
  });
  render(
    <MemoryRouter>
      <ExportPage />
    </MemoryRouter>,
  );
  return mocks;
}

afterEach(cleanup);

describe('Eksport page', () => {
  it('asks for the passphrase twice and a full folder path before any approval', async () => {
    const mocks = setup();
    await screen.findByText('Akan disulitkan menggunakan 1 kunci ICT.');
    fireEvent.change(screen.getByLabelText(/^Folder tujuan/), { target: { value: 'usb' } });
    fireEvent.change(screen.getByLabelText(/^Frasa laluan eksport/), { target: { value: 'frasa-laluan-1' } });
    fireEvent.change(screen.getByLabelText(/^Taip semula/), { target: { value: 'frasa-laluan-2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    expect(await screen.findByText(/Isikan laluan penuh folder/)).toBeTruthy();
    expect(screen.getByText('Frasa laluan tidak sama. Taip semula.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(mocks['bundle.exportStart']).toBeUndefined();
  });

  it('cannot export without an ICT key', async () => {
    setup(0);
    expect(await screen.findByText(/Belum ada kunci ICT/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Eksport' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('approves, follows the progress and shows the files and SHA-256', async () => {
    const mocks = setup();
    await screen.findByText('Akan disulitkan menggunakan 1 kunci ICT.');
    fireEvent.change(screen.getByLabelText(/^Folder tujuan/), { target: { value: '/media/usb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(1));
    fireEvent.change(within(dialog).getByLabelText(/Penolong Pendaftar/), { target: { value: '1' } });
    fireEvent.change(within(dialog).getByLabelText(/PIN penyelia/), { target: { value: '246810' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Luluskan dan eksport' }));
    expect(await screen.findByText('Eksport 1 selesai')).toBeTruthy();
    expect(screen.getByTestId('export-sha256').textContent).toBe(SHA);
    expect(screen.getByText(RESULT.files.pgp)).toBeTruthy();
    expect(mocks['bundle.exportStart']).toHaveBeenCalledWith({
      supervisorId: 1,
      supervisorPin: '246810',
      folder: '/media/usb',
      passphrase: null,
    });
  });

  it('says which bundles in the folder this counter never recorded, and which cut-short export it completed', async () => {
    const stray = 'KS-05005-K1-0002-20261128T0900.zip.pgp';
    const completed = 'KS-05005-K1-0000-20261128T0859.zip.pgp';
    setup(1, { ...RESULT, folderFindings: { completed: [completed], removed: [], unrecorded: [stray] } });
    await screen.findByText('Akan disulitkan menggunakan 1 kunci ICT.');
    fireEvent.change(screen.getByLabelText(/^Folder tujuan/), { target: { value: '/media/usb' } });
    fireEvent.click(screen.getByRole('button', { name: 'Eksport' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getAllByRole('option').length).toBeGreaterThan(1));
    fireEvent.change(within(dialog).getByLabelText(/Penolong Pendaftar/), { target: { value: '1' } });
    fireEvent.change(within(dialog).getByLabelText(/PIN penyelia/), { target: { value: '246810' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Luluskan dan eksport' }));
    expect(await screen.findByText('Eksport 1 selesai')).toBeTruthy();
    expect(screen.getByTestId('export-unrecorded').textContent).toContain(
      `tidak pernah direkodkan oleh kaunter ini: ${stray}`,
    );
    expect(screen.getByText(new RegExp(`telah dilengkapkan dalam folder ini: ${completed}`))).toBeTruthy();
  });
});
