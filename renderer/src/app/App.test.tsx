// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, SessionView } from '@shared/views';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { App } from './App';
import { errorData } from '@shared/errors';

const INFO: AppInfo = {
  version: '0.1.0',
  setupDone: true,
  clockWarning: null,
  readOnly: null,
  idleSignOutMinutes: 15,
  court: {
    stateCode: '05',
    stateName: 'Negeri Sembilan',
    courtCode: '005',
    courtName: 'Mahkamah Rendah Syariah Seremban',
    courtLevel: 'MRS',
    counterId: 'K1',
  },
};

const SESSION: SessionView = {
  user: { id: 2, name: 'Encik Hafiz bin Razak', role: 'CLERK', active: true },
  signedInAt: '2026-11-28T01:15:00.000Z',
};

afterEach(cleanup);

describe('App', () => {
  it('shows first-run setup on a new data folder', async () => {
    installFakeKaunter({
      'app.info': () => ok({ ...INFO, setupDone: false, court: null }),
      'auth.session': () => ok(null),
      'setup.reference': () => ok({ states: [], caseTypes: [], defaultTemplate: '', currentYear: 2026 }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Tetapan Awal' })).toBeTruthy();
  });

  it('returns to sign-in when the ledger says the session has ended', async () => {
    installFakeKaunter({
      'app.info': () => ok(INFO),
      'auth.session': () => ok(SESSION),
      'auth.users': () => ok([SESSION.user]),
      'caseTypes.list': () => ok([]),
      'outage.current': () => ({
        ok: false,
        error: errorData('UNAUTHENTICATED', 'Sila log masuk dahulu.'),
      }),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Log masuk' })).toBeTruthy();
    // The names arrive a moment after the sign-in page: wait for them rather than race them.
    expect(await screen.findByRole('option', { name: 'Encik Hafiz bin Razak (Pembantu Tadbir)' })).toBeTruthy();
  });

  it('tells a clerk to ask the supervisor when no outage is open', async () => {
    installFakeKaunter({
      'app.info': () => ok(INFO),
      'auth.session': () => ok(SESSION),
      'caseTypes.list': () => ok([]),
      'outage.current': () => ok(null),
    });
    render(<App />);
    expect(await screen.findByText('Sila minta Penolong Pendaftar membuka tempoh gangguan.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Tetapan' })).toBeNull();
    expect(document.title).toBe('Mahkamah Rendah Syariah Seremban (Kaunter K1) — Kaunter Sandaran');
  });
});
