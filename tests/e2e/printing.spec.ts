import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { AppFrame } from './pages/AppFrame';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';

/** The PDFs the host's folder printer received, oldest first. */
function printed(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'cetakan')).sort();
  } catch {
    return [];
  }
}

test('a receipt prints to the chosen printer; a reprint is stamped SALINAN; with no printer chosen the clerk is told', async ({
  page,
  kaunter,
}) => {
  await counterReadyToRegister(page, kaunter.url);
  await new RegisterScreen(page).register({
    typeSearch: 'nafkah anak',
    typeCode: '024',
    claimants: [{ name: 'Siti Aminah binti Abdullah', idNumber: '900512-05-5234' }],
    respondents: [],
  });
  await page.getByRole('link', { name: 'Terima bayaran' }).click();
  const pay = new PaymentScreen(page);
  await pay.expectShown();
  await pay.cash('29');
  await page.getByLabel(/^Wang diterima/).press('Enter');
  const receipt = new ReceiptScreen(page);
  await receipt.expectNumber(`-K1-${courtYear()}-000001`);
  const receiptUrl = page.url();

  // No printer chosen yet: the receipt stands, the clerk is told what to do.
  await page.getByRole('button', { name: 'Cetak resit' }).click();
  await expect(page.getByTestId('print-actions').getByRole('alert')).toContainText(
    'Tiada pencetak dipilih untuk resit',
  );
  expect(printed(kaunter.dataDir)).toEqual([]);

  // Choose the printer once, in Tetapan → Pencetak.
  await new AppFrame(page).go('Tetapan');
  await page.getByRole('tab', { name: 'Pencetak' }).click();
  await page.getByLabel('Pencetak resit').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
  await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();

  await page.goto(receiptUrl);
  await page.getByRole('button', { name: 'Cetak resit' }).click();
  await expect(page.getByTestId('print-actions').getByRole('status')).toContainText(
    'Dicetak pada "Folder cetakan (Simpan PDF)"',
  );
  await expect.poll(() => printed(kaunter.dataDir).length).toBe(1);
  const original = readFileSync(join(kaunter.dataDir, 'cetakan', printed(kaunter.dataDir)[0] ?? ''));
  expect(original.subarray(0, 5).toString()).toBe('%PDF-');

  await page.getByRole('button', { name: 'Cetak resit' }).click();
  await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('sebagai SALINAN');
  await expect.poll(() => printed(kaunter.dataDir).length).toBe(2);
});
