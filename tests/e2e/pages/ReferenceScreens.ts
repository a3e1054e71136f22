import { expect, type Page } from '@playwright/test';

/** Tetapan → Data rujukan ESV3: the two imports. */
export class ReferenceSettingsScreen {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Data rujukan ESV3' }).click();
  }

  async chooseNumbersFile(name: string, text: string): Promise<void> {
    await this.page
      .locator('#import-numbers-file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(this.page.getByTestId('numbers-preview')).toBeVisible();
  }

  async chooseCauseBookFile(name: string, text: string): Promise<void> {
    await this.page
      .locator('#import-causebook-file')
      .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    await expect(this.page.getByTestId('causebook-preview')).toBeVisible();
  }

  async mapColumn(field: string, column: string): Promise<void> {
    await this.page.getByTestId('column-mapping').getByLabel(field).selectOption({ label: column });
  }

  async confirm(section: 'numbers-preview' | 'causebook-preview'): Promise<void> {
    await this.page.getByTestId(section).getByRole('button', { name: 'Sahkan dan import' }).click();
  }
}
