import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../../electron/services/documents/pdfText';
import { expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { CaseScreen } from './pages/CaseScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { SettingsScreen } from './pages/SettingsScreen';

function folder(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

test('a registered case gets the first free hearing slot, its summons prints in N copies, and the cause book lists it', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const caseNumber = await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
    respondents: [{ name: 'Ahmad Faizal bin Hassan', idNumber: '880303-05-5111', address: 'Lot 5, Kampung Gebok' }],
  });
  // The court's printer for summons and cause books, chosen once.
  const frame = new AppFrame(page);
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Pencetak' }).click();
  await page.getByLabel(/^Pencetak saman/).selectOption({ label: 'Folder cetakan (Simpan PDF)' });
  await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();

  await frame.go('Buku Daftar');
  await page.getByRole('link', { name: caseNumber }).click();
  const screen = new CaseScreen(page);
  const offered = await screen.offeredDate();
  const firstFree = (await page.getByTestId('first-free').textContent()) ?? '';
  // The first free slot is the option chosen, and it is a weekday in Negeri Sembilan (Sat–Sun weekend).
  expect(firstFree).toContain(offered.split(' — ')[0] ?? '-');
  expect(offered).not.toMatch(/^(Sabtu|Ahad)/);
  expect(offered).toMatch(/bersamaan \d+ \p{L}+ \d{4}H — 0\/20 kes$/u);
  await screen.setHearing();
  await expect(page.getByTestId('hearings-table')).toContainText('Dewan Bicara 1');
  await expect(page.getByTestId('case-detail')).toContainText('Tarikh sebutan ditetapkan');

  await screen.printForm(/^Cetak saman \(3 salinan\)/);
  await expect(screen.documents().getByTestId('print-actions').first().getByRole('status')).toContainText(
    'Dicetak pada "Folder cetakan (Simpan PDF)"',
  );
  await expect.poll(() => folder(join(kaunter.dataDir, 'cetakan')).length).toBe(3);
  const summons = folder(join(kaunter.dataDir, 'dokumen', 'saman'));
  expect(summons).toHaveLength(1);
  const text = (await readPdf(readFileSync(join(kaunter.dataDir, 'dokumen', 'saman', summons[0] ?? ''))))
    .map((p) => p.text)
    .join(' ');
  expect(text).toContain(`SAMAN NO. ${caseNumber}`);
  expect(text).toContain('(No. K/P 880303-05-5111)');
  expect(text).toContain(`pada hari ${offered.split(',')[0]}`);
  await expect(page.getByTestId('court-documents')).toContainText(caseNumber);

  await frame.go('Buku Daftar');
  const causeBook = page.getByTestId('cause-book');
  await causeBook.getByLabel('Tempoh', { exact: true }).selectOption('MONTH');
  await causeBook.getByRole('button', { name: 'Simpan PDF' }).click();
  await expect(causeBook.getByRole('status')).toContainText('buku-kausa');
  const books = folder(join(kaunter.dataDir, 'dokumen', 'buku-kausa'));
  expect(books).toHaveLength(1);
  const book = (await readPdf(readFileSync(join(kaunter.dataDir, 'dokumen', 'buku-kausa', books[0] ?? ''))))
    .map((p) => p.text)
    .join(' ');
  expect(book).toContain('BUKU KAUSA');
  expect(book).toContain(caseNumber);
  expect(book).toContain('Dewan Bicara 1 (Sebutan)');
});

test('the supervisor keeps the holidays and saves the Hijri month starts as one table, in any order', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  await new AppFrame(page).go('Tetapan');
  await page.getByRole('tab', { name: 'Kalendar dan dokumen' }).click();
  const settings = page.getByTestId('calendar-settings');
  const screen = new SettingsScreen(page);
  await expect(settings).toContainText('Hujung minggu negeri ini: Sabtu, Ahad');
  await expect(page.getByTestId('hijri-table')).toContainText('28/09/2022 (bawaan aplikasi)');

  await settings.getByLabel('Tarikh', { exact: true }).fill('25/12/2026');
  await settings.getByLabel('Nama cuti').fill('Hari Krismas');
  await settings.getByRole('button', { name: 'Tambah cuti' }).click();
  await expect(page.getByTestId('holidays')).toContainText('Hari Krismas');

  await page.getByTestId('holidays').getByRole('button', { name: 'Buang' }).click();
  await settings.getByLabel(/^Sebab membuang cuti "Hari Krismas"/).fill('Abc');
  await page.getByTestId('holidays').getByRole('button', { name: 'Buang' }).click();
  await expect(settings.getByRole('alert')).toContainText('sekurang-kurangnya 5 aksara');
  await settings.getByLabel(/^Sebab membuang cuti "Hari Krismas"/).fill('Tersilap tarikh');
  await page.getByTestId('holidays').getByRole('button', { name: 'Buang' }).click();
  await expect(page.getByTestId('holidays')).not.toContainText('Hari Krismas');

  // The case: 1 Syawal 1446 typed before 1 Ramadan 1446, saved together, is accepted.
  await screen.addHijriRow('1446', 'Syawal', '31/03/2025');
  await screen.addHijriRow('1446', 'Ramadan', '02/03/2025');
  await settings.getByRole('button', { name: 'Simpan jadual' }).click();
  await expect(settings.locator('.notice--success')).toContainText('Disimpan.');
  await expect(page.getByTestId('hijri-row')).toHaveCount(5);
  // Saved, the table comes back in calendar order.
  await expect.poll(() => screen.hijriRow(4)).toEqual(['1446', 'Ramadan', '02/03/2025']);
  expect(await screen.hijriRow(5)).toEqual(['1446', 'Syawal', '31/03/2025']);
  await page.screenshot({ path: '/tmp/hijri-table-saved.png', fullPage: true });

  // A table that leaves a month outside 29–30 days is refused naming that month, and nothing changes.
  await screen.addHijriRow('1447', 'Ramadan', '21/02/2026');
  await settings.getByRole('button', { name: 'Simpan jadual' }).click();
  await expect(settings.getByRole('alert')).toContainText(/bulan Syaaban 1447H 3[12] hari/);
  await page.screenshot({ path: '/tmp/hijri-table-refused.png', fullPage: true });
  await page.reload();
  await page.getByRole('tab', { name: 'Kalendar dan dokumen' }).click();
  await expect(page.getByTestId('hijri-row')).toHaveCount(5);

  // Removing a row is saving the table without it.
  await page.getByTestId('hijri-row').nth(3).getByRole('button', { name: 'Buang baris' }).click();
  await page.getByTestId('hijri-row').nth(3).getByRole('button', { name: 'Buang baris' }).click();
  await settings.getByRole('button', { name: 'Simpan jadual' }).click();
  await expect(page.getByTestId('hijri-row')).toHaveCount(3);
});
