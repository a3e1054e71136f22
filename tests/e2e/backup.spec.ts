import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR, typeOwnPin } from './flows';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';
import { RECOVERY_PASSPHRASE } from './pages/SetupScreen';
import { SignInScreen } from './pages/SignInScreen';

const FIRST = {
  typeSearch: 'nafkah anak',
  typeCode: '024',
  claimants: [{ name: 'Aminah binti Yusof', idNumber: '900512-05-5234' }],
};
const SECOND = {
  typeSearch: 'nafkah anak',
  typeCode: '024',
  claimants: [{ name: 'Rosnah binti Ali', idNumber: '880303-10-5672' }],
};

test('supervisor picks a backup folder, backs up, and restores the backup after a later registration', async ({
  page,
  kaunter,
}) => {
  const backupDir = await mkdtemp(join(tmpdir(), 'kaunter-e2e-backup-'));
  try {
    await counterReadyToRegister(page, kaunter.url);
    const register = new RegisterScreen(page);
    const frame = new AppFrame(page);
    const first = await register.register(FIRST);

    await frame.go('Tetapan');
    const settings = new SettingsScreen(page);
    await settings.tab('Sandaran');
    await expect(page.getByText('Folder sandaran belum dipilih')).toBeVisible();
    // A folder that does not exist is refused beside the field.
    await page.getByLabel('Folder sandaran').fill(join(backupDir, 'tiada'));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await typeOwnPin(page);
    await expect(page.getByText(/tidak wujud/).first()).toBeVisible();
    await page.getByLabel('Folder sandaran').fill(backupDir);
    await page.getByRole('button', { name: 'Simpan' }).click();
    await typeOwnPin(page);
    await expect(page.getByText('Perubahan telah disimpan.')).toBeVisible();
    await page.getByRole('button', { name: 'Buat sandaran sekarang' }).click();
    await expect(page.getByTestId('backup-files').getByRole('row')).toHaveCount(2);
    await expect(page.getByTestId('backup-last-good')).not.toHaveText('Belum ada sandaran');
    expect((await readdir(backupDir)).filter((n) => n.endsWith('.sqlite.pgp'))).toHaveLength(1);
    await expect(page.getByTestId('backup-passphrase')).toContainText('Cap jari kunci pemulihan');
    await page.screenshot({ path: test.info().outputPath('backup-tab.png'), fullPage: true });

    await frame.go('Daftar Kes Baharu');
    const second = await register.register(SECOND);

    await frame.go('Tetapan');
    await settings.tab('Sandaran');
    await page.locator('#backup-unlock').fill(RECOVERY_PASSPHRASE);
    await page.getByRole('button', { name: 'Semak dan pulihkan…' }).click();
    const compare = page.getByTestId('backup-compare');
    await expect(compare).toContainText('Akan hilang jika dipulihkan: 1 kes');
    await compare.getByRole('button', { name: 'Pulihkan sandaran' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Penolong Pendaftar').selectOption({ label: SUPERVISOR.name });
    await dialog.getByLabel('PIN').fill('000000');
    await dialog.getByRole('button', { name: 'Pulihkan sandaran' }).click();
    await expect(dialog.getByText(/salah/).first()).toBeVisible();
    await dialog.getByLabel('PIN').fill(SUPERVISOR.pin);
    await dialog.getByRole('button', { name: 'Pulihkan sandaran' }).click();
    await expect(page.getByText(/dipulihkan\. Pangkalan data lama disimpan/)).toBeVisible();
    await expect(page.getByText(/tidak akan digunakan semula/).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('restored.png'), fullPage: true });
    await page.getByRole('button', { name: 'Log keluar' }).last().click();

    await new SignInScreen(page).signIn(SUPERVISOR.name, SUPERVISOR.pin);
    await frame.go('Buku Daftar');
    const book = new BookScreen(page);
    await book.expectNumbers([first]);
    expect(second).not.toBe(first);
  } finally {
    await rm(backupDir, { recursive: true, force: true });
  }
});

test('choosing a new data folder tells the supervisor how many records are unexported and asks first', async ({
  page,
  kaunter,
}) => {
  const elsewhere = await mkdtemp(join(tmpdir(), 'kaunter-e2e-folder-'));
  try {
    await counterReadyToRegister(page, kaunter.url);
    await new RegisterScreen(page).register(FIRST);
    await new AppFrame(page).go('Tetapan');
    await new SettingsScreen(page).tab('Sandaran');
    await expect(page.getByTestId('data-folder-unexported')).toContainText(
      '1 kes, 0 resit, 0 dokumen diterima, 0 janji temu',
    );
    await expect(page.getByTestId('data-folder-unexported')).toContainText('Belum pernah dieksport.');

    await page.getByLabel('Folder data baharu').fill('folder/relatif');
    await page.getByRole('button', { name: 'Tukar folder data…' }).click();
    await expect(page.getByText(/Tulis laluan penuh folder/)).toBeVisible();

    await page.getByLabel('Folder data baharu').fill(join(elsewhere, 'kaunter'));
    await page.getByRole('button', { name: 'Tukar folder data…' }).click();
    const ask = page.getByRole('alertdialog');
    await expect(ask).toContainText(
      '1 rekod (1 kes, 0 resit, 0 dokumen diterima, 0 janji temu) belum dimasukkan ke dalam mana-mana eksport',
    );
    const go = ask.getByRole('button', { name: 'Tukar juga' });
    await expect(go).toBeDisabled();
    await ask.getByLabel(/Saya faham: 1 rekod/).check();
    await go.click();
    await typeOwnPin(page);
    await expect(page.getByText(/kosong: Tetapan Awal dijalankan apabila aplikasi dibuka semula/)).toBeVisible();
    await expect(page.getByText(/Tutup dan buka semula Kaunter Sandaran/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('data-folder.png'), fullPage: true });
  } finally {
    await rm(elsewhere, { recursive: true, force: true });
  }
});
