import { renderMalay, type AppErrorData, type FieldIssue, type MessageKey, type MessageValues } from '@shared/errors';
import { readFieldMessage } from '@shared/schemas/fieldMessage';
import type { ScreenLanguage } from '@shared/schemas/language';
import type { InBothLanguages } from '@shared/views';
import { loadedEnglish } from './strings';

/**
 * Words from the ledger or a schema (a key and its values) in the active language, by exact lookup. The
 * key is the Malay, so Malay needs no catalogue; English is shown only once loaded (strings.ts).
 */
export function shownMessage(message: { key: MessageKey; values?: MessageValues }, language: ScreenLanguage): string {
  const english = language === 'en' ? loadedEnglish() : null;
  return english ? english.message(message.key, message.values) : renderMalay(message.key, message.values);
}

/** A zod message as a form shows it: the schema's key and values (shared/schemas/fieldMessage.ts), worded. */
export function shownFieldMessage(encoded: string, language: ScreenLanguage): string {
  return shownMessage(readFieldMessage(encoded), language);
}

/** A notice the ledger's checks wrote in both languages. */
export function shownBoth(text: InBothLanguages, language: ScreenLanguage): string {
  return language === 'en' ? text.en : text.ms;
}

/** An error from the ledger in the active language (its code, key, values and paths unchanged). */
export function shownError(error: AppErrorData, language: ScreenLanguage): AppErrorData {
  if (language === 'ms') return error;
  const issues: FieldIssue[] | undefined = error.issues?.map((issue) => ({
    ...issue,
    message: shownMessage(issue, language),
  }));
  return { ...error, message: shownMessage(error, language), ...(issues ? { issues } : {}) };
}
