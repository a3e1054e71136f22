import { expect, type Page } from '@playwright/test';
import { SUPERVISOR, typeOwnPin } from '../flows';

/** Tetapan → Kunci dan Eksport, and the Eksport page. */
export class ExportScreen {
  constructor(private readonly page: Page) {}

  async importIctKey(armored: string): Promise<void> {
    await this.page.getByRole('tab', { name: 'Kunci dan Eksport' }).click();
    await this.page.getByLabel(/atau tampal kunci/).fill(armored);
    await this.page.getByRole('button', { name: 'Import kunci' }).click();
    await typeOwnPin(this.page);
    await expect(this.page.getByText('Kunci ICT diimport.')).toBeVisible();
  }

  deviceFingerprint() {
    return this.page.getByTestId('device-key').locator('.fingerprint');
  }

  async exportTo(folder: string, passphrase = ''): Promise<void> {
    await this.page.getByLabel(/^Folder tujuan/).fill(folder);
    await this.page.getByLabel(/^Frasa laluan eksport/).fill(passphrase);
    await this.page.getByLabel(/^Taip semula frasa laluan/).fill(passphrase);
    await this.page.getByRole('button', { name: 'Eksport', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Penolong Pendaftar/).selectOption({ label: SUPERVISOR.name });
    await dialog.getByLabel(/PIN penyelia/).fill(SUPERVISOR.pin);
    await dialog.getByRole('button', { name: 'Luluskan dan eksport' }).click();
  }

  result() {
    return this.page.getByTestId('export-result');
  }
}
