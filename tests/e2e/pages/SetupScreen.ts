import { expect, type Page } from '@playwright/test';

export interface SetupData {
  stateCode: string;
  courtCode: string;
  courtName: string;
  courtLevel: 'MRS' | 'MTS' | 'MRYS';
  counterId: string;
  lastNumbers: { caseTypeCode: string; year: number; lastNumber: number }[];
  supervisor: { name: string; pin: string };
  /** The court recovery passphrase; every new counter sets one. */
  recoveryPassphrase?: string;
  /** Take the shipped public holidays of the state (default: untick them all, so dates stay as before). */
  holidays?: 'all' | 'none';
}

export const RECOVERY_PASSPHRASE = 'Pemulihan Seremban 2026';

/** Tetapan Awal, the first-run setup. */
export class SetupScreen {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Tetapan Awal' })).toBeVisible();
  }

  async fill(data: SetupData): Promise<void> {
    const page = this.page;
    await page.getByLabel('Negeri').selectOption(data.stateCode);
    await page.getByLabel('Peringkat mahkamah').selectOption(data.courtLevel);
    await page.getByLabel('Kod mahkamah').fill(data.courtCode);
    await page.getByLabel('ID kaunter').fill(data.counterId);
    await page.getByLabel('Nama mahkamah').fill(data.courtName);
    for (const [i, row] of data.lastNumbers.entries()) {
      await page.getByRole('button', { name: 'Tambah baris' }).click();
      await page.getByLabel(`Jenis kes — Baris ${i + 1}`).selectOption(row.caseTypeCode);
      await page.getByLabel(`Tahun — Baris ${i + 1}`).fill(String(row.year));
      await page.getByLabel(`Nombor terakhir — Baris ${i + 1}`).fill(String(row.lastNumber));
    }
    if (data.holidays !== 'all') await page.getByRole('button', { name: 'Buang semua tanda' }).click();
    await page.getByLabel('Saya telah menyemak senarai cuti umum ini').check();
    await page.locator('#supervisor-name').fill(data.supervisor.name);
    await page.locator('#supervisor-pin').fill(data.supervisor.pin);
    await page.locator('#supervisor-pin-confirm').fill(data.supervisor.pin);
    await page.locator('#recovery-passphrase').fill(data.recoveryPassphrase ?? RECOVERY_PASSPHRASE);
    await page.locator('#recovery-confirm').fill(data.recoveryPassphrase ?? RECOVERY_PASSPHRASE);
  }

  templatePreview() {
    return this.page.getByTestId('template-preview');
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan tetapan dan mula' }).click();
  }
}
