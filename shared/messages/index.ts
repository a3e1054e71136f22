import { appointmentsMessages } from './appointments';
import { backupMessages } from './backup';
import { bundleMessages } from './bundle';
import { calendarMessages } from './calendar';
import { casesMessages } from './cases';
import { courtMessages } from './court';
import { courtFolderMessages } from './courtFolder';
import { esv3ImportMessages } from './esv3Import';
import { fieldsMessages } from './fields';
import { outagesMessages } from './outages';
import { printingMessages } from './printing';
import { receiptsMessages } from './receipts';
import { recoveryMessages } from './recovery';
import { transportMessages } from './transport';
import { usersMessages } from './users';
import { fillTemplate, type MessageValues } from '../errors';

/**
 * Every message a person can be shown, by area: the key is the Malay template itself, with named
 * placeholders (`'Kes {caseNo} tidak dijumpai.'`), the value its English. A key that is not here is a
 * type error where it is thrown; tests/i18n/messages.test.ts checks that each English has the key's
 * placeholders and that no key is in two areas.
 */
export const MESSAGE_AREAS = {
  appointments: appointmentsMessages,
  backup: backupMessages,
  bundle: bundleMessages,
  calendar: calendarMessages,
  cases: casesMessages,
  court: courtMessages,
  courtFolder: courtFolderMessages,
  esv3Import: esv3ImportMessages,
  fields: fieldsMessages,
  outages: outagesMessages,
  printing: printingMessages,
  receipts: receiptsMessages,
  recovery: recoveryMessages,
  transport: transportMessages,
  users: usersMessages,
} as const;

export const MESSAGES = {
  ...appointmentsMessages,
  ...backupMessages,
  ...bundleMessages,
  ...calendarMessages,
  ...casesMessages,
  ...courtMessages,
  ...courtFolderMessages,
  ...esv3ImportMessages,
  ...fieldsMessages,
  ...outagesMessages,
  ...printingMessages,
  ...receiptsMessages,
  ...recoveryMessages,
  ...transportMessages,
  ...usersMessages,
} as const;

export type MessageKey = keyof typeof MESSAGES;

export type MessageLanguage = 'ms' | 'en';

/** A key and its values in the chosen language; a value that is a ref is worded in that language too. */
export function formatMessage(language: MessageLanguage, key: MessageKey, values?: MessageValues): string {
  const template = language === 'en' ? MESSAGES[key] : key;
  return fillTemplate(template, values, (value) => formatMessage(language, value.key, value.values));
}
