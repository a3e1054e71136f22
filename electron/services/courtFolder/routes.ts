import type { CourtFolderView, EnrolledCounterView } from '@shared/courtFolderViews';
import { actorId, domainRoutes } from '../../routing/routes';
import { ensureDeviceKey, readDeviceKey, type DeviceKeyVault } from '../bundle/deviceKey';
import { userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import type { Db } from '../db/open';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { ownPinApproval } from '../users/approval';
import { courtCase } from './caseView';
import { enrolCounter, enrolledKeys, listEnrolledCounters, revokeCounter } from './enrolment';
import { setCourtFolder } from './folderChoice';
import { heldHere, localRowOf } from './heldHere';
import { searchCourtCases } from './search';
import type { CourtFolderStore } from './settings';
import { courtStatus } from './status';
import { courtPaymentDraft, receiveCourtCaseFilings, receiveCourtCasePayment } from './workflows';

export interface CourtFolderPorts {
  /** Where this PC's court folder is (a machine preference). */
  courtFolder: CourtFolderStore;
  /** The replica of the other counters, shared with the background sync. */
  courtReplica: () => Db;
  /** Asks the background sync for a round now (after the folder or an enrolment changed). */
  courtSyncKick: () => void;
  /** This counter's device key: made when the folder is first set, so its fingerprint can be shown. */
  deviceKeys: DeviceKeyVault;
  /** Where a receipt's PDF that could not be made is logged (the receipt stands). */
  log: ErrorLog;
}

function folderView(ledger: Ledger, ports: CourtFolderPorts): CourtFolderView {
  const own = requireCourtConfig(ledger).court.counterId;
  const key = readDeviceKey(ledger);
  const counters = courtStatus(ledger, ports.courtReplica(), own, [...enrolledKeys(ledger).keys()]);
  return {
    folder: ports.courtFolder.get(),
    ownCounter: own,
    ownFingerprint: key?.fingerprint ?? null,
    ownPublicKey: key?.publicArmored ?? null,
    counters: counters.map((c) => ({
      counter: c.counter,
      own: c.own,
      segments: c.segments,
      lastEventAt: c.lastEventAt,
      lastArrivedAt: c.lastArrivedAt,
      problems: c.problems.map((p) => ({ ...p })),
    })),
  };
}

function enrolledView(ledger: Ledger): EnrolledCounterView[] {
  return listEnrolledCounters(ledger).map((e) => ({
    id: e.id,
    counterId: e.counterId,
    fingerprint: e.fingerprint,
    enrolledAt: e.enrolledAt,
    revokedAt: e.revokedAt,
  }));
}

/** The court folder: where it is, who is enrolled, what the other counters published, the court search. */
export function courtFolderRoutes(ledger: Ledger, ports: CourtFolderPorts) {
  return domainRoutes({
    'courtFolder.status': () => folderView(ledger, ports),
    'courtFolder.setFolder': async (input, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      setCourtFolder(ledger, ports.courtFolder, actorId(ctx), input.folder);
      if (input.folder !== null) await ensureDeviceKey(ledger, ports.deviceKeys, userActor(actorId(ctx)));
      ports.courtSyncKick();
      return folderView(ledger, ports);
    },
    'courtFolder.enrolled': () => enrolledView(ledger),
    'courtFolder.enrol': async (input, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      await enrolCounter(ledger, actorId(ctx), {
        counterId: input.counterId,
        armored: input.armored,
        confirmedFingerprint: input.fingerprint,
      });
      ports.courtSyncKick();
      return enrolledView(ledger);
    },
    'courtFolder.revoke': async (input, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      revokeCounter(ledger, actorId(ctx), input.counterId.toUpperCase(), input.reason);
      return enrolledView(ledger);
    },
    'courtFolder.search': (input) => {
      // A case taken here is this counter's row now: found by the counter's own search, never twice.
      const held = heldHere(ledger);
      return searchCourtCases(ports.courtReplica(), input.query).filter((c) => !held.has(`${c.counter}:${c.caseId}`));
    },
    'courtFolder.case': (input) => {
      const counter = input.counter.toUpperCase();
      const view = courtCase(ports.courtReplica(), counter, input.caseId);
      return { ...view, localCaseId: localRowOf(ledger, counter, input.caseId) };
    },
    'courtFolder.paymentDraft': (input) =>
      courtPaymentDraft(ledger, ports.courtReplica(), input.counter.toUpperCase(), input.caseId),
    'courtFolder.receiveFilings': (input, ctx) =>
      receiveCourtCaseFilings(ledger, ports.courtReplica(), actorId(ctx), input, ports.log),
    'courtFolder.takePayment': (input, ctx) =>
      receiveCourtCasePayment(ledger, ports.courtReplica(), actorId(ctx), input, ports.log),
  });
}
