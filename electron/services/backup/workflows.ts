import { join } from 'node:path';
import type { RestoreResultView } from '@shared/views';
import type { HeadKeeper } from '../integrity/headKeeper';
import type { Ledger } from '../ledger/ledger';
import { requireBackupDir } from './backupFolder';
import { firstRunRestore, type FirstRunRestoreInput } from './firstRun';
import { restoreIntoLedger } from './restoreLedger';
import type { Backups } from './schedule';

/** The chain's head file beside the ledger: a restore writes it at once for the restored chain. */
export type HeadWriter = Pick<HeadKeeper, 'writeNow'>;

export interface RestoreRequest {
  /** The backup's file name in this PC's backup folder. */
  name: string;
  passphrase?: string | undefined;
  secretKey?: string | undefined;
}

/**
 * Pulihkan daripada sandaran (Tetapan → Sandaran), approved by `supervisorId`: the backup restored into the
 * running counter, then the head file written for the chain now in the folder at once, whether the restore
 * went through or the folder was re-opened as it stood.
 */
export async function restoreFromBackup(
  ledger: Ledger,
  supervisorId: number,
  input: RestoreRequest,
  ports: { backups: Backups; head: HeadWriter },
): Promise<RestoreResultView> {
  try {
    return await restoreIntoLedger(
      ledger,
      join(requireBackupDir(ports.backups), input.name),
      input.name,
      supervisorId,
      {
        unlock: { passphrase: input.passphrase, secretKeyArmored: input.secretKey },
      },
    );
  } finally {
    ports.head.writeNow();
  }
}

/** The first-run screen's restore on a new PC (an empty ledger), then the head file written at once. */
export async function restoreOnNewCounter(
  ledger: Ledger,
  input: FirstRunRestoreInput,
  ports: { head: HeadWriter },
): Promise<RestoreResultView> {
  try {
    return await firstRunRestore(ledger, input);
  } finally {
    ports.head.writeNow();
  }
}
