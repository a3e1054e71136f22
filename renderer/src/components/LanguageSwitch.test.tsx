// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, SessionView } from '@shared/views';
import { App } from '../app/App';
import { showLanguage } from '../i18n/strings';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { errorData, fieldIssue } from '@shared/errors';

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
const CLERK: SessionView['user'] = { id: 2, name: 'Encik Hafiz bin Razak', role: 'CLERK', active: true };

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

describe('the BM | EN switch', () => {
  it('switches the sign-in screen to English and remembers the choice for this PC', async () => {
    const mocks = installFakeKaunter({
      'app.info': () => ok(INFO),
      'auth.session': () => ok(null),
      'auth.users': () => ok([CLERK]),
      'language.set': (input) => ok(input.language),
    });
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Log masuk' })).toBeTruthy();
    expect(document.documentElement.lang).not.toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'EN' }));

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '— Choose your name —' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Log masuk' })).toBeNull();
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(document.documentElement.lang).toBe('en');
    expect(mocks['language.set']).toHaveBeenCalledWith({ language: 'en' });

    fireEvent.click(screen.getByRole('button', { name: 'BM' }));
    expect(await screen.findByRole('heading', { name: 'Log masuk' })).toBeTruthy();
  });

  it('shows the ledger’s refusal in English when English is chosen', async () => {
    installFakeKaunter({
      'app.info': () => ok(INFO),
      'auth.session': () => ok(null),
      'auth.users': () => ok([CLERK]),
      'auth.signIn': () => ({
        ok: false,
        error: errorData('VALIDATION', 'Nama atau PIN salah.', undefined, [fieldIssue('pin', 'Nama atau PIN salah.')]),
      }),
    });
    act(() => showLanguage('en'));
    render(<App />);
    await screen.findByRole('option', { name: /Encik Hafiz bin Razak/ });
    fireEvent.change(screen.getByLabelText(/^Name/), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText(/^PIN/), { target: { value: '123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findAllByText('Wrong name or PIN.')).length).toBeGreaterThan(0);
    expect(screen.queryByText('Nama atau PIN salah.')).toBeNull();
  });
});
