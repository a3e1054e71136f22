import type { LanguageStore } from '../services/court/language';
import type { Preferences } from './preferences';

/** The screen language, remembered in this PC's preferences. */
export function preferenceLanguage(preferences: Preferences): LanguageStore {
  return {
    get: () => preferences.get('language'),
    set: (language) => preferences.set('language', language),
  };
}
