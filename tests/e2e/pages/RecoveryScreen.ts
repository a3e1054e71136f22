import { expect, type Locator, type Page } from '@playwright/test';

/** Senarai Kerja Pemulihan: the records to key into ESV3 once it is back. */
export class RecoveryScreen {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Senarai Kerja Pemulihan' })).toBeVisible();
  }

  progress(): Locator {
    return this.page.getByTestId('recovery-progress');
  }

  item(caseNumber: string): Locator {
    return this.page.getByTestId('recovery-item').filter({ hasText: caseNumber });
  }

  async filter(name: 'Belum' | 'Selesai' | 'Semua'): Promise<void> {
    await this.page.getByRole('radio', { name, exact: true }).check();
  }

  /** Types the ESV3 number and each receipt's ESV3 payment reference, then Enter marks it done. */
  async enter(caseNumber: string, esv3CaseNumber: string, paymentRefs: Record<string, string>): Promise<void> {
    const item = this.item(caseNumber);
    await item.getByLabel(/^Nombor kes ESV3/).fill(esv3CaseNumber);
    for (const [receiptNumber, ref] of Object.entries(paymentRefs)) {
      await item.getByLabel(`Rujukan bayaran ESV3 bagi ${receiptNumber}`).fill(ref);
    }
    await item.getByLabel(/^Nombor kes ESV3/).press('Enter');
  }
}
