import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfFacts, startCupsd } from '../support/cupsd';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister } from './flows';
import { startHost } from './host';
import { AppFrame } from './pages/AppFrame';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';

/**
 * The browser host with `--printer system`, printing through a real CUPS queue (a cupsd of this test's
 * own): the CUPS printer chosen under Tetapan → Pencetak, the original then SALINAN arriving at the queue,
 * and the status bar and the print failure turning when the queue is paused.
 */
test('a receipt prints through CUPS; the reprint arrives as SALINAN; a paused queue turns the status bar and prints nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const cups = await startCupsd();
  const dataDir = await mkdtemp(join(tmpdir(), 'kaunter-e2e-cups-'));
  try {
    const out = await cups.addQueue('Kaunter_Resit');
    const host = await startHost(dataDir, { args: ['--printer', 'system'], env: cups.env });
    try {
      await counterReadyToRegister(page, host.url);
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
      const receiptNumber = `-K1-${courtYear()}-000001`;
      await receipt.expectNumber(receiptNumber);
      const receiptUrl = page.url();

      // The CUPS queue is in Tetapan → Pencetak, as the spooler lists it.
      await new AppFrame(page).go('Tetapan');
      await page.getByRole('tab', { name: 'Pencetak' }).click();
      await page.getByLabel('Pencetak resit').selectOption({ label: 'Kaunter_Resit' });
      await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();

      await page.goto(receiptUrl);
      await expect(page.getByTestId('status-printer')).toContainText('sedia');
      await page.getByRole('button', { name: 'Cetak resit' }).click();
      await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('Dicetak pada "Kaunter_Resit"');
      const jobs = () => cups.admin('lpstat', '-W', 'completed', '-o', 'Kaunter_Resit');
      const firstJob = /^(Kaunter_Resit-\d+)/m.exec(await jobs())?.[1] ?? '';
      const original = pdfFacts(cups.arrived(out, firstJob));
      expect(original.text).toContain(receiptNumber);
      expect(original.text).not.toContain('SALINAN');

      await page.getByRole('button', { name: 'Cetak resit' }).click();
      await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('sebagai SALINAN');
      const secondJob =
        [...(await jobs()).matchAll(/^(Kaunter_Resit-\d+)/gm)].map((m) => m[1] ?? '').find((j) => j !== firstJob) ?? '';
      expect(pdfFacts(cups.arrived(out, secondJob)).text).toContain('SALINAN');

      // ICT pauses the queue: the status bar says so (on the next look), a print says so and prints nothing.
      await cups.admin('cupsdisable', 'Kaunter_Resit');
      // The status bar asks the spooler on each look and does not wait long for it, so a look or two later.
      await expect(async () => {
        await page.reload();
        await expect(page.getByTestId('status-printer')).toContainText('dihentikan sementara', { timeout: 2_000 });
      }).toPass({ timeout: 20_000 });
      await page.getByRole('button', { name: 'Cetak resit' }).click();
      const failure = page.getByTestId('print-actions').getByRole('alert');
      await expect(failure).toContainText('Pencetak "Kaunter_Resit" dihentikan sementara');
      await expect(failure).toContainText('tidak dicetak');
      await expect(failure.getByRole('button', { name: 'Cuba cetak lagi' })).toBeVisible();
      await expect(failure.getByRole('link', { name: 'Pilih pencetak lain' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath('cups-paused.png'), fullPage: true });
      expect((await cups.admin('lpstat', '-W', 'not-completed', '-o')).trim()).toBe('');

      // Simpan PDF still works; Pilih pencetak lain opens Tetapan at the printers.
      await failure.getByRole('button', { name: 'Simpan PDF' }).click();
      await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('disimpan di');
      await page.getByRole('button', { name: 'Cetak resit' }).click();
      await page.getByTestId('print-actions').getByRole('link', { name: 'Pilih pencetak lain' }).click();
      await expect(page.getByLabel('Pencetak resit')).toBeVisible();

      // Resumed: the status bar still says the last print failed until one prints; then it is ready.
      await cups.admin('cupsenable', 'Kaunter_Resit');
      await page.goto(receiptUrl);
      await expect(page.getByTestId('status-printer')).toContainText('gagal mencetak');
      await page.getByRole('button', { name: 'Cetak resit' }).click();
      await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('sebagai SALINAN');
      await page.reload();
      await expect(page.getByTestId('status-printer')).toContainText('sedia');
    } finally {
      await host.stop();
    }
  } finally {
    await cups.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
