import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { ownPinApproval } from '../users/approval';
import { changeSopOption, closeOutage, currentOutage, listOutages, openOutage } from './outages';

/** The outages (tempoh gangguan) the counter works in. */
export function outageRoutes(ledger: Ledger) {
  return domainRoutes({
    'outage.current': () => currentOutage(ledger),
    'outage.list': () => listOutages(ledger),
    'outage.open': (input, ctx) => openOutage(ledger, actorId(ctx), input),
    'outage.close': (input, ctx) =>
      closeOutage(ledger, actorId(ctx), input.outageId, input.note ?? null, input.closeKind),
    'outage.changeOption': async ({ supervisorPin, ...input }, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), supervisorPin);
      return changeSopOption(ledger, actorId(ctx), input);
    },
  });
}
