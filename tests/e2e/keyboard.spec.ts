import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { courtYear, expect, test } from './fixtures';
import { counterReadyToRegister, SUPERVISOR } from './flows';
import { AppFrame } from './pages/AppFrame';

/** The PDFs the host's folder printer received. */
function printed(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'cetakan'));
  } catch {
    return [];
  }
}

/** Presses Tab (only the keyboard) until `target` has the focus; fails after 40 presses. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** A counter in an option-1 outage with a receipt printer chosen, by the usual screens. */
async function counterWithPrinter(page: Page, url: string): Promise<void> {
  await counterReadyToRegister(page, url);
  await new AppFrame(page).go('Tetapan');
  await page.getByRole('tab', { name: 'Pencetak' }).click();
  await page.getByLabel('Pencetak resit').selectOption({ label: 'Folder cetakan (Simpan PDF)' });
  await expect(page.getByText('Pilihan pencetak disimpan.')).toBeVisible();
  await page.getByRole('heading', { name: 'Tetapan', level: 1 }).click();
}

test('a case with two parties, from an empty form to a printed receipt, with the keyboard only', async ({
  page,
  kaunter,
}) => {
  await counterWithPrinter(page, kaunter.url);

  // From here on, only the keyboard. F3: the register book; nothing to export yet.
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Buku Daftar', level: 1 })).toBeVisible();
  const status = page.getByTestId('status-bar');
  await expect(status.getByTestId('status-unexported')).toContainText('tiada');
  await expect(status.getByTestId('status-clerk')).toContainText(SUPERVISOR.name);
  await expect(status.getByTestId('status-printer')).toContainText('sedia');
  await expect(status.getByTestId('status-outage')).toContainText('Gangguan Pilihan 1');

  // F2: an empty registration form, the case type picker focused.
  await page.keyboard.press('F2');
  const picker = page.getByRole('combobox', { name: /Jenis kes/ });
  await expect(picker).toBeFocused();
  await page.keyboard.type('024');
  await page.keyboard.press('Enter');
  await expect(picker).toHaveValue(/^024 — /);

  await tabTo(page, page.locator('#party-0-name'));
  await page.keyboard.type('Siti Aminah binti Abdullah');
  await tabTo(page, page.locator('#party-0-idNumber'));
  await page.keyboard.type('900512-05-5234');
  await tabTo(page, page.getByRole('button', { name: /^Tambah (Defendan|Responden)$/ }));
  await page.keyboard.press('Enter');
  // The new party's name has the focus.
  await expect(page.locator('#party-1-name')).toBeFocused();
  await page.keyboard.type('Ahmad Faizal bin Hassan');
  await tabTo(page, page.locator('#party-1-idNumber'));
  await page.keyboard.type('880220-05-5111');
  // Enter in a field saves the form.
  await page.keyboard.press('Enter');

  const number = page.getByTestId('registered-number');
  await expect(number).toHaveText(new RegExp(`^05005-024-0770-${courtYear()}$`));
  // Focus lands on the next step, shown with its key.
  const pay = page.getByRole('link', { name: 'Terima bayaran' });
  await expect(pay).toBeFocused();
  await expect(pay).toHaveAttribute('aria-keyshortcuts', 'F4');
  await page.keyboard.press('Enter');

  // Terima bayaran: lines and payer filled in, the cash tendered focused; Enter issues the receipt.
  const tendered = page.getByLabel(/^Wang diterima/);
  await expect(tendered).toBeFocused();
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');

  const receiptNumber = page.locator('.receipt-page__number');
  await expect(receiptNumber).toHaveText(`05005-K1-${courtYear()}-000001`);
  const printButton = page.getByRole('button', { name: 'Cetak resit' });
  await expect(printButton).toBeFocused();
  await expect(page.getByTestId('receipt-status')).toHaveText('Sah');
  expect(printed(kaunter.dataDir)).toEqual([]);

  // F8 prints it.
  await page.keyboard.press('F8');
  await expect(page.getByTestId('print-actions').getByRole('status')).toContainText(
    'Dicetak pada "Folder cetakan (Simpan PDF)"',
  );
  await expect.poll(() => printed(kaunter.dataDir).length).toBe(1);

  // The cancel dialog: Tab goes round inside it, Esc closes it and nothing is cancelled.
  await tabTo(page, page.getByRole('button', { name: 'Batal resit' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('receipt-status')).toHaveText('Sah');

  // The status bar counts the case and its receipt as not yet exported.
  await page.keyboard.press('F3');
  await expect(status.getByTestId('status-unexported')).toContainText('2 rekod');
});

test('F1 lists the shortcuts; Esc closes it, and Esc leaves a form only after asking when input would be lost', async ({
  page,
  kaunter,
}) => {
  await counterWithPrinter(page, kaunter.url);
  await page.keyboard.press('F3');
  await expect(page.getByRole('heading', { name: 'Buku Daftar', level: 1 })).toBeVisible();

  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Pintasan papan kekunci' });
  await expect(help).toBeVisible();
  await expect(help.getByTestId('shortcut-help')).toContainText('Daftar kes baharu');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  // An untouched form: the first Esc closes the case type list, the next goes straight back to the book.
  await page.keyboard.press('F2');
  await expect(page.getByRole('combobox', { name: /Jenis kes/ })).toBeFocused();
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Buku Daftar', level: 1 })).toBeVisible();

  // With something typed: asked first; "Kembali ke borang" keeps it, "Ya, tinggalkan" leaves.
  await page.keyboard.press('F2');
  await tabTo(page, page.locator('#party-0-name'));
  await page.keyboard.type('Nur Hidayah');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog', { name: 'Tinggalkan borang ini?' });
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: 'Kembali ke borang' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(page.locator('#party-0-name')).toHaveValue('Nur Hidayah');
  await page.keyboard.press('Escape');
  await expect(ask).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(ask.getByRole('button', { name: 'Ya, tinggalkan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Buku Daftar', level: 1 })).toBeVisible();
});
