import { expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';
import { DayCloseScreen } from './pages/DayCloseScreen';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';

const SHOTS = process.env.KAUNTER_SHOTS;

async function registerAndPay(page: import('@playwright/test').Page): Promise<PaymentScreen> {
  await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
  });
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await pay.expectShown();
  return pay;
}

test('the counter’s money rules: cash limit, large change, short, rounding on the receipt, a typed jaminan', async ({
  page,
  kaunter,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);

  // Tetapan: 5-sen rounding on, a typed-amount jaminan, and a fee of RM 1.03 to round.
  await frame.go('Tetapan');
  await page.getByRole('tab', { name: 'Resit' }).click();
  await expect(page.getByLabel(/^Had wang tunai satu bayaran/)).toHaveValue('20,000.00');
  await page.getByLabel(/Bundarkan jumlah tunai/).check();
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(page.getByText('Perubahan telah disimpan.')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/receipt-settings-money.png`, fullPage: true });
  await page.getByRole('tab', { name: 'Jadual Fi' }).click();
  await page.getByLabel(/^Kod fi/).fill('JAMINAN');
  await page.getByLabel(/^Perihal/).fill('Wang jaminan');
  await page.getByLabel(/Amaun ditaip kerani/).check();
  await page.getByLabel(/^Amaun minimum/).fill('100');
  await page.getByLabel(/^Amaun maksimum/).fill('50000');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  const items = page.getByTestId('fee-items');
  await expect(items.getByRole('row', { name: /JAMINAN/ })).toContainText('RM 100.00 hingga RM 50,000.00');
  await page.getByLabel(/^Kod fi/).fill('SALINAN');
  await page.getByLabel(/^Perihal/).fill('Salinan diperakui');
  await page.getByLabel(/^Amaun \(RM\)/).fill('1.03');
  await page.getByRole('button', { name: 'Simpan', exact: true }).click();
  await expect(items.getByRole('row', { name: /SALINAN/ })).toContainText('1.03');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/fees-typed.png`, fullPage: true });

  await frame.go('Daftar Kes Baharu');
  const pay = await registerAndPay(page);
  // RM 29.00 of defaults and RM 1.03: RM 30.03 rounds to RM 30.05 in cash.
  await page.getByRole('button', { name: 'Tambah baris' }).click();
  await page.getByTestId('pay-line-2').getByLabel(/^Fi/).selectOption('SALINAN');
  await expect(pay.total()).toHaveText('RM 30.05');
  await expect(page.getByTestId('pay-rounding')).toContainText('Pelarasan bundaran: +0.02');
  await pay.cash('30');
  await expect(pay.change()).toHaveText('Kurang RM 0.05');
  await pay.cash('20001');
  await pay.submit();
  await expect(page.locator('#pay-tendered-error')).toContainText('Melebihi had wang tunai RM 20,000.00');
  await pay.cash('200');
  await expect(pay.change()).toContainText('RM 169.95');
  await expect(page.getByLabel(/baki RM 169.95 adalah betul/)).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/payment-money.png`, fullPage: true });
  await pay.submit();
  await expect(page.getByText(/sahkan baki ini dahulu/).first()).toBeVisible();
  await page.getByLabel(/baki RM 169.95 adalah betul/).check();
  await pay.submit();
  const receipt = new ReceiptScreen(page);
  await receipt.expectNumber('-000001');
  await expect(page.getByTestId('receipt-rounding')).toHaveText('+0.02');
  await expect(page.getByTestId('receipt-total').first()).toHaveText('RM 30.05');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/receipt-rounded.png`, fullPage: true });

  // A jaminan: the clerk types the amount, within the schedule's bounds.
  await page.getByRole('link', { name: /Butiran Kes/ }).click();
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  await pay.expectShown();
  await page.getByTestId('pay-line-1').getByRole('button', { name: /Buang/ }).click();
  await page.getByTestId('pay-line-0').getByLabel(/^Fi/).selectOption('JAMINAN');
  await page.getByLabel('Amaun (RM) Baris 1').fill('50');
  await page.getByRole('radio', { name: 'Cek' }).check();
  await page.getByLabel(/^Nama bank/).fill('Bank Islam');
  await page.getByLabel(/^No. cek/).fill('004512');
  await pay.submit();
  await expect(pay.error()).toContainText('Amaun Wang jaminan mesti antara RM 100.00 dan RM 50,000.00.');
  await page.getByLabel('Amaun (RM) Baris 1').fill('2500');
  await expect(pay.total()).toHaveText('RM 2,500.00');
  await pay.submit();
  await receipt.expectNumber('-000002');
  await expect(page.getByTestId('receipt-total').first()).toHaveText('RM 2,500.00');
});

test('after the close a payment joins the next working day; a supervisor reopens the day with a reason', async ({
  page,
  kaunter,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await counterReadyToRegister(page, kaunter.url);
  const frame = new AppFrame(page);
  const pay = await registerAndPay(page);
  await pay.cash('29');
  await pay.submit();
  const receipt = new ReceiptScreen(page);
  await receipt.expectNumber('-000001');

  await frame.go('Tutup Kaunter');
  const day = new DayCloseScreen(page);
  await day.countCash('29');
  await day.close();
  await expect(page.getByText('Kaunter telah ditutup bagi tarikh ini.')).toBeVisible();

  // The clerk is told before paying, and the receipt names its collection date.
  await frame.go('Buku Daftar');
  await page.getByRole('link', { name: /-024-/ }).first().click();
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  await pay.expectShown();
  await expect(page.getByTestId('after-close')).toContainText('Kaunter telah ditutup bagi');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/payment-after-close.png` });
  await pay.cash('29');
  await pay.submit();
  await receipt.expectNumber('-000002');
  await expect(page.getByTestId('receipt-collection-date')).toBeVisible();

  // Reopen: the supervisor's PIN and a reason; the day takes receipts again; closing makes version 2.
  await frame.go('Tutup Kaunter');
  await page.getByRole('button', { name: 'Buka semula hari ini' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Penolong Pendaftar/).selectOption({ label: SUPERVISOR.name });
  await dialog.getByLabel(/PIN penyelia/).fill(SUPERVISOR.pin);
  await dialog.getByLabel(/^Sebab dibuka semula/).fill('Bayaran lewat pihak perlu dikira hari ini');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/day-reopen.png` });
  await dialog.getByRole('button', { name: 'Buka semula' }).click();
  await expect(page.getByTestId('close-history')).toContainText('Bayaran lewat pihak perlu dikira hari ini');
  await day.countCash('29');
  await day.close();
  await expect(page.getByText(/Kaunter telah ditutup bagi tarikh ini. \(Versi 2\)/)).toBeVisible();
  await expect(page.getByTestId('close-history').getByRole('listitem')).toHaveCount(2);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/day-closed-v2.png`, fullPage: true });
});
