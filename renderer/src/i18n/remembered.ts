import type { ScreenLanguage } from '@shared/schemas/language';
import { call } from '../api/client';
import { showLanguage } from './strings';
import { unawaited } from '../app/unawaited';

/** Shows the screens in the language this PC last chose (Malay when none, or when it cannot be read). */
export async function showRememberedLanguage(): Promise<void> {
  const result = await call('language.get', {});
  if (result.ok) showLanguage(result.value);
}

/** Switches the screens now and remembers the choice for this PC. */
export function chooseLanguage(language: ScreenLanguage): void {
  showLanguage(language);
  unawaited(call('language.set', { language }));
}
