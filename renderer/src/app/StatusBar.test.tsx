// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Link, MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusBarView } from '@shared/statusBarViews';
import type { OutageView } from '@shared/views';
import type { CourtFolderView } from '@shared/courtFolderViews';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { OutageContext } from './context';
import { StatusBar } from './StatusBar';

const now = Date.now();
const STATUS: StatusBarView = {
  now: new Date(now).toISOString(),
  court: { code: '05005', name: 'Mahkamah Rendah Syariah Seremban', counterId: 'K1' },
  clerk: { name: 'Encik Hafiz bin Omar', role: 'CLERK' },
  outage: { id: 3, sopOption: 1, startedAt: new Date(now - (2 * 60 + 13) * 60_000).toISOString() },
  printer: { state: 'MISSING', name: 'Epson TM-T82', checkedAt: null, lastFailureAt: null },
  backup: { lastGoodAt: null, planned: true, failing: false },
  unexported: { lastExportAt: null, cases: 4, receipts: 5, filings: 2, appointments: 1, total: 12 },
};

afterEach(cleanup);

describe('StatusBar', () => {
  it('shows the outage with its elapsed time, counter, clerk, printer, backup and records not yet exported', async () => {
    const mocks = installFakeKaunter({ 'status.bar': () => ok(STATUS) });
    render(
      <MemoryRouter initialEntries={['/buku']}>
        <Link to="/daftar">Daftar</Link>
        <StatusBar />
      </MemoryRouter>,
    );
    const bar = await screen.findByRole('contentinfo', { name: 'Status kaunter' });
    await waitFor(() => expect(bar.textContent).toContain('Gangguan Pilihan 1 · 2 jam 13 minit'));
    expect(bar.textContent).toContain('05005 · Kaunter K1');
    expect(screen.getByTestId('status-clerk').textContent).toBe('Pembantu Tadbir: Encik Hafiz bin Omar');
    expect(screen.getByTestId('status-printer').textContent).toBe('Pencetak: tidak dijumpai');
    expect(screen.getByTestId('status-backup').textContent).toBe('Sandaran: belum ada');
    expect(screen.getByTestId('status-unexported').textContent).toMatch(/^Belum dieksport: 12 rekod \(4 kes, 5 resit/);
    expect(screen.getByTestId('status-unexported').title).toContain('4 kes, 5 resit, 2 dokumen diterima, 1 janji temu');

    // A new screen (every saving action ends on one) reads it again.
    const calls = mocks['status.bar'].mock.calls.length;
    fireEvent.click(screen.getByRole('link', { name: 'Daftar' }));
    await waitFor(() => expect(mocks['status.bar'].mock.calls.length).toBeGreaterThan(calls));
  });

  it('names the supervisor as Penolong Pendaftar, and reads again when an outage is opened on the same screen', async () => {
    let status: StatusBarView = {
      ...STATUS,
      clerk: { name: 'Puan Rosnah binti Ismail', role: 'SUPERVISOR' },
      outage: null,
    };
    const mocks = installFakeKaunter({ 'status.bar': () => ok(status) });
    const frame = (outage: OutageView | null) => (
      <MemoryRouter initialEntries={['/gangguan']}>
        <OutageContext.Provider value={{ outage, refreshOutage: () => undefined }}>
          <StatusBar />
        </OutageContext.Provider>
      </MemoryRouter>
    );
    const { rerender } = render(frame(null));
    await waitFor(() => expect(screen.getByTestId('status-outage').textContent).toBe('Tiada gangguan dibuka'));
    expect(screen.getByTestId('status-clerk').textContent).toBe('Penolong Pendaftar: Puan Rosnah binti Ismail');

    status = { ...status, outage: { id: 4, sopOption: 2, startedAt: new Date(now).toISOString() } };
    const calls = mocks['status.bar'].mock.calls.length;
    rerender(frame({ id: 4, sopOption: 2 } as OutageView));
    await waitFor(() => expect(mocks['status.bar'].mock.calls.length).toBeGreaterThan(calls));
    await waitFor(() => expect(screen.getByTestId('status-outage').textContent).toContain('Gangguan Pilihan 2'));
  });

  it("says each other counter's last segment in a few words, 'baru sahaja' in the first minute, the time in its title", async () => {
    const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();
    const counter = (id: string, lastArrivedAt: string | null) => ({
      counter: id,
      own: false,
      segments: 3,
      lastEventAt: lastArrivedAt,
      lastArrivedAt,
      problems: [],
    });
    const court: CourtFolderView = {
      folder: '/srv/mahkamah',
      ownCounter: 'K1',
      ownFingerprint: null,
      ownPublicKey: null,
      counters: [
        { ...counter('K1', ago(5)), own: true },
        counter('K2', ago(20)),
        counter('K3', ago(5 * 60 + 10)),
        counter('K4', null),
      ],
    };
    installFakeKaunter({ 'status.bar': () => ok(STATUS), 'courtFolder.status': () => ok(court) });
    render(
      <MemoryRouter initialEntries={['/buku']}>
        <StatusBar />
      </MemoryRouter>,
    );
    await waitFor(() => expect(screen.getByTestId('status-court-K2').textContent).toBe('K2: baru sahaja'));
    expect(screen.getByTestId('status-court-K2').title).toMatch(/^Segmen terakhir Kaunter K2 diterima /);
    expect(screen.getByTestId('status-court-K3').textContent).toBe('K3: 5 minit lalu');
    expect(screen.getByTestId('status-court-K4').textContent).toBe('K4: belum diterima');
    expect(screen.queryByTestId('status-court-K1')).toBeNull();
  });
});
