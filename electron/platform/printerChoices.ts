import type { DocumentKind, PrinterChoices } from '../services/printing/printing';
import type { Preferences } from './preferences';

/** The printer chosen per document kind, remembered in this PC's preferences (never in the ledger). */
export function preferencePrinterChoices(preferences: Preferences): PrinterChoices {
  return {
    get: (kind: DocumentKind) => preferences.get('printers')[kind] ?? null,
    set: (kind: DocumentKind, printer: string | null) => {
      const chosen = { ...preferences.get('printers') };
      if (printer === null) delete chosen[kind];
      else chosen[kind] = printer;
      preferences.set('printers', chosen);
    },
  };
}
