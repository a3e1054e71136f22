import { expect, type Page } from '@playwright/test';

/** Log masuk: pick a name, type the PIN, press Enter. */
export class SignInScreen {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Log masuk' })).toBeVisible();
  }

  async signIn(name: string, pin: string): Promise<void> {
    const select = this.page.getByLabel('Nama');
    // The list of names arrives after the page: wait for this person's entry ("Name (Role)").
    const option = select.locator('option', { hasText: `${name} (` });
    await expect(option).toHaveCount(1);
    await select.selectOption({ label: (await option.textContent()) ?? name });
    await this.page.getByLabel('PIN').fill(pin);
    await this.page.getByLabel('PIN').press('Enter');
  }
}
