import { domainRoutes } from '../../routing/routes';
import type { HeadWriter } from '../backup/workflows';
import type { Ledger } from '../ledger/ledger';
import { checkCourtRestore, countersInFolder, restoreCourtOnNewCounter } from './firstRunRestore';

/** Pulihkan daripada folder mahkamah on a new PC's first screen (public: no user exists yet). */
export function firstRunCourtRoutes(ledger: Ledger, ports: { head: HeadWriter }) {
  return domainRoutes({
    'firstRun.courtCounters': (input) => countersInFolder(ledger, input.folder),
    'firstRun.checkCourtFolder': (input) => checkCourtRestore(ledger, input),
    'firstRun.restoreCourtFolder': async (input, ctx) => {
      try {
        return await restoreCourtOnNewCounter(ledger, input);
      } finally {
        // The head file anchors the chain now in the folder, whether the restore went through or not.
        ports.head.writeNow();
        ctx.sessions.set(null);
      }
    },
  });
}
