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
