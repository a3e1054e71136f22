import { courtYear, expect, test } from './fixtures';
import { setUpCounter, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';
import { SignInScreen } from './pages/SignInScreen';

const CLERK = { name: 'Encik Hafiz bin Razak', pin: '135790' };

test('a clerk is told to ask the supervisor; registration follows the SOP option; last numbers can be changed', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  const signIn = new SignInScreen(page);
  const settings = new SettingsScreen(page);

  await frame.go('Tetapan');
  await settings.addUser(CLERK.name, 'CLERK', CLERK.pin);
  await frame.signOut();

  await signIn.expectShown();
  await signIn.signIn(CLERK.name, '000000');
  await expect(page.getByRole('alert')).toContainText('salah');
  await signIn.signIn(CLERK.name, CLERK.pin);
  await frame.expectSignedIn(CLERK.name);
  await expect(page.getByRole('link', { name: 'Tetapan' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Eksport' })).toHaveCount(0);
  // Typed into the address (or a bookmark): told why, not sent elsewhere without a word.
  for (const [hash, screen] of [
    ['#/tetapan', 'Tetapan'],
    ['#/eksport', 'Eksport'],
  ] as const) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    await expect(page.getByText(`${screen}: untuk Penolong Pendaftar sahaja`)).toBeVisible();
    await expect(page.getByText('Anda log masuk sebagai Pembantu Tadbir')).toBeVisible();
  }
  await page.getByRole('link', { name: 'Ke Daftar Kes Baharu' }).click();
  await expect(frame.banner()).toContainText('Sila minta Penolong Pendaftar membuka tempoh gangguan.');
  await expect(page.getByText('Sila minta Penolong Pendaftar membuka tempoh gangguan Pilihan 1.')).toBeVisible();
  await frame.signOut();

  await signIn.signIn(SUPERVISOR.name, SUPERVISOR.pin);
  await frame.go('Gangguan');
  const outage = new OutageScreen(page);
  await outage.open(3);
  await expect(frame.banner()).toContainText('Pilihan 3');
  await frame.go('Daftar Kes Baharu');
  await expect(page.getByText(/Pilihan 3: pendaftaran kes baharu ditutup/)).toBeVisible();
  await expect(page.getByRole('combobox', { name: /Jenis kes/ })).toHaveCount(0);

  await frame.go('Gangguan');
  await outage.close();
  await expect(frame.banner()).toContainText('Tiada tempoh gangguan ESV3 dibuka.');
  await outage.open(1);

  await frame.go('Tetapan');
  await settings.setLastNumber('024', 1200);
  await frame.go('Daftar Kes Baharu');
  const register = new RegisterScreen(page);
  await register.chooseType('024', '024');
  await expect(register.nextNumber()).toHaveText(`05005-024-1201-${courtYear()}`);
});
