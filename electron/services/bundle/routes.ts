import { actorId, domainRoutes } from '../../routing/routes';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import { ownPinApproval, supervisorApproval } from '../users/approval';
import { deviceKeyStatus, replaceDeviceKey, type DeviceKeyVault } from './deviceKey';
import { exportJobs } from './exportJobs';
import { listExports } from './exports';
import { importIctKey, listIctKeys, removeIctKey } from './ictKeys';
import { printHandoverSlip, printSetupSlip } from './slips';

export interface BundlePorts {
  printing: Printing;
  deviceKeys: DeviceKeyVault;
  log: ErrorLog;
}

/** The export bundle for ICT: the device key, ICT's keys, the exports and their slips. */
export function bundleRoutes(ledger: Ledger, ports: BundlePorts) {
  // The exports running or done since the counter opened, each followed by the screen until it ends.
  const exports = exportJobs();
  return domainRoutes({
    'bundle.deviceKey': (_input, ctx) => deviceKeyStatus(ledger, ports.deviceKeys, `user:${actorId(ctx)}`),
    'bundle.replaceDeviceKey': async (input, ctx) => {
      const supervisor = await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      return replaceDeviceKey(ledger, ports.deviceKeys, supervisor.id, input.reason);
    },
    'bundle.setupSlip': (input, ctx) =>
      printSetupSlip(ledger, ports.printing, ports.deviceKeys, actorId(ctx), input.toPrinter),
    'bundle.ictKeys': () => listIctKeys(ledger),
    'bundle.importIctKey': async (input, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      return importIctKey(ledger, actorId(ctx), input.armored);
    },
    'bundle.removeIctKey': async (input, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), input.supervisorPin);
      return removeIctKey(ledger, actorId(ctx), input.keyId);
    },
    'bundle.exports': () => listExports(ledger),
    'bundle.exportStart': async (input) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return exports.start(
        ledger,
        {
          folder: input.folder,
          passphrase: input.passphrase,
          vault: ports.deviceKeys,
          by: { id: supervisor.id, name: supervisor.name },
        },
        (error) => ports.log.error('export failed', error),
      );
    },
    'bundle.exportStatus': (input) => exports.status(input.jobId),
    'bundle.handoverSlip': (input, ctx) =>
      printHandoverSlip(ledger, ports.printing, actorId(ctx), input.seq, input.toPrinter),
  });
}
