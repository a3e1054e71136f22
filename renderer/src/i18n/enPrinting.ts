import type { Catalogue } from './catalogue';
import type { msPrinting } from './msPrinting';

/** Printing wording (English). */
export const enPrinting: Catalogue<typeof msPrinting> = {
  print: 'Print',
  printReceipt: 'Print receipt',
  printStatement: 'Print statement',
  printLabel: { receipt: 'Print receipt', statement: 'Print statement', notice: 'Print notice' },
  savePdf: 'Save PDF',
  retry: 'Try printing again',
  otherPrinter: 'Choose another printer',
  busy: 'Printing…',
  printed: (printer: string, copy: boolean) => `Printed on "${printer}"${copy ? ' as a COPY (SALINAN)' : ''}.`,
  saved: (file: string, copy: boolean) => `PDF${copy ? ' (COPY)' : ''} saved at ${file}`,
  keptFile: (file: string) => `PDF file: ${file}`,
  settingsIntro:
    'Choose a printer for each document type once; later prints go straight to that printer. Every document is always kept as a PDF in the data folder.',
  receiptPrinter: 'Receipt printer',
  statementPrinter: 'Statement printer (A4)',
  courtDocumentPrinter: 'Printer for summonses, applications and the cause book (A4)',
  none: '— None (save PDF only) —',
  noPrinters: 'No printers found on this computer. Documents can still be saved as PDF.',
  chosen: 'Printer choice saved.',
  refresh: 'Refresh the list',
};
