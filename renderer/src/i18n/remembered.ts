import type { ScreenLanguage } from '@shared/schemas/language';
import { call } from '../api/client';
import { loadLanguage, showLanguage } from './strings';
import { unawaited } from '../app/unawaited';

/** Shows the screens in the language this PC last chose (Malay when none, or when it cannot be read). */
export async function showRememberedLanguage(): Promise<void> {
  const result = await call('language.get', {});
  if (!result.ok) return;
  await loadLanguage(result.value);
  showLanguage(result.value);
}

/** Switches the screens (once the language is loaded: English on its first use) and remembers the choice for this PC. */
export function chooseLanguage(language: ScreenLanguage): void {
  unawaited(
    loadLanguage(language).then(() => {
      showLanguage(language);
      return call('language.set', { language });
    }),
  );
}
