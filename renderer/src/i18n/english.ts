import { formatMessage, type MessageKey } from '@shared/messages';
import type { MessageValues } from '@shared/errors';
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
import type { Strings } from './strings';

/** The screens' English and the ledger's messages in English: the chunk `loadLanguage('en')` loads. */
export interface English {
  strings: Strings;
  message: (key: MessageKey, values?: MessageValues) => string;
}

export const ENGLISH: English = {
  strings: {
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
  message: (key, values) => formatMessage('en', key, values),
};
