import { expect, type Page } from '@playwright/test';

/** Log masuk: pick a name, type the PIN, press Enter. */
export class SignInScreen {
  constructor(private readonly page: Page) {}

  async expectShown(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Log masuk' })).toBeVisible();
  }

  async signIn(name: string, pin: string): Promise<void> {
    const select = this.page.getByLabel('Nama');
    await select.selectOption({ label: await this.optionLabel(name) });
    await this.page.getByLabel('PIN').fill(pin);
    await this.page.getByLabel('PIN').press('Enter');
  }

  private async optionLabel(name: string): Promise<string> {
    const labels = await this.page.getByLabel('Nama').locator('option').allTextContents();
    const label = labels.find((l) => l.startsWith(`${name} (`));
    if (!label) throw new Error(`No user "${name}" in ${labels.join(', ')}`);
    return label;
  }
}
