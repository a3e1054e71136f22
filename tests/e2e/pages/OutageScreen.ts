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
}
