import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { BackupStatusView } from '@shared/views';
import type { Ledger } from '../ledger/ledger';
import type { BackupPlan } from './plan';
import type { BackupComparison } from './restore';
import { setRecoveryPassphrase } from './recoveryKey';
import { compareBackupFile } from './restoreLedger';
import type { Backups } from './schedule';
import { backupStatus, checkBackupFolder } from './status';

/** This PC's backup folder, or a refusal when none is chosen yet. */
export function requireBackupDir(backups: Backups): string {
  const dir = backups.plan.get().dir;
  if (!dir) throw new AppError('CONFLICT', 'Folder sandaran belum dipilih.');
  return dir;
}

/** Tetapan → Sandaran: where and how often this PC backs up, kept once the folder is found writable. */
export function saveBackupPlan(ledger: Ledger, backups: Backups, plan: BackupPlan): BackupStatusView {
  checkBackupFolder(plan, ledger.dataDir);
  backups.plan.set(plan);
  return backupStatus(backups, ledger);
}

/** Sandarkan sekarang. */
export async function backUpNow(ledger: Ledger, backups: Backups): Promise<BackupStatusView> {
  await backups.run(ledger);
  return backupStatus(backups, ledger);
}

/** What a backup in this PC's folder holds against the ledger, and what restoring it would lose. */
export function compareInBackupFolder(
  ledger: Ledger,
  backups: Backups,
  input: { name: string; passphrase?: string | undefined; secretKey?: string | undefined },
): Promise<BackupComparison> {
  return compareBackupFile(ledger, join(requireBackupDir(backups), input.name), input.name, {
    passphrase: input.passphrase,
    secretKeyArmored: input.secretKey,
  });
}

/** The supervisor sets (or changes) the court recovery passphrase backups are encrypted to. */
export async function changeRecoveryPassphrase(
  ledger: Ledger,
  backups: Backups,
  supervisorId: number,
  passphrase: string,
): Promise<BackupStatusView> {
  await setRecoveryPassphrase(ledger, `user:${supervisorId}`, passphrase);
  return backupStatus(backups, ledger);
}
