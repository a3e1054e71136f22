import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { RegisterScreen } from './pages/RegisterScreen';

const NUMBER = `05005-024-0770-${courtYear()}`;

test('a passport party needs a nationality, picked by typing part of the name ("Indo" → Indonesia)', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  await register.fill({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Yusof', idNumber: '850101-10-5124' }],
    respondents: [{ name: 'Budi Santoso bin Hartono', idType: 'PASSPORT', idNumber: 'c4567890' }],
  });
  const respondent = register.party(1);
  const picker = respondent.getByRole('combobox', { name: /^Kewarganegaraan/ });
  await expect(picker).toBeVisible();
  // A MyKad party has no nationality to choose.
  await expect(register.party(0).getByRole('combobox', { name: /^Kewarganegaraan/ })).toHaveCount(0);

  // Saved without a nationality: refused beside the field, nothing registered.
  await register.save();
  await expect(respondent).toContainText('Pilih kewarganegaraan pemegang pasport daripada senarai.');
  await expect(page.getByTestId('registered-number')).toHaveCount(0);

  // Typed text alone is not a choice; the list offers Indonesia first for "Indo".
  await picker.fill('Indo');
  const options = respondent.getByRole('listbox', { name: 'Kewarganegaraan' }).getByRole('option');
  await expect(options.first()).toContainText('Indonesia');
  await expect(options.first()).toContainText('IDN');
  await page.screenshot({ path: '/tmp/kaunter-nationality-picker.png' });
  await picker.press('Enter');
  await expect(picker).toHaveValue('Indonesia');

  await register.save();
  await expect(page.getByTestId('registered-number')).toHaveText(NUMBER);
  await page.getByRole('link', { name: 'Lihat kes' }).click();
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByTestId('party-nationality')).toHaveText('Kewarganegaraan: Indonesia');
  await expect(detail).toContainText('C4567890');
  await page.screenshot({ path: '/tmp/kaunter-nationality-detail.png', fullPage: true });
});
