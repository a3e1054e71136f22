import { expect, type Page } from '@playwright/test';

/** Gangguan: open and close outages. */
export class OutageScreen {
  constructor(private readonly page: Page) {}

  async open(option: 1 | 2 | 3, note?: string): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^Pilihan ${option} `) }).check();
    if (note) await this.page.getByLabel(/^Catatan/).fill(note);
    await this.page.getByRole('button', { name: 'Buka tempoh gangguan' }).click();
    await expect(this.page.getByRole('heading', { name: 'Tempoh gangguan semasa' })).toBeVisible();
  }

  /** Closes the open outage; "ESV3 pulih" turns the counter to the recovery worklist. */
  async close(kind: 'ESV3 pulih' | 'Lain-lain' = 'Lain-lain'): Promise<void> {
    await this.page.getByRole('button', { name: 'Tutup tempoh gangguan' }).click();
    await this.page.getByRole('radio', { name: new RegExp(`^${kind}`) }).check();
    await this.page.getByRole('button', { name: 'Ya, tutup' }).click();
    if (kind === 'ESV3 pulih') {
      await expect(this.page.getByRole('heading', { name: 'Senarai Kerja Pemulihan' })).toBeVisible();
    } else {
      await expect(this.page.getByRole('heading', { name: 'Buka tempoh gangguan' })).toBeVisible();
    }
  }

  /** A supervisor changes the open outage's SOP option: the option, the reason, then their own PIN. */
  async changeOption(option: 1 | 2 | 3, reason: string, pin: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Tukar pilihan SOP' }).click();
    const form = this.page.getByRole('form', { name: 'Tukar pilihan SOP tempoh gangguan ini' });
    await form.getByRole('radio', { name: new RegExp(`^Pilihan ${option} `) }).check();
    await form.getByLabel(/^Sebab perubahan/).fill(reason);
    await form.getByRole('button', { name: 'Tukar pilihan' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Sahkan PIN anda' });
    await expect(dialog).toContainText('pilihan SOP baharu');
    await dialog.getByLabel('PIN').fill(pin);
    await dialog.getByRole('button', { name: 'Sahkan' }).click();
    await expect(dialog).toBeHidden();
  }
}
