import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { DayCloseScreen } from './pages/DayCloseScreen';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';

const SHOTS = process.env.KAUNTER_SHOTS;

test('register, pay cash, cancel with the supervisor, replace, close the day with a difference note', async ({
  page,
  kaunter,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await counterReadyToRegister(page, kaunter.url);
  const caseNumber = await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
    respondents: [{ name: 'Ahmad Faizal bin Osman', idNumber: '880303105671' }],
  });

  // Pay straight from the registered screen: the SAMAN defaults (RM 25 + RM 4) are filled in.
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await pay.expectShown();
  await expect(page.getByLabel(/^Diterima daripada/)).toHaveValue('Siti Aminah binti Abdullah');
  await expect(pay.total()).toHaveText('RM 29.00');
  await expect(pay.words()).toHaveText('Ringgit Malaysia Dua Puluh Sembilan Sahaja');
  await pay.cash('50');
  await expect(pay.change()).toContainText('RM 21.00');
  if (SHOTS) {
    await page.getByRole('heading', { name: 'Pembayar' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/payment.png` });
  }
  await page.getByLabel(/^Wang diterima/).press('Enter');

  const receipt = new ReceiptScreen(page);
  const first = await receipt.expectNumber(`-K1-${courtYear()}-000001`);
  await expect(receipt.receipt()).toContainText(caseNumber);
  await expect(receipt.receipt()).toContainText('Ringgit Malaysia Dua Puluh Sembilan Sahaja');
  await expect(receipt.receipt()).toContainText('Siti Aminah binti Abdullah');
  await expect(receipt.status()).toHaveText('Sah');
  if (SHOTS) {
    await page.screenshot({ path: `${SHOTS}/receipt-full.png`, fullPage: true });
    await page.locator('.receipt-page__header').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -16);
    });
    await page.screenshot({ path: `${SHOTS}/receipt.png` });
  }

  // A wrong PIN is refused beside the PIN; nothing changes.
  await receipt.cancel('Amaun salah dimasukkan', '000000');
  await expect(receipt.dialog().locator('#approval-pin-error')).toHaveText(
    'Kelulusan ditolak: nama Penolong Pendaftar atau PIN salah.',
  );
  await expect(receipt.status()).toHaveText('Sah');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/cancel-dialog.png` });
  await receipt.cancel('Amaun salah dimasukkan', SUPERVISOR.pin);
  await expect(receipt.dialog()).toHaveCount(0);
  await expect(receipt.status()).toHaveText('BATAL');
  await expect(page.getByTestId('cancel-facts')).toContainText('Amaun salah dimasukkan');
  await expect(page.getByTestId('cancel-facts')).toContainText(SUPERVISOR.name);
  await expect(page.locator('.official__stamp')).toHaveText('BATAL');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/receipt-cancelled.png`, fullPage: true });

  // The replacement starts from the cancelled receipt and points back to it.
  await receipt.replace();
  await expect(page.getByRole('heading', { name: 'Keluarkan Resit Ganti' })).toBeVisible();
  await expect(page.getByText(`Resit ini menggantikan resit ${first}`)).toBeVisible();
  await expect(pay.total()).toHaveText('RM 29.00');
  await pay.cash('30');
  await expect(pay.change()).toContainText('RM 1.00');
  await pay.submit();
  const second = await receipt.expectNumber(`-K1-${courtYear()}-000002`);
  await expect(page.getByText(`Menggantikan ${first}`)).toBeVisible();
  await page.getByRole('link', { name: first }).click();
  await expect(receipt.number()).toHaveText(first);
  await expect(page.getByTestId('cancel-facts')).toContainText(`Digantikan oleh${second}`);

  // The case page lists both, the first marked BATAL.
  await page.getByRole('link', { name: /Butiran Kes/ }).click();
  const list = page.getByTestId('case-receipts');
  await expect(list.getByRole('row')).toHaveCount(3);
  await expect(list.getByRole('row', { name: new RegExp(first) })).toContainText('BATAL');
  await expect(list.getByRole('row', { name: new RegExp(second) })).toContainText('29.00');
  if (SHOTS) {
    await list.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `${SHOTS}/case-receipts.png` });
  }

  // Day close: one receipt counted, one cancelled; cash counted short by RM 0.50.
  const frame = new AppFrame(page);
  await frame.go('Tutup Kaunter');
  const day = new DayCloseScreen(page);
  await expect(day.byTestId('issued-count')).toHaveText('1');
  await expect(day.byTestId('cancelled-count')).toHaveText('1');
  await expect(day.byTestId('day-total')).toHaveText('RM 29.00');
  await expect(day.byTestId('cash-expected')).toHaveText('RM 29.00');
  await expect(day.byTestId('receipt-range')).toHaveText(`${first} – ${second}`);
  await expect(day.byTestId('by-method')).toContainText('Tunai');
  await expect(day.byTestId('by-fee')).toContainText('SAMAN_MRS');
  await expect(day.byTestId('by-fee')).toContainText('25.00');
  await day.countCash('28.50');
  await expect(day.byTestId('difference')).toHaveText('Kurangan RM 0.50');
  if (SHOTS) {
    await page.getByRole('heading', { name: 'Jumlah mengikut cara bayaran' }).evaluate((el) => el.scrollIntoView());
    await page.screenshot({ path: `${SHOTS}/day-close.png` });
  }
  await page.getByLabel(/^Catatan perbezaan tunai/).fill('Kurang 50 sen: syiling tercicir');
  await day.close('000000');
  await expect(page.locator('#approval-pin-error')).toBeVisible();
  await page.locator('#approval-pin').fill(SUPERVISOR.pin);
  await page.getByRole('button', { name: 'Luluskan dan tutup kaunter' }).click();
  await expect(page.getByText('Kaunter telah ditutup bagi tarikh ini.')).toBeVisible();
  await expect(day.byTestId('checked-by')).toContainText(SUPERVISOR.name);
  await expect(day.byTestId('prepared-by')).toContainText(SUPERVISOR.name);
  await expect(day.byTestId('difference')).toHaveText('Kurangan RM 0.50');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/day-closed.png`, fullPage: true });

  await expect(day.byTestId('difference-note')).toHaveText('Kurang 50 sen: syiling tercicir');
});

test('Tetapan: a fee added and priced in RM, SAMAN defaults changed, sen wording chosen; the payment form follows', async ({
  page,
  kaunter,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Jadual Fi' }).click();
  const items = page.getByTestId('fee-items');
  await expect(items.getByRole('row', { name: /SAMAN_MRS/ })).toContainText('25.00');

  await page.getByLabel(/^Kod fi/).fill('salinan_dok');
  await page.getByLabel(/^Perihal/).fill('Salinan dokumen diperakui');
  await page.getByLabel(/^Amaun \(RM\)/).fill('abc');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.locator('#fee-amount-error')).toHaveText('Amaun mesti dalam ringgit, cth. 25.00.');
  await page.getByLabel(/^Amaun \(RM\)/).fill('5.50');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(items.getByRole('row', { name: /SALINAN_DOK/ })).toContainText('5.50');

  const defaults = page.getByTestId('default-lines');
  await defaults.getByRole('button', { name: 'Tambah baris fi' }).click();
  await defaults.getByLabel('Fi Baris 3').selectOption('SALINAN_DOK');
  await defaults.getByLabel('Kuantiti Baris 3').fill('2');
  await defaults.getByRole('button', { name: 'Simpan baris lalai' }).click();
  await expect(defaults.getByText('Baris lalai disimpan.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fees.png`, fullPage: true });

  await page.getByRole('tab', { name: 'Resit' }).click();
  await expect(page.getByText('Ringgit Malaysia Seratus Dua Puluh dan Sen Lima Puluh Sahaja')).toBeVisible();
  await expect(page.getByText('Ringgit Malaysia Seratus Dua Puluh dan Lima Puluh Sen Sahaja')).toBeVisible();
  await page.getByRole('radio', { name: /Sen» selepas nilai/ }).check();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Perubahan telah disimpan.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/receipt-settings.png`, fullPage: true });

  await frame.go('Daftar Kes Baharu');
  await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
  });
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await expect(pay.total()).toHaveText('RM 40.00');
  await page
    .getByTestId('pay-line-2')
    .getByLabel(/Kuantiti/)
    .fill('1');
  await expect(pay.total()).toHaveText('RM 34.50');
  await expect(pay.words()).toHaveText('Ringgit Malaysia Tiga Puluh Empat dan Lima Puluh Sen Sahaja');
});
