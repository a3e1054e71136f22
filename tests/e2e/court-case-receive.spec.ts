import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { courtYear, expect, test } from './fixtures';
import { twoCountersOnOneFolder } from './courtFolderFlows';
import { AppFrame } from './pages/AppFrame';
import { BookScreen } from './pages/BookScreen';
import { PaymentScreen } from './pages/PaymentScreen';
import { ReceiptScreen } from './pages/ReceiptScreen';
import { RegisterScreen } from './pages/RegisterScreen';
import { FilingsSection } from './pages/SopPathsScreens';

/** Where the screenshots of this walk go (KAUNTER_SHOTS, else a folder in the temp dir). */
const SHOTS = process.env.KAUNTER_SHOTS ?? join(tmpdir(), 'kaunter-e2e-shots');

/** The text of the PDFs the host's folder printer received, oldest first. */
function printedText(dataDir: string): string[] {
  const dir = join(dataDir, 'cetakan');
  let files: string[] = [];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return files.map((f) => execFileSync('pdftotext', ['-layout', join(dir, f), '-'], { encoding: 'utf8' }));
}

async function printReceipt(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cetak resit' }).click();
  await expect(page.getByTestId('print-actions').getByRole('status')).toContainText('Dicetak pada');
}

test("K2 finds K1's case by a party's name, receives a document and a payment on it, and prints K2's receipts", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  mkdirSync(SHOTS, { recursive: true });
  const { k1, k2, k2Data, stop } = await twoCountersOnOneFolder(browser, true);
  try {
    await k2.setViewportSize({ width: 1280, height: 800 });
    await new AppFrame(k2).go('Tetapan');
    await k2.getByRole('tab', { name: 'Pencetak' }).click();
    await k2.getByLabel('Pencetak resit').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
    await expect(k2.getByText('Pilihan pencetak disimpan.')).toBeVisible();

    await new AppFrame(k1).go('Daftar Kes Baharu');
    const number = await new RegisterScreen(k1).register({
      typeSearch: 'nafkah anak',
      typeCode: '024',
      claimants: [{ name: 'Aminah binti Yusof', idNumber: '850101-10-5124' }],
      respondents: [{ name: 'Rahim bin Salleh', idNumber: '800202-05-5111' }],
    });

    // K2 has no case of its own for her: the court's results show, under a heading saying where they are.
    await new AppFrame(k2).go('Buku Daftar');
    const book = new BookScreen(k2);
    await book.search('aminah yusof');
    const results = k2.getByTestId('court-results');
    await expect(results).toContainText(number, { timeout: 60_000 });
    await expect(k2.getByTestId('court-results-only')).toHaveText(
      'Tiada kes sepadan di kaunter ini. Kes di bawah didaftarkan di kaunter lain mahkamah ini.',
    );
    await expect(k2.getByText('Tiada kes sepadan dengan carian.')).toHaveCount(0);
    await expect(k2.getByTestId('status-court-K1')).toHaveText(/^K1: (baru sahaja|\d+ minit lalu)$/);
    await k2.screenshot({ path: join(SHOTS, 'court-search.png') });

    await results.getByRole('link', { name: number }).click();
    const receive = k2.getByTestId('court-case-receive');
    await expect(receive).toContainText('Terima di kaunter ini');
    await expect(receive.getByRole('link', { name: 'Terima bayaran' })).toBeVisible();
    await k2.screenshot({ path: join(SHOTS, 'court-case.png'), fullPage: true });

    // Terima dokumen: the same form as on an own case, K2's receipt, printed.
    await new FilingsSection(k2).receive([{ type: 'Afidavit (RM 3.00)', quantity: 1 }], '5.00');
    await expect(k2.getByTestId('court-case-held')).toBeVisible();
    const courtCaseUrl = k2.url();
    await k2.getByRole('link', { name: 'Lihat resit' }).click();
    const receipt = new ReceiptScreen(k2);
    const first = await receipt.expectNumber(`-K2-${courtYear()}-000001`);
    await expect(receipt.receipt()).toContainText(number);
    await printReceipt(k2);

    // Terima bayaran on the same case: the payment form, the receipt page, printed, a reprint SALINAN.
    await k2.goto(courtCaseUrl);
    await k2.getByTestId('court-case-receive').getByRole('link', { name: 'Terima bayaran' }).click();
    const pay = new PaymentScreen(k2);
    await pay.expectShown();
    await expect(k2.locator('.pay-case')).toContainText(number);
    await k2.screenshot({ path: join(SHOTS, 'court-payment.png'), fullPage: true });
    await pay.cash('100');
    await pay.submit();
    const second = await receipt.expectNumber(`-K2-${courtYear()}-000002`);
    await expect(receipt.receipt()).toContainText(number);
    await printReceipt(k2);
    await k2.getByRole('button', { name: 'Cetak resit' }).click();
    await expect(k2.getByTestId('print-actions').getByRole('status')).toContainText('sebagai SALINAN');
    await expect.poll(() => printedText(k2Data).length).toBe(3);
    const [pdf1, pdf2, pdf3] = printedText(k2Data);
    expect(pdf1).toContain(number);
    expect(pdf1).toContain(first);
    expect(pdf2).toContain(number);
    expect(pdf2).toContain(second);
    expect(pdf3).toContain('SALINAN');

    // Now a case of this counter too, once: in K2's own results marked "Kaunter K1", no longer among the court's.
    await new AppFrame(k2).go('Buku Daftar');
    await book.search('aminah yusof');
    await book.expectNumbers([number]);
    await expect(book.rows().getByTestId('counter-badge')).toHaveText('Kaunter K1');
    await expect(k2.getByTestId('court-results')).toHaveCount(0);
    await book.open(number);
    await expect(k2.getByTestId('case-origin')).toContainText('Kes ini didaftarkan di Kaunter K1.');
    await expect(k2.getByTestId('case-detail')).toContainText(first);
    await expect(k2.getByTestId('case-detail')).toContainText(second);
    await expect(k2.getByTestId('case-detail')).not.toContainText('Kes sedia ada ESV3');
    await k2.screenshot({ path: join(SHOTS, 'court-case-held.png'), fullPage: true });
  } finally {
    await stop();
  }
});
