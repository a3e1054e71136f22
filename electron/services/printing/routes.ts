import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { choosePrinter, listPrinters, printDayStatement, printReceipt, type Printing } from './print';

export interface PrintingPorts {
  printing: Printing;
}

/** This PC's printers, and printing a receipt or the day's statement. */
export function printingRoutes(ledger: Ledger, ports: PrintingPorts) {
  return domainRoutes({
    'receipts.print': (input, ctx) =>
      printReceipt(ledger, ports.printing, actorId(ctx), input.receiptId, input.toPrinter),
    'dayClose.print': (input, ctx) =>
      printDayStatement(ledger, ports.printing, actorId(ctx), input.date, input.toPrinter),
    'printers.list': () => listPrinters(ports.printing),
    'printers.choose': (input) => choosePrinter(ports.printing, input.kind, input.printer),
  });
}
