import { expect, type Locator, type Page } from '@playwright/test';

/** Buku Daftar: the list of cases, with search. */
export class BookScreen {
  constructor(private readonly page: Page) {}

  searchBox(): Locator {
    return this.page.getByLabel('Cari (nama, No. K/P, nombor kes atau peguam)');
  }

  rows(): Locator {
    return this.page.getByTestId('book-table').locator('tbody tr');
  }

  async search(text: string): Promise<void> {
    await this.searchBox().fill(text);
  }

  /** Waits until the list shows exactly these case numbers, in this order. */
  async expectNumbers(numbers: string[]): Promise<void> {
    await expect(this.rows().locator('td:first-child')).toHaveText(numbers);
  }

  async open(caseNumber: string): Promise<void> {
    await this.page.getByRole('link', { name: caseNumber }).click();
  }
}
