import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, setUpCounter } from './flows';
import { AppFrame } from './pages/AppFrame';
import { ReferenceSettingsScreen } from './pages/ReferenceScreens';
import { FilingsSection, GivenNumberForm } from './pages/SopPathsScreens';

const year = courtYear();

test("ESV3's last numbers and cause book imported; a filing recorded on a case found by a party's name", async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  await frame.go('Tetapan');
  const settings = new ReferenceSettingsScreen(page);
  await settings.open();

  // The last numbers from ICT: one raised, one row refused with its reason.
  await settings.chooseNumbersFile(
    'nombor-terakhir.csv',
    `Kod kes;Tahun;Nombor terakhir\n024;${year};900\nxyz;${year};5\n`,
  );
  await expect(page.getByTestId('numbers-changes')).toContainText('900');
  await expect(page.getByTestId('import-problems')).toContainText('Kod kes "xyz" tiada dalam senarai jenis kes.');
  await page.screenshot({ path: test.info().outputPath('import-numbers.png'), fullPage: true });
  await settings.confirm('numbers-preview');
  await expect(page.getByText('1 nombor terakhir ESV3 dikemas kini.', { exact: false })).toBeVisible();

  // The cause book, with headers the app does not know: mapped by hand.
  const causeBook = [
    'Rujukan,Didaftar pada,Kategori,Penuntut dan penentang',
    `05005-024-0640-${year},02/11/${year},Tuntutan Nafkah,Rosnah binti Salleh (850101-05-5124) lwn Kamal bin Daud`,
    `05005-024-0641-${year},03/11/${year},Tuntutan Nafkah,Hasnah binti Omar lwn Zainal bin Abidin`,
    `bukan-nombor,03/11/${year},Tuntutan Nafkah,Siapa-siapa`,
  ].join('\n');
  await settings.chooseCauseBookFile('buku-kausa-nov.csv', causeBook);
  await expect(page.getByTestId('mapping-sample')).toContainText(`05005-024-0640-${year}`);
  await settings.mapColumn('No. kes', 'Lajur 1: Rujukan');
  await settings.mapColumn('Tarikh daftar', 'Lajur 2: Didaftar pada');
  await settings.mapColumn('Jenis kes', 'Lajur 3: Kategori');
  await settings.mapColumn('Pihak', 'Lajur 4: Penuntut dan penentang');
  await page.screenshot({ path: test.info().outputPath('import-mapping.png'), fullPage: true });
  await page.getByRole('button', { name: 'Pratonton dengan padanan ini' }).click();
  await expect(page.getByTestId('causebook-counts')).toHaveText('2 kes baharu, 0 dikemas kini, 0 sudah ada dan sama.');
  await expect(page.getByTestId('import-problems')).toContainText('"BUKAN-NOMBOR" tidak mengikut format');
  await page.screenshot({ path: test.info().outputPath('import-causebook.png'), fullPage: true });
  await settings.confirm('causebook-preview');
  await expect(page.getByText('2 kes ditambah dan 0 dikemas kini. 2 kes rujukan kesemuanya.')).toBeVisible();
  await expect(page.getByTestId('causebook-history')).toContainText('buku-kausa-nov.csv');

  // A party comes to file on her case and does not know its number.
  await frame.go('Kes Telah Didaftarkan');
  await page.getByLabel('Cari No. kes atau nama pihak').fill('Rosnah');
  const found = page.getByTestId('reference-cases');
  await expect(found).toContainText(`05005-024-0640-${year}`);
  await expect(found).toContainText('Rujukan buku kausa ESV3 (buku-kausa-nov.csv,');
  await page.screenshot({ path: test.info().outputPath('existing-case-reference.png'), fullPage: true });
  await found.getByRole('button', { name: 'Guna kes ini' }).click();
  await expect(page.locator('#given-case-number')).toHaveValue(`05005-024-0640-${year}`);
  await expect(page.getByTestId('party-0').getByLabel('Nama penuh')).toHaveValue('Rosnah binti Salleh');
  await page.screenshot({ path: test.info().outputPath('existing-case-filled.png'), fullPage: true });
  await new GivenNumberForm(page).save();

  const detail = page.getByTestId('case-detail');
  await expect(detail.locator('.case__number')).toHaveText(`05005-024-0640-${year}`);
  await expect(detail).toContainText('Kes sedia ada ESV3');
  await expect(detail).toContainText('Rosnah binti Salleh');
  const filings = new FilingsSection(page);
  await filings.receive([{ type: 'Afidavit (RM 3.00)', quantity: 1 }], '5.00');
  await expect(page.getByText(`1 dokumen diterima. Resit 05005-K1-${year}-000001 dikeluarkan.`)).toBeVisible();

  // Numbering continues past the imported last number.
  await frame.go('Daftar Kes Baharu');
  await page.getByRole('combobox', { name: /Jenis kes/ }).fill('024');
  await page.getByRole('option', { name: /^024/ }).click();
  await expect(page.getByText(`05005-024-0901-${year}`)).toBeVisible();
});

test('an import file over the limit is refused before it is read; an empty one is reported, nothing changed', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  await new AppFrame(page).go('Tetapan');
  await new ReferenceSettingsScreen(page).open();
  const big = Buffer.alloc(9 * 1024 * 1024, 0x41);
  await page
    .locator('#import-causebook-file')
    .setInputFiles({ name: 'buku-kausa-besar.csv', mimeType: 'text/csv', buffer: big });
  await expect(
    page.getByText('Fail buku-kausa-besar.csv terlalu besar (9.0 MB). Had fail import ialah 8 MB'),
  ).toBeVisible();
  await expect(page.getByTestId('causebook-preview')).toHaveCount(0);
  await page
    .locator('#import-numbers-file')
    .setInputFiles({ name: 'kosong.csv', mimeType: 'text/csv', buffer: Buffer.from('\r\n') });
  await expect(
    page.getByText('Fail kosong.csv kosong: tiada baris untuk diimport. Tiada apa-apa diubah.'),
  ).toBeVisible();
  await expect(page.getByTestId('numbers-preview')).toHaveCount(0);
});
