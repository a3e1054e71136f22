import { expect, type Locator, type Page } from '@playwright/test';

/** Butiran Kes: the hearing picker and the summons or application of the case. */
export class CaseScreen {
  constructor(private readonly page: Page) {}

  hearings(): Locator {
    return this.page.getByTestId('case-hearings');
  }

  documents(): Locator {
    return this.page.getByTestId('case-documents');
  }

  /** The date the picker offers first (the first free slot), as its option text. */
  async offeredDate(): Promise<string> {
    const select = this.hearings().getByRole('combobox', { name: 'Tarikh', exact: true });
    await expect(select).toBeVisible();
    return (await select.locator('option:checked').textContent()) ?? '';
  }

  async setHearing(): Promise<void> {
    await this.hearings().getByRole('button', { name: 'Tetapkan tarikh' }).click();
    await expect(this.page.getByTestId('hearings-table')).toBeVisible();
  }

  /** Ticks "a date outside the list" and types the date (YYYY-MM-DD). */
  async chooseOtherDate(iso: string): Promise<void> {
    await this.hearings()
      .getByRole('checkbox', { name: /^Pilih tarikh di luar senarai/ })
      .check();
    await this.hearings()
      .getByLabel(/^Tarikh lain/)
      .fill(iso.split('-').reverse().join('/'));
  }

  async printForm(label: RegExp): Promise<void> {
    await this.documents().getByRole('button', { name: label }).click();
  }
}
