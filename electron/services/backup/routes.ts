import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { ownPinApproval, supervisorApproval } from '../users/approval';
import { backUpNow, changeRecoveryPassphrase, compareInBackupFolder, saveBackupPlan } from './backupFolder';
import { firstRunCompare } from './firstRun';
import type { Backups } from './schedule';
import { backupStatus } from './status';
import { restoreFromBackup, restoreOnNewCounter, type HeadWriter } from './workflows';

export interface BackupPorts {
  backups: Backups;
  head: HeadWriter;
}

/** This PC's backups, and restoring one: in Tetapan → Sandaran, or on a new PC's first screen. */
export function backupRoutes(ledger: Ledger, ports: BackupPorts) {
  return domainRoutes({
    'backup.status': () => backupStatus(ports.backups, ledger),
    'backup.savePlan': async ({ supervisorPin, ...plan }, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), supervisorPin);
      return saveBackupPlan(ledger, ports.backups, plan);
    },
    'backup.run': () => backUpNow(ledger, ports.backups),
    'backup.compare': (input) => compareInBackupFolder(ledger, ports.backups, input),
    'backup.setPassphrase': async (input) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      return changeRecoveryPassphrase(ledger, ports.backups, supervisor.id, input.passphrase);
    },
    'backup.restore': async (input, ctx) => {
      const supervisor = await supervisorApproval(ledger, input.supervisorId, input.supervisorPin);
      const result = await restoreFromBackup(ledger, supervisor.id, input, ports);
      // Whoever was signed in signs in again against the restored ledger.
      ctx.signOutEveryone();
      return result;
    },
    'firstRun.compareBackup': (input) => firstRunCompare(ledger, input),
    'firstRun.restoreBackup': async (input, ctx) => {
      const result = await restoreOnNewCounter(ledger, input, ports);
      ctx.sessions.set(null);
      return result;
    },
  });
}
