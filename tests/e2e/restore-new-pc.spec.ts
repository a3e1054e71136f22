import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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

// Both restores of a new PC (from a backup, from the court folder) run one after the other in one worker:
// each hashes PINs, decrypts and re-checks a whole ledger, and two at once on a 2-core machine starve each other.
test.describe.configure({ mode: 'default' });

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

const NEW_PIN = '135790';
const running = (caseNumber: string): number => Number(/-(\d{4})-\d{4}$/.exec(caseNumber)?.[1] ?? NaN);

test("K1's PC died without its data: a new PC restores K1 from the court folder and numbers on from K1's last case", async ({
  page,
  kaunter,
}) => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(join(tmpdir(), 'kaunter-e2e-court-'));
  const stick = await mkdtemp(join(tmpdir(), 'kaunter-e2e-stick-'));
  const newPc = await mkdtemp(join(tmpdir(), 'kaunter-e2e-newpc-'));
  try {
    await counterReadyToRegister(page, kaunter.url);
    const register = new RegisterScreen(page);
    const made = [
      await register.register({
        typeSearch: 'nafkah anak',
        typeCode: '024',
        claimants: [{ name: 'Aminah binti Yusof', idNumber: '850101-10-5124' }],
      }),
    ];
    await register.another();
    made.push(
      await register.register({
        typeSearch: 'nafkah anak',
        typeCode: '024',
        claimants: [{ name: 'Siti Hajar binti Osman', idNumber: '900303-05-5222' }],
      }),
    );
    // The backup puts the court recovery key file on the stick; the setup slip gives the device key.
    const frame = new AppFrame(page);
    const settings = new SettingsScreen(page);
    await frame.go('Tetapan');
    await settings.tab('Sandaran');
    await page.getByLabel('Folder sandaran').fill(stick);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await typeOwnPin(page);
    await page.getByRole('button', { name: 'Buat sandaran sekarang' }).click();
    await expect(page.getByTestId('backup-files').getByRole('row')).toHaveCount(2);
    const keyFile = (await readdir(stick)).find((name) => name.endsWith('kunci-pemulihan.asc')) ?? '';
    expect(keyFile).not.toBe('');
    await settings.tab('Kunci dan Eksport');
    await expect(page.getByTestId('device-key')).toBeVisible();
    await page.getByRole('tab', { name: 'Folder mahkamah' }).click();
    const deviceKey = await page.getByLabel(/^Kunci awam kaunter ini/).inputValue();
    const fingerprint = ((await page.getByTestId('court-own').locator('.fingerprint').textContent()) ?? '').trim();
    await page.getByLabel(/Laluan folder mahkamah/).fill(folder);
    await page.getByRole('button', { name: 'Simpan folder' }).click();
    await typeOwnPin(page);
    await expect(page.getByTestId('court-folder-now')).toHaveText(`Folder semasa: ${folder}`);

    // A new PC on an empty data folder: the court folder and the keys are all that came over.
    const host = await startHost(join(newPc, 'data'));
    try {
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Pulihkan daripada folder mahkamah' }).click();
      const form = page.getByTestId('restore-from-court-folder');
      await form.getByLabel(/^Laluan folder mahkamah/).fill(join(folder, 'tiada'));
      await form.getByRole('button', { name: 'Cari kaunter' }).click();
      await expect(form.getByText(/tidak dapat dicapai dari PC ini/)).toBeVisible();
      await form.getByLabel(/^Laluan folder mahkamah/).fill(folder);
      // K1 publishes with its next round: look until its subfolder holds segments.
      await expect(async () => {
        await form.getByRole('button', { name: 'Cari kaunter' }).click();
        await expect(page.getByTestId('court-restore-counters')).toContainText('K1', { timeout: 2_000 });
      }).toPass({ timeout: 60_000 });
      await form.getByLabel(/^Kunci rahsia ICT/).fill('bukan kunci');
      await form.getByLabel(/^Kunci awam kunci peranti/).fill(deviceKey);
      await form.getByLabel(/^Cap jari kunci peranti/).fill(fingerprint);
      await form.getByRole('button', { name: 'Semak rekod kaunter' }).click();
      await expect(form.getByText(/bukan kunci rahsia OpenPGP/)).toBeVisible();
      await form.getByLabel(/^Kunci rahsia ICT/).fill(await readFile(join(stick, keyFile), 'utf8'));
      await form.getByLabel(/^Frasa laluan kunci/).fill(RECOVERY_PASSPHRASE);
      await form.getByRole('button', { name: 'Semak rekod kaunter' }).click();
      await expect(page.getByTestId('court-restore-check')).toContainText('2 kes, 0 resit');
      await form.getByLabel(/^Penolong Pendaftar yang diberi PIN baharu/).selectOption({ label: SUPERVISOR.name });
      await form.getByLabel(/^PIN baharu/).fill(NEW_PIN);
      await form.getByRole('button', { name: 'Pulihkan kaunter ini' }).click();
      const result = page.getByTestId('court-restore-result');
      await expect(result).toContainText('Semakan pangkalan data: lulus.');
      await expect(page.getByTestId('court-restore-last-numbers')).toContainText(made[1] ?? '');
      await result.getByRole('button', { name: 'Log masuk' }).click();

      await new SignInScreen(page).signIn(SUPERVISOR.name, NEW_PIN);
      await frame.expectSignedIn(SUPERVISOR.name);
      await frame.go('Buku Daftar');
      await new BookScreen(page).expectNumbers([...made].reverse());
      await frame.go('Daftar Kes Baharu');
      const next = await register.register({
        typeSearch: 'nafkah anak',
        typeCode: '024',
        claimants: [{ name: 'Rahim bin Salleh', idNumber: '800202-05-5111' }],
      });
      expect(running(next)).toBe(running(made[1] ?? '') + 1);
    } finally {
      await host.stop();
    }
  } finally {
    for (const dir of [folder, stick, newPc]) await rm(dir, { recursive: true, force: true });
  }
});
