import { expect, type Page } from '@playwright/test';

type NavTarget =
  | 'Daftar Kes Baharu'
  | 'Buku Daftar'
  | 'Gangguan'
  | 'Pemulihan ESV3'
  | 'Tutup Kaunter'
  | 'Eksport'
  | 'Tetapan'
  | 'Pendaftaran ESV2'
  | 'Kes Telah Didaftarkan'
  | 'Janji Temu';

/** Header, navigation and the outage banner. */
export class AppFrame {
  constructor(private readonly page: Page) {}

  async expectSignedIn(name: string): Promise<void> {
    await expect(this.page.locator('.frame__user-name')).toHaveText(name);
  }

  async go(target: NavTarget): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: target }).click();
  }

  /** Goes from a half-filled form: the counter asks first (LeaveGuardHost), and the clerk leaves. */
  async leaveFormFor(target: NavTarget): Promise<void> {
    await this.go(target);
    const question = this.page.getByRole('alertdialog', { name: 'Tinggalkan borang ini?' });
    await question.getByRole('button', { name: 'Ya, tinggalkan' }).click();
  }

  banner() {
    return this.page.getByTestId('outage-banner');
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log keluar' }).click();
  }
}
