import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';

const SHOTS = process.env.KAUNTER_SHOTS;

test('a case type with no last ESV3 number is not numbered silently: the counter asks, and a 0 from the supervisor starts it', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  const register = new RegisterScreen(page);
  await register.fill({
    typeSearch: '011',
    typeCode: '011',
    claimants: [{ name: "Nur Aina binti Mat Sa'ad", idNumber: '900512-05-5234' }],
  });
  const asked = page.getByText(/Nombor terakhir ESV3 bagi kes 011 tahun \d{4} belum ditetapkan/).first();
  await expect(asked).toBeVisible();
  await register.save();
  await expect(page.getByTestId('registered-number')).toHaveCount(0);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/last-number-asked.png`, fullPage: true });

  await frame.go('Tetapan');
  // The refused form still holds what was typed: leaving it is asked (leaving-a-form.spec.ts).
  await page
    .getByRole('alertdialog', { name: 'Tinggalkan borang ini?' })
    .getByRole('button', { name: 'Ya, tinggalkan' })
    .click();
  await new SettingsScreen(page).addLastNumber('011', 0);
  await frame.go('Daftar Kes Baharu');
  await register.chooseType('011', '011');
  await expect(register.nextNumber()).toHaveText(`05005-011-0001-${courtYear()}`);
});
