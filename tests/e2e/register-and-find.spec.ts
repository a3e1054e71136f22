import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SignInScreen } from './pages/SignInScreen';

const YEAR = courtYear();
const NAFKAH_NUMBER = `05005-024-0770-${YEAR}`;
const NIKAH_NUMBER = `05005-010-0042-${YEAR}`;
const APOSTROPHE_NAME = "Siti Nur'ain binti Abdullah";
const JAWI_NAME = 'محمد فاروق بن عبدالله';
const CHINESE_NAME = 'Lim Mei Ling @ 林美玲';

test('first-run setup → outage → two cases numbered from the last ESV3 numbers → search → survives a restart', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const register = new RegisterScreen(page);
  const frame = new AppFrame(page);

  await register.chooseType('nafkah anak', '024');
  await expect(register.nextNumber()).toHaveText(NAFKAH_NUMBER);
  const first = await register.register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [
      {
        name: APOSTROPHE_NAME,
        idNumber: '900512-05-5234',
        address: "No. 12, Jalan Dato' Bandar Tunggal\n70000 Seremban\nNegeri Sembilan",
        phone: '012-3456789',
      },
    ],
    respondents: [{ name: 'Ahmad Faizal bin Osman', idNumber: '880303105671' }],
    claim: '1,500.00',
  });
  expect(first).toBe(NAFKAH_NUMBER);

  await register.another();
  const second = await register.register({
    typeSearch: '010',
    typeCode: '010',
    claimants: [
      { name: JAWI_NAME, idNumber: '851120-14-5011' },
      {
        name: CHINESE_NAME,
        idType: 'PASSPORT',
        idNumber: 'K12345678',
        nationality: { search: 'Sing', pick: 'Singapura' },
      },
    ],
  });
  expect(second).toBe(NIKAH_NUMBER);

  await frame.go('Buku Daftar');
  const book = new BookScreen(page);
  await book.expectNumbers([NIKAH_NUMBER, NAFKAH_NUMBER]);
  await book.search("Nur'ain");
  await book.expectNumbers([NAFKAH_NUMBER]);
  await book.search('880303-10-5671');
  await book.expectNumbers([NAFKAH_NUMBER]);
  await book.search('851120145011');
  await book.expectNumbers([NIKAH_NUMBER]);
  await book.search(JAWI_NAME);
  await book.expectNumbers([NIKAH_NUMBER]);
  await book.search(NIKAH_NUMBER);
  await book.expectNumbers([NIKAH_NUMBER]);
  // What a clerk remembers: the running number alone, the last digits of an IC.
  await book.search('770');
  await book.expectNumbers([NAFKAH_NUMBER]);
  await book.search('5011');
  await book.expectNumbers([NIKAH_NUMBER]);
  // The source column says in words where the number came from.
  await expect(page.getByTestId('book-source')).toHaveText(['Sementara']);

  const url = await kaunter.restart();
  await page.goto(url);
  const signIn = new SignInScreen(page);
  await signIn.expectShown();
  await signIn.signIn(SUPERVISOR.name, SUPERVISOR.pin);
  await frame.expectSignedIn(SUPERVISOR.name);
  await expect(frame.banner()).toContainText('Pilihan 1');

  await frame.go('Buku Daftar');
  await book.expectNumbers([NIKAH_NUMBER, NAFKAH_NUMBER]);
  await book.search('Ahmad Faizal');
  await book.expectNumbers([NAFKAH_NUMBER]);
  await book.open(NAFKAH_NUMBER);
  const detail = page.getByTestId('case-detail');
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(NAFKAH_NUMBER);
  await expect(detail).toContainText(APOSTROPHE_NAME);
  await expect(detail).toContainText('900512-05-5234');
  await expect(detail).toContainText('RM 1,500.00');
  await expect(detail).toContainText('Tuntutan Nafkah Anak');

  await frame.go('Buku Daftar');
  await book.search('Lim Mei Ling');
  await book.open(NIKAH_NUMBER);
  await expect(detail.getByRole('cell', { name: JAWI_NAME, exact: true })).toBeVisible();
  await expect(detail.getByRole('cell', { name: CHINESE_NAME, exact: true })).toBeVisible();
  await expect(detail.getByTestId('party-nationality')).toHaveText('Kewarganegaraan: Singapura');
  await expect(detail).toContainText('Pemohon');
});
