import type { Locator, Page } from '@playwright/test';
import { SUPERVISOR } from '../flows';

/** Tutup Kaunter: the day's statement, the cash count and the close with a supervisor's approval. */
export class DayCloseScreen {
  constructor(private readonly page: Page) {}

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  async countCash(amount: string): Promise<void> {
    await this.page.getByLabel(/^Tunai dikira/).fill(amount);
  }

  async close(pin: string = SUPERVISOR.pin): Promise<void> {
    await this.page.getByRole('button', { name: 'Tutup kaunter', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(/Penolong Pendaftar/).selectOption({ label: SUPERVISOR.name });
    await dialog.getByLabel(/PIN penyelia/).fill(pin);
    await dialog.getByRole('button', { name: 'Luluskan dan tutup kaunter' }).click();
  }
}
