import { actorId, domainRoutes } from '../../routing/routes';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import { printNumberNotice } from './notice';
import { recoveryWorklist } from './worklist';
import { recordEsv3WithNotice } from './workflows';

export interface RecoveryPorts {
  printing: Printing;
  log: ErrorLog;
}

/** After the outage: each case recorded in ESV3, and the number notices to the parties. */
export function recoveryRoutes(ledger: Ledger, ports: RecoveryPorts) {
  return domainRoutes({
    'recovery.worklist': (input) => recoveryWorklist(ledger, input),
    'recovery.record': (input, ctx) => recordEsv3WithNotice(ledger, actorId(ctx), input, ports.log),
    'recovery.printNotice': (input, ctx) =>
      printNumberNotice(ledger, ports.printing, actorId(ctx), input.caseId, input.toPrinter),
  });
}
