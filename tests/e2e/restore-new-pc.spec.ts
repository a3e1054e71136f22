import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR, typeOwnPin } from './flows';
import { startHost } from './host';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';
import { RECOVERY_PASSPHRASE } from './pages/SetupScreen';
import { SignInScreen } from './pages/SignInScreen';

test('the PC died: a new PC restores the counter from the first-run screen with the passphrase and finds the case', async ({
  page,
  kaunter,
}) => {
  const stick = await mkdtemp(join(tmpdir(), 'kaunter-e2e-stick-'));
  const newPc = await mkdtemp(join(tmpdir(), 'kaunter-e2e-newpc-'));
  try {
    await counterReadyToRegister(page, kaunter.url);
    const caseNumber = await new RegisterScreen(page).register({
      typeSearch: 'nafkah anak',
      typeCode: '024',
      claimants: [{ name: 'Aminah binti Yusof', idNumber: '900512-05-5234' }],
    });
    const frame = new AppFrame(page);
    await frame.go('Tetapan');
    const settings = new SettingsScreen(page);
    await settings.tab('Sandaran');
    await page.getByLabel('Folder sandaran').fill(stick);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await typeOwnPin(page);
    await expect(page.getByText('Perubahan telah disimpan.')).toBeVisible();
    await page.getByRole('button', { name: 'Buat sandaran sekarang' }).click();
    await expect(page.getByTestId('backup-files').getByRole('row')).toHaveCount(2);
    const backup = (await readdir(stick)).find((name) => name.endsWith('.sqlite.pgp')) ?? '';
    expect(backup).not.toBe('');

    // A new PC: an empty data folder, only the stick came over.
    const host = await startHost(join(newPc, 'data'));
    try {
      await page.goto(host.url);
      await expect(page.getByRole('heading', { name: 'Tetapan Awal' })).toBeVisible();
      await page.getByRole('button', { name: 'Pulihkan daripada sandaran' }).click();
      const restore = page.getByTestId('restore-from-backup');
      await restore.getByLabel(/^Fail sandaran/).fill(join(stick, backup));
      await restore.getByLabel(/^Frasa laluan pemulihan/).fill('bukan frasa yang betul');
      await restore.getByRole('button', { name: 'Semak sandaran' }).click();
      await expect(restore.getByText(/Frasa laluan pemulihan salah/)).toBeVisible();
      await restore.getByLabel(/^Frasa laluan pemulihan/).fill(RECOVERY_PASSPHRASE);
      await restore.getByRole('button', { name: 'Semak sandaran' }).click();
      await expect(page.getByTestId('restore-check')).toContainText('1 kes, 0 resit');
      await expect(page.getByTestId('restore-check')).toContainText('Ditandatangani oleh kunci peranti');
      await page.screenshot({ path: '/tmp/restore-new-pc.png', fullPage: true });
      await restore.getByRole('button', { name: 'Pulihkan sandaran ini' }).click();
      await page.getByRole('button', { name: 'Log masuk' }).click();

      await new SignInScreen(page).signIn(SUPERVISOR.name, SUPERVISOR.pin);
      await frame.expectSignedIn(SUPERVISOR.name);
      await frame.go('Buku Daftar');
      await new BookScreen(page).expectNumbers([caseNumber]);

      // The old PC's secret key stayed with it: the supervisor makes a new device key, then backs up.
      await frame.go('Tetapan');
      await settings.tab('Kunci dan Eksport');
      await expect(page.getByText(/tiada pada komputer ini/)).toBeVisible();
      await page.getByRole('button', { name: 'Buat kunci peranti baharu' }).click();
      const replace = page.getByTestId('replace-device-key');
      await replace.getByLabel(/^Sebab/).fill('Komputer K1 rosak, dipulihkan ke PC baharu');
      await replace.getByRole('button', { name: 'Buat kunci peranti baharu' }).click();
      await typeOwnPin(page);
      await expect(page.getByText('Kunci peranti baharu dibuat.', { exact: false })).toBeVisible();
      await expect(page.getByText(/tiada pada komputer ini/)).toBeHidden();
      await page.screenshot({ path: '/tmp/new-device-key.png', fullPage: true });
      const newStick = join(newPc, 'usb');
      await mkdir(newStick);
      await settings.tab('Sandaran');
      await page.getByLabel('Folder sandaran').fill(newStick);
      await page.getByRole('button', { name: 'Simpan' }).click();
      await typeOwnPin(page);
      await page.getByRole('button', { name: 'Buat sandaran sekarang' }).click();
      await expect(page.getByTestId('backup-files').getByRole('row')).toHaveCount(2);
    } finally {
      await host.stop();
    }
  } finally {
    await rm(stick, { recursive: true, force: true });
    await rm(newPc, { recursive: true, force: true });
  }
});
