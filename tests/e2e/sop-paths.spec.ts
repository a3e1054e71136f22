import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, setUpCounter } from './flows';
import { AppFrame } from './pages/AppFrame';
import { OutageScreen } from './pages/OutageScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { AppointmentsScreen, FilingsSection, GivenNumberForm } from './pages/SopPathsScreens';

const year = courtYear();

test('SOP option 2: a case registered in ESV2 is recorded with its ESV2 number and receipt', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  await frame.go('Gangguan');
  await new OutageScreen(page).open(2, 'ESV3 tidak dapat dicapai; ESV2 digunakan.');
  await frame.go('Pendaftaran ESV2');
  await expect(page.getByRole('heading', { name: 'Pendaftaran Kes Menggunakan ESV2' })).toBeVisible();

  const register = new RegisterScreen(page);
  const given = new GivenNumberForm(page);
  await register.fill({
    typeSearch: '024',
    typeCode: '024',
    claimants: [{ name: 'Siti binti Abu', idNumber: '900315-05-5012' }],
  });
  await given.fillNumber(`05005-024-12-${year}`, 'ESV2-R-7781');
  await given.save();
  await expect(page.getByText(/tidak mengikut format nombor kes mahkamah ini/).first()).toBeVisible();

  await given.fillNumber(`05005-024-0012-${year}`);
  await given.save();
  const detail = page.getByTestId('case-detail');
  await expect(detail.locator('.case__number')).toHaveText(`05005-024-0012-${year}`);
  await expect(detail).toContainText('ESV2-R-7781');
  await expect(detail).toContainText('Siti binti Abu');
  await expect(detail.getByText('ESV2', { exact: true })).toBeVisible();

  // The Buku Daftar marks it ESV2 in its source column.
  await frame.go('Buku Daftar');
  await expect(page.getByTestId('book-source')).toHaveText(['ESV2']);

  // The same ESV2 receipt keyed for another case: refused, naming the case that has it.
  await frame.go('Pendaftaran ESV2');
  await register.fill({
    typeSearch: '024',
    typeCode: '024',
    claimants: [{ name: 'Rahimah binti Said', idNumber: '910420-05-5078' }],
  });
  await given.fillNumber(`05005-024-0013-${year}`, 'ESV2-R-7781');
  await given.save();
  await expect(
    page.getByText(`No. resit ESV2 ESV2-R-7781 telah direkodkan bagi kes 05005-024-0012-${year}`).first(),
  ).toBeVisible();
});

test('a case registered before the outage: its documents and their receipt, listed on the case', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  // The court extends the list of documents: a witness summons, with the service fee.
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Janji temu dan dokumen' }).click();
  await page.getByLabel('Kod', { exact: true }).fill('SAMAN_SAKSI');
  await page.getByLabel('Nama dokumen').fill('Saman saksi');
  await page.getByLabel('Kod fi (Jadual Fi)').fill('PENYAMPAIAN');
  await page.getByRole('button', { name: 'Tambah jenis dokumen' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'SAMAN_SAKSI' })).toContainText('4.00');
  await frame.go('Kes Telah Didaftarkan');
  const register = new RegisterScreen(page);
  const given = new GivenNumberForm(page);
  await register.fill({
    typeSearch: '024',
    typeCode: '024',
    claimants: [{ name: 'Aminah binti Hassan', idNumber: '850101-05-5124' }],
    respondents: [{ name: 'Rahman bin Yusof', idNumber: '820505-05-5011' }],
  });
  await given.fillNumber(`10005-024-0500-${year}`);
  await given.save();
  await expect(page.getByText(/kod negeri 10, bukan 05/).first()).toBeVisible();
  await given.fillNumber(`05005-024-0500-${year}`);
  await given.save();

  const detail = page.getByTestId('case-detail');
  await expect(detail.locator('.case__number')).toHaveText(`05005-024-0500-${year}`);
  await expect(detail).toContainText('Kes sedia ada ESV3');
  const filings = new FilingsSection(page);
  await filings.receive(
    [
      { type: 'Afidavit (RM 3.00)', quantity: 1 },
      { type: 'Ekshibit (RM 1.00)', quantity: 2 },
      { type: 'Saman saksi (RM 4.00)', quantity: 1 },
    ],
    '10.00',
  );
  await expect(page.getByText(`3 dokumen diterima. Resit 05005-K1-${year}-000001 dikeluarkan.`)).toBeVisible();
  const table = filings.section().getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table).toContainText('Afidavit');
  await expect(table).toContainText('Ekshibit');
  await expect(table).toContainText(`05005-K1-${year}-000001`);
  await expect(page.getByTestId('case-receipts')).toContainText('9.00');
  await expect(page.getByTestId('case-detail')).toContainText('Dokumen diterima');
});

test('SOP option 3: registration refused, an appointment booked and its slip printed, then registered when registration reopens', async ({
  page,
  kaunter,
}) => {
  await setUpCounter(page, kaunter.url);
  const frame = new AppFrame(page);
  const outage = new OutageScreen(page);
  await frame.go('Gangguan');
  await outage.open(3, 'Pendaftaran ditutup; janji temu diambil.');
  await frame.go('Daftar Kes Baharu');
  await expect(page.getByText(/pendaftaran kes baharu ditutup/)).toBeVisible();

  await frame.go('Janji Temu');
  const appointments = new AppointmentsScreen(page);
  const day = await appointments.book(
    { name: 'Nurul Huda binti Kamal', idNumber: '900315-05-5012', phone: '012-3456789' },
    '024',
  );
  await expect(appointments.reference()).toHaveText(`JT-K1-${year}-0001`);
  await page.getByRole('button', { name: 'Simpan PDF slip' }).click();
  const saved = page.getByText(/^Slip disimpan di /);
  await expect(saved).toBeVisible();
  const file = ((await saved.textContent()) ?? '').replace('Slip disimpan di ', '').trim();
  expect(existsSync(file)).toBe(true);
  expect(file.startsWith(kaunter.dataDir)).toBe(true);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, join(kaunter.dataDir, 'slip-janji-temu')]);
  expect(existsSync(join(kaunter.dataDir, 'slip-janji-temu.png'))).toBe(true);

  // A second booking, cancelled with its reason: it stays in the list, and the references run on.
  await page.getByRole('button', { name: 'Ambil janji temu lain' }).click();
  const second = await appointments.book(
    { name: 'Zulkifli bin Osman', idNumber: '880808-05-5017', phone: '013-9876543' },
    '024',
  );
  await expect(appointments.reference()).toHaveText(`JT-K1-${year}-0002`);
  await appointments.showDay(second);
  const row = appointments.row(`JT-K1-${year}-0002`);
  await row.getByRole('button', { name: 'Batal' }).click();
  await row.getByLabel('Sebab pembatalan').fill('Pihak memohon tarikh lain');
  await row.getByRole('button', { name: 'Sahkan pembatalan' }).click();
  await expect(row).toContainText('Dibatalkan');

  await frame.go('Gangguan');
  await outage.close();
  await outage.open(1, 'ESV3 masih tidak dapat dicapai; pendaftaran manual dibuka.');
  await frame.go('Janji Temu');
  await appointments.showDay(day);
  await appointments.row(`JT-K1-${year}-0001`).getByRole('button', { name: 'Daftar kes' }).click();
  await expect(page.getByText(`Data dibawa daripada janji temu JT-K1-${year}-0001.`)).toBeVisible();
  const register = new RegisterScreen(page);
  await expect(register.party(0).getByLabel('Nama penuh')).toHaveValue('Nurul Huda binti Kamal');
  await register.save();
  const number = page.getByTestId('registered-number');
  await expect(number).toHaveText(`05005-024-0770-${year}`);

  await frame.go('Janji Temu');
  await appointments.showDay(day);
  await expect(appointments.row(`JT-K1-${year}-0001`)).toContainText('Telah didaftarkan');
  await expect(appointments.row(`JT-K1-${year}-0001`)).toContainText(`05005-024-0770-${year}`);
});
