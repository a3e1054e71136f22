import { useSyncExternalStore } from 'react';
import type { ScreenLanguage } from '@shared/schemas/language';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { enAudit } from './enAudit';
import { enBackup } from './enBackup';
import { enBundle } from './enBundle';
import { enDomain } from './enDomain';
import { enCalendar } from './enCalendar';
import { enCounter } from './enCounter';
import { enCourt } from './enCourt';
import { enMoney } from './enMoney';
import { enPrinting } from './enPrinting';
import { enRecovery } from './enRecovery';
import { enReference } from './enReference';
import { enSop } from './enSopPaths';
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

export const STRINGS: Readonly<Record<ScreenLanguage, Strings>> = {
  ms: malay,
  en: {
    ms: en,
    msAudit: enAudit,
    msBackup: enBackup,
    msBundle: enBundle,
    msDomain: enDomain,
    msCalendar: enCalendar,
    msCounter: enCounter,
    msCourt: enCourt,
    msMoney: enMoney,
    msPrinting: enPrinting,
    msRecovery: enRecovery,
    msReference: enReference,
    msSop: enSop,
  },
};

/*
 * The language the screens show now. One value for the whole window, so code outside components
 * (the api client, form resolvers) reads the same language the components render in.
 */
let current: ScreenLanguage = 'ms';
const listeners = new Set<() => void>();

export function currentLanguage(): ScreenLanguage {
  return current;
}

/** Shows the screens in `language` from the next render on; `<html lang>` follows. */
export function showLanguage(language: ScreenLanguage): void {
  if (language === current) return;
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
  return STRINGS[useLanguage()];
}

/** The screen strings now, for code that is not a component (called at render or event time only). */
export function strings(): Strings {
  return STRINGS[current];
}
