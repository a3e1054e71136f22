// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppInfo, SessionView } from '@shared/views';
import { showLanguage } from '../i18n/strings';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { App } from './App';

const INFO: AppInfo = {
  version: '0.1.0',
  setupDone: true,
  clockWarning: null,
  readOnly: null,
  idleSignOutMinutes: 5,
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

function signedIn() {
  return installFakeKaunter({
    'app.info': () => ok(INFO),
    'auth.session': () => ok(SESSION),
    'auth.signOut': () => ok(null),
    'auth.users': () => ok([SESSION.user]),
    'caseTypes.list': () => ok([]),
    'outage.current': () => ok(null),
    'recovery.worklist': () =>
      ok({ active: false, outages: [], total: 0, done: 0, allRecovered: true, items: [], matching: 0, limit: 200 }),
  });
}

async function minutesPass(minutes: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(minutes * 60_000);
  });
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  showLanguage('ms');
});

describe('the idle sign-out warning', () => {
  it('warns a minute before, and "Kekal log masuk" keeps the session here and at the ledger', async () => {
    const mocks = signedIn();
    render(<App />);
    await screen.findByText('Sila minta Penolong Pendaftar membuka tempoh gangguan.');
    await minutesPass(3.9);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await minutesPass(0.2);
    const warning = screen.getByRole('alertdialog', { name: 'Anda akan dilog keluar' });
    // A key pressed in passing does not hide the warning unread.
    fireEvent.keyDown(window, { key: 'a' });
    expect(screen.getByRole('alertdialog')).toBe(warning);

    const sessionChecks = mocks['auth.session'].mock.calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Kekal log masuk' }));
    expect(mocks['auth.session'].mock.calls.length).toBe(sessionChecks + 1);
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await minutesPass(2);
    // The fake makes a channel's mock on its first call: none means never called.
    expect(mocks['auth.signOut']).toBeUndefined();
    expect(screen.queryByRole('heading', { name: 'Log masuk' })).toBeNull();
  });

  it('signs out when the warning is left unanswered, and speaks English in English', async () => {
    const mocks = signedIn();
    act(() => showLanguage('en'));
    render(<App />);
    await screen.findByRole('button', { name: 'Sign out' });
    await minutesPass(4.1);
    expect(screen.getByRole('alertdialog', { name: 'You are about to be signed out' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Stay signed in' })).toBeTruthy();

    await minutesPass(1);
    expect(mocks['auth.signOut']).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });
});
