import { expect, test } from './fixtures';
import { setUpCounter, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { SignInScreen } from './pages/SignInScreen';

test('English on the sign-in screen: errors and navigation in English, kept across reload and restart', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  await new AppFrame(page).signOut();
  await new SignInScreen(page).expectShown();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');

  await page.getByRole('button', { name: 'EN', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The ledger refuses in Malay; the clerk reads it in English.
  const name = page.getByLabel('Name', { exact: false }).first();
  const option = name.locator('option', { hasText: `${SUPERVISOR.name} (` });
  await expect(option).toHaveText(`${SUPERVISOR.name} (Assistant Registrar)`);
  await name.selectOption({ label: `${SUPERVISOR.name} (Assistant Registrar)` });
  await page.getByLabel('PIN').fill('999999');
  await page.getByLabel('PIN').press('Enter');
  await expect(page.getByText('Wrong name or PIN.').first()).toBeVisible();
  await expect(page.getByText('Nama atau PIN salah.')).toHaveCount(0);

  await page.getByLabel('PIN').fill(SUPERVISOR.pin);
  await page.getByLabel('PIN').press('Enter');
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Register New Case' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect(page.locator('.frame__user-role')).toHaveText('Assistant Registrar');
  await expect(page.getByTestId('outage-banner')).toContainText('No ESV3 outage period is open.');

  // The choice belongs to this PC: a reload and a restart of the counter keep it.
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  const url = await kaunter.restart();
  await page.goto(url);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  // And back to Bahasa Melayu.
  await page.getByRole('button', { name: 'BM', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Log masuk' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ms');
});
