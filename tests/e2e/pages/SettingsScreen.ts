import { expect, type Page } from '@playwright/test';

type Tab =
  | 'Butiran mahkamah'
  | 'Penomboran kes'
  | 'Nombor kes terakhir ESV3'
  | 'Pengguna'
  | 'Jenis kes'
  | 'Sandaran'
  | 'Kunci dan Eksport';

/** Tetapan (supervisors only). */
export class SettingsScreen {
  constructor(private readonly page: Page) {}

  async tab(name: Tab): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** Tetapan → Kalendar dan dokumen: a new row at the end of the Hijri month-start table (not saved yet). */
  async addHijriRow(year: string, month: string, startsOn: string): Promise<void> {
    const table = this.page.getByTestId('hijri-table');
    const before = await table.getByTestId('hijri-row').count();
    await this.page.getByRole('button', { name: 'Tambah baris' }).click();
    const n = before + 1;
    await table.getByLabel(`Tahun Hijrah — Baris ${n}`).fill(year);
    await table.getByLabel(`Bulan Hijrah — Baris ${n}`).selectOption({ label: month });
    await table.getByLabel(`1 hari bulan jatuh pada (Masihi) — Baris ${n}`).fill(startsOn);
  }

  /** The Hijri table's row `n` (1-based) as [year, month, starts on], read from its fields. */
  async hijriRow(n: number): Promise<[string, string, string]> {
    const table = this.page.getByTestId('hijri-table');
    const month = table.getByLabel(`Bulan Hijrah — Baris ${n}`);
    return [
      await table.getByLabel(`Tahun Hijrah — Baris ${n}`).inputValue(),
      (await month.locator('option:checked').textContent()) ?? '',
      await table.getByLabel(`1 hari bulan jatuh pada (Masihi) — Baris ${n}`).inputValue(),
    ];
  }

  async addUser(name: string, role: 'CLERK' | 'SUPERVISOR', pin: string): Promise<void> {
    await this.tab('Pengguna');
    await this.page.locator('#user-name').fill(name);
    await this.page.locator('#user-role').selectOption(role);
    await this.page.locator('#user-pin').fill(pin);
    await this.page.locator('#user-pin-confirm').fill(pin);
    await this.page.getByRole('button', { name: 'Tambah pengguna' }).click();
    await expect(this.page.getByRole('cell', { name, exact: true })).toBeVisible();
  }

  /** Tetapan → Pengguna → Tetapkan semula PIN for `name`: the dialog, its new PIN typed twice. */
  async resetPin(name: string, pin: string, confirm = pin): Promise<void> {
    await this.tab('Pengguna');
    await this.page
      .getByRole('row', { name: new RegExp(name) })
      .getByRole('button', { name: 'Tetapkan semula PIN' })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Tetapkan semula PIN ${name}` });
    await dialog.getByLabel('PIN baharu').fill(pin);
    await dialog.getByLabel('Sahkan PIN').fill(confirm);
    await dialog.getByRole('button', { name: 'Tetapkan semula PIN' }).click();
  }

  /** Adds a row to the last-numbers table (this year) and saves it. */
  async addLastNumber(caseTypeCode: string, lastNumber: number): Promise<void> {
    await this.tab('Nombor kes terakhir ESV3');
    const i = await this.page.locator('select[id^="ln-type-"]').count();
    await this.page.getByRole('button', { name: 'Tambah baris' }).click();
    await this.page.locator(`#ln-type-${i}`).selectOption(caseTypeCode);
    await this.page.locator(`#ln-number-${i}`).fill(String(lastNumber));
    await this.page.getByRole('button', { name: 'Simpan' }).click();
    await expect(this.page.getByText('Perubahan telah disimpan.')).toBeVisible();
  }

  /** Changes the last number of an existing row of the last-numbers table. */
  async setLastNumber(caseTypeCode: string, lastNumber: number): Promise<void> {
    await this.tab('Nombor kes terakhir ESV3');
    const selects = this.page.locator('select[id^="ln-type-"]');
    const count = await selects.count();
    for (let i = 0; i < count; i++) {
      if ((await selects.nth(i).inputValue()) === caseTypeCode) {
        await this.page.locator(`#ln-number-${i}`).fill(String(lastNumber));
        await this.page.getByRole('button', { name: 'Simpan' }).click();
        await expect(this.page.getByText('Perubahan telah disimpan.')).toBeVisible();
        return;
      }
    }
    throw new Error(`No last-number row for ${caseTypeCode}`);
  }
}
