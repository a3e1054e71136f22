import { expect, type Page } from '@playwright/test';

/** The number ESV2 or ESV3 gave, typed into the case form (Pendaftaran ESV2, Kes Telah Didaftarkan). */
export class GivenNumberForm {
  constructor(private readonly page: Page) {}

  async fillNumber(caseNumber: string, esv2Receipt?: string): Promise<void> {
    await this.page.locator('#given-case-number').fill(caseNumber);
    if (esv2Receipt !== undefined) await this.page.locator('#given-esv2-receipt').fill(esv2Receipt);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan kes' }).click();
  }
}

/** Documents received on the case page, with their receipt. */
export class FilingsSection {
  constructor(private readonly page: Page) {}

  section() {
    return this.page.getByTestId('case-filings');
  }

  async receive(documents: { type: string; quantity: number }[], tenderedRinggit: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Terima dokumen' }).click();
    for (const [i, doc] of documents.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: 'Tambah dokumen' }).click();
      const row = this.page.getByTestId(`filing-row-${i}`);
      await row.getByLabel('Jenis dokumen').selectOption({ label: doc.type });
      await row.getByLabel('Kuantiti').fill(String(doc.quantity));
    }
    await this.page.getByLabel('Wang tunai diterima (RM)').fill(tenderedRinggit);
    await this.page.getByRole('button', { name: 'Terima dokumen dan keluarkan resit' }).click();
  }
}

/** Janji Temu: book, slip, the day's list. */
export class AppointmentsScreen {
  constructor(private readonly page: Page) {}

  /**
   * Books for `date` (yyyy-mm-dd) in `session`, or else for the first working day from tomorrow with a
   * session with room; returns the day chosen (yyyy-mm-dd).
   */
  async book(
    person: { name: string; idNumber: string; phone: string },
    typeCode: string,
    at: { date?: string; session?: 'Pagi' | 'Petang'; expectBooked?: boolean } = {},
  ): Promise<string> {
    const party = this.page.getByTestId('party-0');
    await party.getByLabel('Nama penuh').fill(person.name);
    await party.locator('#party-0-idNumber').fill(person.idNumber);
    await party.getByLabel(/^No\. telefon/).fill(person.phone);
    const picker = this.page.getByRole('combobox', { name: /Jenis kes/ });
    await picker.fill(typeCode);
    await this.page.getByRole('option', { name: new RegExp(`^${typeCode}`) }).click();
    const dateField = this.page.getByLabel(/^Tarikh janji temu/);
    const sessions = this.page.getByTestId('appointment-sessions');
    let chosen = at.date ?? '';
    for (let ahead = 1; !at.date && ahead <= 10; ahead++) {
      const day = new Date(Date.now() + 8 * 3600_000 + ahead * 86_400_000).toISOString().slice(0, 10);
      await dateField.fill(day.split('-').reverse().join('/'));
      await dateField.blur();
      if ((await sessions.getByRole('radio').count()) > 0) {
        chosen = day;
        break;
      }
    }
    if (at.date) {
      await dateField.fill(at.date.split('-').reverse().join('/'));
      await dateField.blur();
    }
    await sessions.getByRole('radio', { name: new RegExp(`^${at.session ?? 'Pagi'}`) }).check();
    await this.page.getByRole('button', { name: 'Simpan janji temu' }).click();
    if (at.expectBooked !== false) await expect(this.page.getByTestId('appointment-booked')).toBeVisible();
    return chosen;
  }

  reference() {
    return this.page.getByTestId('appointment-reference');
  }

  /** `date` as the ledger writes it (yyyy-mm-dd); typed as the clerk does, dd/mm/yyyy. */
  async showDay(date: string): Promise<void> {
    await this.page.getByTestId('appointment-day').getByLabel('Tarikh').fill(date.split('-').reverse().join('/'));
  }

  row(reference: string) {
    return this.page.getByTestId('appointment-day').getByRole('row').filter({ hasText: reference });
  }
}
