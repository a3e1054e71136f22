import { expect, test } from './fixtures';
import { setUpCounter } from './flows';
import { AppFrame } from './pages/AppFrame';
import { SettingsScreen } from './pages/SettingsScreen';
import { SignInScreen } from './pages/SignInScreen';

const CLERK = { name: 'Puan Siti Aishah binti Ahmad', pin: '135790', newPin: '864200' };

test('a supervisor resets a clerk’s forgotten PIN: the old one stops, the clerk signs in with the new one', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  const settings = new SettingsScreen(page);
  await frame.go('Tetapan');
  await settings.addUser(CLERK.name, 'CLERK', CLERK.pin);

  // The two PINs must agree, as at setup; nothing changes until they do.
  await settings.resetPin(CLERK.name, CLERK.newPin, '864201');
  const dialog = page.getByRole('dialog', { name: `Tetapkan semula PIN ${CLERK.name}` });
  await expect(dialog.getByText('PIN yang disahkan tidak sama.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pin-reset-dialog.png') });
  await dialog.getByLabel('Sahkan PIN').fill(CLERK.newPin);
  await dialog.getByRole('button', { name: 'Tetapkan semula PIN' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`PIN ${CLERK.name} telah ditetapkan semula.`)).toBeVisible();

  await frame.signOut();
  const signIn = new SignInScreen(page);
  await signIn.expectShown();
  await signIn.signIn(CLERK.name, CLERK.pin);
  await expect(page.getByRole('alert')).toContainText('salah');
  await signIn.signIn(CLERK.name, CLERK.newPin);
  await frame.expectSignedIn(CLERK.name);
});
