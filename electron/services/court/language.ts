import type { ScreenLanguage } from '@shared/schemas/language';

/**
 * The language the screens are shown in on this PC: a machine preference, kept by the shell or the
 * browser host. Only the renderer reads it; documents and the ledger never do.
 */
export interface LanguageStore {
  get(): ScreenLanguage;
  set(language: ScreenLanguage): void;
}

export function memoryLanguage(initial: ScreenLanguage = 'ms'): LanguageStore {
  let language = initial;
  return {
    get: () => language,
    set: (next) => {
      language = next;
    },
  };
}

/** The clerk switches BM | EN: remembered on this PC, answered as it now stands. */
export function chooseLanguage(store: LanguageStore, language: ScreenLanguage): ScreenLanguage {
  store.set(language);
  return store.get();
}
