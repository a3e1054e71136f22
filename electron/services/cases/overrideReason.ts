import { countryByCode } from '@shared/countries';
import type { IdType } from '@shared/domain';
import { AppError } from '@shared/errors';
import { MIN_OVERRIDE_REASON } from '@shared/mykad';
import { OVERRIDE_TOO_SHORT } from '@shared/schemas/case';

/**
 * The ledger's own check of what the schema already asks: a MyKad kept despite its warnings carries a
 * reason an auditor can read. Any caller that skips the schema (CLI, seed, an import) meets it here.
 */
export function requireOverrideReason(
  person: { idWarnings: string[]; idOverrideReason: string | null },
  field: string,
): void {
  if (person.idWarnings.length === 0) return;
  const reason = person.idOverrideReason?.trim() ?? '';
  if (reason.length < MIN_OVERRIDE_REASON) {
    throw AppError.onField('VALIDATION', field, OVERRIDE_TOO_SHORT, { min: MIN_OVERRIDE_REASON });
  }
}

/** Refused by the schema and again here, so no path (CLI, seed, a test) records a passport without its country. */
export const NATIONALITY_REQUIRED = 'Pilih kewarganegaraan pemegang pasport daripada senarai.' as const;

/** A passport holder's nationality is one of the shipped ISO 3166-1 codes. */
export function requireNationality(person: { idType: IdType; nationality?: string | null }, field: string): void {
  if (person.idType === 'PASSPORT' && !countryByCode(person.nationality)) {
    throw AppError.onField('VALIDATION', field, NATIONALITY_REQUIRED);
  }
}
