import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { supervisorApproval } from '../users/approval';
import { confirmClock } from './clockGuard';

/** The number series' clock guard: a supervisor confirms the computer's date. */
export function seriesRoutes(ledger: Ledger) {
  return domainRoutes({
    'clock.confirm': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return confirmClock(ledger, actorId(ctx), supervisor);
    },
  });
}
