import type { AppErrorData, FieldIssue } from '@shared/errors';
import type { ScreenLanguage } from '@shared/schemas/language';
import { ERROR_ENGLISH } from './enErrors';

const fixed = new Map<string, string>();
const patterns: { malay: RegExp; english: string }[] = [];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const [malay, english] of ERROR_ENGLISH) {
  if (malay.includes('{}')) {
    patterns.push({ malay: new RegExp(`^${malay.split('{}').map(escape).join('([\\s\\S]*?)')}$`), english });
  } else {
    fixed.set(malay, english);
  }
}

/** English for a Malay message from the ledger or a schema; undefined when the table has none. */
export function englishError(malay: string, depth = 0): string | undefined {
  const known = fixed.get(malay);
  if (known !== undefined) return known;
  for (const pattern of patterns) {
    const match = pattern.malay.exec(malay);
    if (!match) continue;
    // A value that is itself a message or a field label ("Nama pihak") is translated too.
    const values = match.slice(1).map((value) => (depth < 2 ? (englishError(value, depth + 1) ?? value) : value));
    let next = 0;
    return pattern.english.replace(
      /\{(\d*)\}/g,
      (_all, index: string) => values[index ? Number(index) - 1 : next++] ?? '',
    );
  }
  return undefined;
}

/** The message as the clerk should read it: English when chosen and known, otherwise the Malay as given. */
export function shownMessage(message: string, language: ScreenLanguage): string {
  return language === 'en' ? (englishError(message) ?? message) : message;
}

/** An error from the ledger in the active language (its code and paths unchanged). */
export function shownError(error: AppErrorData, language: ScreenLanguage): AppErrorData {
  if (language === 'ms') return error;
  const issues: FieldIssue[] | undefined = error.issues?.map((issue) => ({
    ...issue,
    message: shownMessage(issue.message, language),
  }));
  return { ...error, message: shownMessage(error.message, language), ...(issues ? { issues } : {}) };
}
