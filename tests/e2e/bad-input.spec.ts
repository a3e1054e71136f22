import { expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { RegisterScreen } from './pages/RegisterScreen';

test('an invalid MyKad gives a Malay error and nothing is saved', async ({ page, kaunter }) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  await register.fill({
    typeSearch: '024',
    typeCode: '024',
    claimants: [{ name: 'Aminah binti Yusof', idNumber: '90051205523' }],
  });
  await register.save();
  await expect(register.party(0).getByText('No. K/P (MyKad) mesti 12 digit, cth. 850101-10-5123.')).toBeVisible();
  await expect(page.getByTestId('registered-number')).toHaveCount(0);

  await new AppFrame(page).leaveFormFor('Buku Daftar');
  await expect(page.getByText('Belum ada kes didaftarkan.')).toBeVisible();
});

test('a MyKad whose place code does not exist needs a reason, which is kept with the case', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  await register.fill({
    typeSearch: 'hadhanah',
    typeCode: '028',
    claimants: [{ name: 'Nor Azizah binti Kamal', idNumber: '900512-00-5234' }],
  });
  await expect(page.getByTestId('mykad-warning-0')).toContainText('Kod tempat lahir 00');
  await register.save();
  await expect(register.party(0).getByText('Nyatakan sebab untuk meneruskan dengan No. K/P ini.')).toBeVisible();
  await expect(page.getByTestId('registered-number')).toHaveCount(0);

  await register.fillParty(0, { name: 'Nor Azizah binti Kamal', overrideReason: 'Disemak dengan MyKad asal.' });
  await register.save();
  const number = page.getByTestId('registered-number');
  await expect(number).toHaveText(/^05005-028-\d{4}-\d{4}$/);
  const saved = (await number.textContent()) ?? '';
  await page.getByRole('link', { name: 'Lihat kes' }).click();
  const detail = page.getByTestId('case-detail');
  await expect(detail).toContainText('Disemak dengan MyKad asal.');
  await expect(detail).toContainText('Kod tempat lahir 00');

  await new AppFrame(page).go('Buku Daftar');
  await new BookScreen(page).expectNumbers([saved]);
});

test('an empty name and a 10,000-character paste are refused in Malay, and nothing is saved', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  await register.fill({
    typeSearch: 'fasakh',
    typeCode: '014',
    claimants: [{ name: '   ', idType: 'NONE' }],
    respondents: [{ name: 'A'.repeat(10_000), idType: 'NONE' }],
  });
  await register.save();
  await expect(register.party(0).getByText('Nama pihak mesti diisi.')).toBeVisible();
  await expect(register.party(1).getByText('Nama pihak terlalu panjang (had 150 aksara).')).toBeVisible();
  await expect(page.getByTestId('registered-number')).toHaveCount(0);

  await new AppFrame(page).leaveFormFor('Buku Daftar');
  await expect(page.getByText('Belum ada kes didaftarkan.')).toBeVisible();
});
