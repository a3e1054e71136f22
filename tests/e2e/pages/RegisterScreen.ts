import { expect, type Locator, type Page } from '@playwright/test';
import type { IdType } from '@shared/domain';

export interface PartyData {
  name: string;
  idType?: IdType;
  idNumber?: string;
  /** For a passport: what the clerk types into the nationality picker, and the country (Malay) to pick. */
  nationality?: { search: string; pick: string };
  overrideReason?: string;
  address?: string;
  phone?: string;
}

export interface CaseData {
  /** What the clerk types into the case-type picker: a code or part of the name. */
  typeSearch: string;
  /** The option to pick, e.g. "024". */
  typeCode: string;
  claimants: PartyData[];
  respondents?: PartyData[];
  claim?: string;
}

/** Daftar Kes Baharu. Parties are filled in the order they appear: claimants, then respondents. */
export class RegisterScreen {
  constructor(private readonly page: Page) {}

  party(index: number): Locator {
    return this.page.getByTestId(`party-${index}`);
  }

  async chooseType(search: string, code: string): Promise<void> {
    // Exactly the form's picker: Tetapan's last-number rows are "Jenis kes — Baris N", and a page being left
    // may still show them for a moment.
    const picker = this.page.getByRole('combobox', { name: /^Jenis kes \(kod atau nama\)/ });
    await picker.fill(search);
    await this.page.getByRole('option', { name: new RegExp(`^${code}`) }).click();
    await expect(picker).toHaveValue(new RegExp(`^${code} — `));
  }

  nextNumber(): Locator {
    return this.page.getByTestId('next-number');
  }

  async fillParty(index: number, data: PartyData): Promise<void> {
    const party = this.party(index);
    await party.getByLabel('Nama penuh').fill(data.name);
    if (data.idType) await party.getByLabel('Jenis dokumen pengenalan').selectOption(data.idType);
    if (data.idNumber !== undefined) await party.locator(`#party-${index}-idNumber`).fill(data.idNumber);
    if (data.nationality) {
      const picker = party.getByRole('combobox', { name: /^Kewarganegaraan/ });
      await picker.fill(data.nationality.search);
      // An option reads "SGP Singapura Singapore": the code, the name, the other language's name.
      await party.getByRole('option').filter({ hasText: data.nationality.pick }).first().click();
      await expect(picker).toHaveValue(data.nationality.pick);
    }
    if (data.overrideReason !== undefined) await party.getByLabel('Sebab diteruskan').fill(data.overrideReason);
    if (data.address !== undefined) await party.getByLabel(/^Alamat/).fill(data.address);
    if (data.phone !== undefined) await party.getByLabel(/^No\. telefon/).fill(data.phone);
  }

  async fill(data: CaseData): Promise<void> {
    await this.chooseType(data.typeSearch, data.typeCode);
    const respondents = data.respondents ?? [];
    for (const [i, claimant] of data.claimants.entries()) {
      if (i > 0) await this.page.getByRole('button', { name: /^Tambah (Plaintif|Pemohon)$/ }).click();
      await this.fillParty(i, claimant);
    }
    for (const [i, respondent] of respondents.entries()) {
      await this.page.getByRole('button', { name: /^Tambah (Defendan|Responden)$/ }).click();
      await this.fillParty(data.claimants.length + i, respondent);
    }
    if (data.claim !== undefined) await this.page.getByLabel(/^Nilai tuntutan/).fill(data.claim);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan dan peruntukkan nombor kes' }).click();
  }

  /** Saves and returns the number shown large. */
  async register(data: CaseData): Promise<string> {
    await this.fill(data);
    await this.save();
    const number = this.page.getByTestId('registered-number');
    await expect(number).toBeVisible();
    return (await number.textContent()) ?? '';
  }

  async another(): Promise<void> {
    await this.page.getByRole('button', { name: 'Daftar kes lain' }).click();
  }
}
