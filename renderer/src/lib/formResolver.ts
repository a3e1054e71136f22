import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage } from '../i18n/strings';

export interface ExtraIssue {
  path: string;
  message: string;
}

interface Options<TForm> {
  /** Turns what the inputs hold (text) into the schema's input (numbers, nulls). */
  toInput: (values: TForm) => unknown;
  /** Schema paths whose input has another name in the form, e.g. claimSen → claimText. */
  rename?: Record<string, string>;
  /** Checks the schema cannot make, such as a PIN typed twice. */
  extra?: (values: TForm) => ExtraIssue[];
}

/**
 * A react-hook-form resolver that validates with the shared zod schema (the one main uses too),
 * after mapping the form's text fields to the schema's input. The form receives its own values
 * back; the page calls `toInput` again to build the payload.
 */
export function schemaResolver<TForm extends FieldValues>(schema: z.ZodType, options: Options<TForm>): Resolver<TForm> {
  return async (values, _context, resolverOptions) => {
    const flat: Record<string, FieldError> = {};
    const add = (path: string, message: string) => {
      const key = options.rename?.[path] ?? path;
      if (!flat[key]) flat[key] = { type: 'validate', message };
    };
    // The form's own checks first: where both speak about a field, theirs is the more specific.
    for (const issue of options.extra?.(values) ?? []) add(issue.path, issue.message);
    const parsed = await schema.safeParseAsync(options.toInput(values));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        add(issue.path.map(String).join('.'), shownFieldMessage(issue.message, currentLanguage()));
      }
    }
    if (Object.keys(flat).length === 0) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(flat as FieldErrors, resolverOptions) };
  };
}

/** "12" → 12; "" → null; anything else → NaN, which the schema reports in its own words. */
export function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** "12" → 12; anything else → NaN. */
export function numberFrom(text: string): number {
  return numberOrNull(text) ?? Number.NaN;
}
