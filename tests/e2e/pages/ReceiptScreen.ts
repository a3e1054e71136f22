import { expect, type Locator, type Page } from '@playwright/test';
import { SUPERVISOR } from '../flows';

/** One receipt: the official receipt on screen, cancellation with a supervisor's approval, replacement. */
export class ReceiptScreen {
  constructor(private readonly page: Page) {}

  number(): Locator {
    return this.page.getByTestId('receipt-number');
  }

  receipt(): Locator {
    return this.page.getByTestId('official-receipt');
  }

  status(): Locator {
    return this.page.getByTestId('receipt-status');
  }

  async expectNumber(suffix: string): Promise<string> {
    await expect(this.number()).toHaveText(new RegExp(`${suffix}$`));
    return (await this.number().textContent()) ?? '';
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Opens the cancel dialog and approves as the supervisor with this PIN. */
  async cancel(reason: string, pin: string, supervisor = SUPERVISOR.name): Promise<void> {
    if (!(await this.dialog().isVisible())) await this.page.getByRole('button', { name: 'Batal resit' }).click();
    const dialog = this.dialog();
    await dialog.getByLabel(/Sebab pembatalan/).fill(reason);
    await dialog.getByLabel(/Penolong Pendaftar/).selectOption({ label: supervisor });
    await dialog.getByLabel(/PIN penyelia/).fill(pin);
    await dialog.getByRole('button', { name: 'Luluskan pembatalan' }).click();
  }

  async replace(): Promise<void> {
    await this.page.getByRole('link', { name: 'Keluarkan resit ganti' }).click();
  }
}
