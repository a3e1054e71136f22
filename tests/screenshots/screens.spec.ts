import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startHost, type RunningHost } from '../e2e/host';
import { setUpCounter } from '../e2e/flows';
import { AppFrame } from '../e2e/pages/AppFrame';
import { SignInScreen } from '../e2e/pages/SignInScreen';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'docs', 'screenshots');

/** Waits until nothing on screen is still loading, then saves the viewport as docs/screenshots/NAME.png. */
async function shot(page: Page, name: string): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
  await expect(page.getByTestId('status-bar').or(page.locator('.auth, .setup')).first()).toBeVisible();
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

async function withHost(
  seedCases: number,
  run: (page: Page, url: string, dataDir: string) => Promise<void>,
  page: Page,
) {
  const dataDir = await mkdtemp(join(tmpdir(), 'kaunter-screens-'));
  let host: RunningHost | null = null;
  try {
    if (seedCases > 0) {
      execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [
        join(ROOT, 'electron', 'cli', 'kaunter.ts'),
        'seed',
        '--data',
        dataDir,
        '--cases',
        String(seedCases),
      ]);
    }
    host = await startHost(dataDir);
    await run(page, host.url, dataDir);
  } finally {
    await host?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

test('a new counter: setup, and the empty screens saying what to do', async ({ page }) => {
  await withHost(
    0,
    async (p, url) => {
      await p.goto(url);
      await expect(p.getByRole('heading', { name: 'Tetapan Awal' })).toBeVisible();
      await p.screenshot({ path: join(OUT, 'setup.png') });
      await setUpCounter(p, url);
      const frame = new AppFrame(p);
      await frame.go('Buku Daftar');
      await expect(p.locator('.empty')).toBeVisible();
      await shot(p, 'empty-register-book');
      await frame.go('Daftar Kes Baharu');
      await expect(
        p.getByRole('heading', { name: 'Tempoh gangguan belum dibuka' }).or(p.locator('.notice')),
      ).toBeVisible();
      await shot(p, 'register-no-outage');
    },
    page,
  );
});

test('a counter in use: every screen', async ({ page }) => {
  await withHost(
    30,
    async (p, url) => {
      await p.goto(url);
      await expect(p.getByRole('heading', { name: 'Log masuk' })).toBeVisible();
      await p.screenshot({ path: join(OUT, 'sign-in.png') });
      await new SignInScreen(p).signIn('Penyelia Demo', '123456');
      const frame = new AppFrame(p);
      await expect(p.getByTestId('status-bar')).toContainText('Penyelia Demo');

      // Registration, from the case type to the receipt.
      await p.keyboard.press('F2');
      const picker = p.getByRole('combobox', { name: /Jenis kes/ });
      await expect(picker).toBeFocused();
      await p.keyboard.type('nafkah');
      await shot(p, 'register-case-type');
      await p.keyboard.press('Enter');
      await p.locator('#party-0-name').fill('Siti Aminah binti Abdullah');
      await p.locator('#party-0-idNumber').fill('900512-05-5234');
      await p.getByRole('button', { name: /^Tambah (Defendan|Responden)$/ }).click();
      await p.locator('#party-1-name').fill('Ahmad Faizal bin Hassan');
      await p.locator('#party-1-idNumber').fill('880230-05-5111');
      await p.locator('#party-1-idNumber').blur();
      await expect(p.getByTestId('mykad-warning-1')).toBeVisible();
      await p.getByTestId('mykad-warning-1').scrollIntoViewIfNeeded();
      await shot(p, 'register-mykad-warning');
      await p.locator('#party-1-idNumber').fill('880220-05-5111');
      await p.keyboard.press('Escape');
      await expect(p.getByRole('alertdialog')).toBeVisible();
      await shot(p, 'leave-form-confirm');
      await p.keyboard.press('Enter');
      await p.locator('#party-1-idNumber').press('Enter');
      await expect(p.getByTestId('registered-number')).toBeVisible();
      await shot(p, 'registered');
      await p.keyboard.press('Enter');
      await expect(p.getByLabel(/^Wang diterima/)).toBeFocused();
      await p.keyboard.type('100');
      await shot(p, 'payment');
      await p.keyboard.press('Enter');
      await expect(p.getByRole('button', { name: 'Cetak resit' })).toBeFocused();
      await shot(p, 'receipt');

      await p.keyboard.press('F1');
      await expect(p.getByRole('dialog', { name: 'Pintasan papan kekunci' })).toBeVisible();
      await shot(p, 'shortcuts');
      await p.keyboard.press('Escape');

      await p.keyboard.press('F3');
      await expect(p.getByRole('heading', { name: 'Buku Daftar', level: 1 })).toBeVisible();
      await expect(p.locator('table tbody tr').first()).toBeVisible();
      await shot(p, 'register-book');
      await p.getByTestId('status-bar').screenshot({ path: join(OUT, 'status-bar.png') });
      await p.locator('table tbody tr a').first().click();
      await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
      await shot(p, 'case');
      const hearings = p.getByRole('heading', { name: 'Tarikh sebutan / perbicaraan' });
      await hearings.scrollIntoViewIfNeeded();
      await p.evaluate(() => window.scrollBy(0, -80));
      await shot(p, 'case-empty-states');

      for (const [target, name] of [
        ['Gangguan', 'outage'],
        ['Pemulihan ESV3', 'recovery'],
        ['Tutup Kaunter', 'day-close'],
        ['Kes Telah Didaftarkan', 'existing-case'],
        ['Janji Temu', 'appointments'],
        ['Eksport', 'export'],
      ] as const) {
        // The page being left still shows its heading for a moment: wait until the heading is another's.
        const before = await p.getByRole('heading', { level: 1 }).textContent();
        await frame.go(target);
        await expect(p.getByRole('heading', { level: 1 })).not.toHaveText(before ?? '');
        await shot(p, name);
      }

      await frame.go('Tetapan');
      for (const [tab, name] of [
        ['Butiran mahkamah', 'settings-court'],
        ['Nombor kes terakhir ESV3', 'settings-last-numbers'],
        ['Pengguna', 'settings-users'],
        ['Jadual Fi', 'settings-fees'],
        ['Resit', 'settings-receipt'],
        ['Kalendar dan dokumen', 'calendar-settings'],
        ['Pencetak', 'settings-printers'],
        ['Sandaran', 'settings-backup'],
        ['Janji temu dan dokumen', 'settings-sop-paths'],
        ['Kunci dan Eksport', 'settings-keys'],
      ] as const) {
        await p.getByRole('tab', { name: tab, exact: true }).click();
        await expect(p.getByRole('tabpanel')).toBeVisible();
        await shot(p, name);
      }
    },
    page,
  );
});
