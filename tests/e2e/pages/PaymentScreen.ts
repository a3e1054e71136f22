import { expect, type Locator, type Page } from '@playwright/test';

/** Terima Bayaran: the lines come pre-filled; the clerk picks the method and types what is needed. */
export class PaymentScreen {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('form', { name: 'Terima Bayaran' })).toBeVisible();
  }

  total(): Locator {
    return this.page.getByTestId('pay-total');
  }

  words(): Locator {
    return this.page.getByTestId('pay-words');
  }

  change(): Locator {
    return this.page.getByTestId('change');
  }

  async cash(tendered: string): Promise<void> {
    await this.page.getByRole('radio', { name: 'Tunai' }).check();
    await this.page.getByLabel(/^Wang diterima/).fill(tendered);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Terima bayaran dan keluarkan resit' }).click();
  }

  error(): Locator {
    return this.page.locator('.notice--error').first();
  }
}
