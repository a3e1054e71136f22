import { deviceKeyForExport, type DeviceKeyVault } from '../bundle/deviceKey';
import type { Db } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { openReplica } from './replica';
import type { CourtFolderStore } from './settings';
import { startBackgroundSync, type BackgroundSync } from './sync';

export type { BackgroundSync } from './sync';

/** The app's court-folder sync: the replica beside the ledger, the device key from its vault. */
export function startCourtFolderSync(
  ledger: Ledger,
  dataDir: string,
  folder: CourtFolderStore,
  vault: DeviceKeyVault,
  log: { error(message: string, detail?: unknown): void },
  /** The replica shared with the screens' search (its owner closes it); none: opened here. */
  shared?: () => Db,
): BackgroundSync {
  let replica: Db | null = null;
  const sync = startBackgroundSync({
    ledger,
    folder: () => folder.get(),
    deviceKey: async () => (await deviceKeyForExport(ledger, vault)).secret,
    replica: shared ?? (() => (replica ??= openReplica(dataDir))),
    log,
  });
  return {
    kick: () => sync.kick(),
    idle: () => sync.idle(),
    replica: () => (folder.get() === null ? null : (replica ??= openReplica(dataDir))),
    stop: () => {
      sync.stop();
      // A round still running when the app closes fails on the closed files and is logged; its segment,
      // if written and not recorded, is taken as published at the next start (publish.ts, adopt).
      replica?.close();
    },
  };
}
