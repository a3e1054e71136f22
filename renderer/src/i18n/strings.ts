import { useSyncExternalStore } from 'react';
import type { ScreenLanguage } from '@shared/schemas/language';
import type { Catalogue } from './catalogue';
import type { English } from './english';
import { ms } from './ms';
import { msAudit } from './msAudit';
import { msBackup } from './msBackup';
import { msBundle } from './msBundle';
import { msDomain } from './msDomain';
import { msCalendar } from './msCalendar';
import { msCounter } from './msCounter';
import { msCourt } from './msCourt';
import { msMoney } from './msMoney';
import { msPrinting } from './msPrinting';
import { msRecovery } from './msRecovery';
import { msReference } from './msReference';
import { msSop } from './msSopPaths';

const malay = {
  ms,
  msAudit,
  msBackup,
  msBundle,
  msDomain,
  msCalendar,
  msCounter,
  msCourt,
  msMoney,
  msPrinting,
  msRecovery,
  msReference,
  msSop,
};

/** Every catalogue the screens use, by the name components know it by (`ms`, `msSop` …). */
export type Strings = Catalogue<typeof malay>;

/** The Malay screen strings: always in the first script. */
export const MALAY: Strings = malay;

/*
 * English (its screen strings and the ledger's messages in English, ~120 KiB) is a chunk of its own,
 * loaded the first time a PC shows English (`loadLanguage`), so a Malay counter never fetches it before its
 * first screen. showLanguage('en') needs it loaded.
 */
let english: English | null = null;

/** Makes English showable; `loadLanguage` calls it, and the test setup (renderer/src/test/setup.ts). */
export function registerEnglish(loaded: English): void {
  english = loaded;
}

/** The English catalogues and messages once loaded, else null (Malay needs nothing loaded). */
export function loadedEnglish(): English | null {
  return english;
}

/** Loads what `language` needs before it can be shown (nothing for Malay). */
export async function loadLanguage(language: ScreenLanguage): Promise<void> {
  if (language === 'en' && !english) registerEnglish((await import('./english')).ENGLISH);
}

function stringsIn(language: ScreenLanguage): Strings {
  if (language === 'en' && english) return english.strings;
  return malay;
}

/*
 * The language the screens show now. One value for the whole window, so code outside components
 * (the api client, form resolvers) reads the same language the components render in.
 */
let current: ScreenLanguage = 'ms';
const listeners = new Set<() => void>();

export function currentLanguage(): ScreenLanguage {
  return current;
}

/** Shows the screens in `language` from the next render on; `<html lang>` follows. English must be loaded. */
export function showLanguage(language: ScreenLanguage): void {
  if (language === current) return;
  if (language === 'en' && !english) throw new Error("showLanguage('en') before loadLanguage('en')");
  current = language;
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The active language; the component renders again when it changes. */
export function useLanguage(): ScreenLanguage {
  return useSyncExternalStore(subscribe, currentLanguage, currentLanguage);
}

/** The screen strings in the active language: `const { ms, msSop } = useStrings();`. */
export function useStrings(): Strings {
  return stringsIn(useLanguage());
}

/** The screen strings now, for code that is not a component (called at render or event time only). */
export function strings(): Strings {
  return stringsIn(current);
}
