// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RecoveryWorklistView } from '@shared/recoveryViews';
import type { AppInfo, SessionView } from '@shared/views';
import { showLanguage } from '../i18n/strings';
import { installFakeKaunter, ok } from '../test/fakeKaunter';
import { App } from './App';

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
const SUPERVISOR: SessionView = {
  user: { id: 1, name: 'Puan Rohana binti Ismail', role: 'SUPERVISOR', active: true },
  signedInAt: '2026-11-28T01:15:00.000Z',
};
const worklist = (done: number, total: number): RecoveryWorklistView => ({
  active: true,
  outages: [],
  total,
  done,
  allRecovered: done === total,
  items: [],
  matching: 0,
  limit: 200,
});

function counter(recovery: RecoveryWorklistView) {
  installFakeKaunter({
    'app.info': () => ok(INFO),
    'auth.session': () => ok(SUPERVISOR),
    'caseTypes.list': () => ok([]),
    'outage.current': () => ok(null),
    'recovery.worklist': () => ok(recovery),
  });
  render(<App />);
}

afterEach(() => {
  cleanup();
  showLanguage('ms');
});

describe('the outage banner after ESV3 is back', () => {
  it('says recovery is under way and leads to the worklist, instead of asking for an outage', async () => {
    counter(worklist(3, 7));
    const banner = await screen.findByText(/pemulihan sedang berjalan/);
    expect(banner.textContent).toBe(
      'ESV3 telah pulih: pemulihan sedang berjalan (3 daripada 7 kes telah direkodkan dalam ESV3).',
    );
    expect(screen.getByRole('link', { name: 'Buka senarai pemulihan' }).getAttribute('href')).toBe('#/pemulihan');
    expect(screen.getByTestId('outage-banner').textContent).not.toContain('Buka tempoh gangguan');

    act(() => showLanguage('en'));
    expect(
      await screen.findByText('ESV3 is back: recovery is under way (3 of 7 cases recorded in ESV3).'),
    ).toBeTruthy();
  });

  it('asks for an outage once every case is in ESV3', async () => {
    counter(worklist(7, 7));
    const banner = await screen.findByTestId('outage-banner');
    expect(banner.textContent).toContain('Tiada tempoh gangguan ESV3 dibuka.');
    expect(banner.textContent).toContain('Buka tempoh gangguan');
    expect(banner.textContent).not.toContain('pemulihan');
  });
});
