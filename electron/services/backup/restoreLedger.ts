import { AppError } from '@shared/errors';
import type { RestoreResultView } from '@shared/views';
import { userActor } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { swapLedger } from '../ledger/ledgerSwap';
import type { CrashHook } from './crashPoint';
import { unreadableAside } from './carryForward';
import { describeLedgerFile } from './facts';
import { compareBackup, restoreIncoming, type BackupComparison } from './restore';
import { clearIncoming } from './restoreJournal';
import { stageBackup, type BackupUnlock } from './stage';

function dataDirOf(ledger: Ledger): string {
  if (ledger.dataDir === null) throw new AppError('CONFLICT', 'Pangkalan data ini tidak mempunyai folder data.');
  return ledger.dataDir;
}

/** Stages (decrypts, verifies) and compares a backup; the staged copy stays for a restore to use. */
async function stageAndCompare(
  ledger: Ledger,
  file: string,
  name: string,
  unlock: BackupUnlock,
  hook?: CrashHook,
): Promise<{ comparison: BackupComparison; dataDir: string }> {
  const dataDir = dataDirOf(ledger);
  const staged = await stageBackup(dataDir, file, unlock, ledger.db, hook);
  try {
    const comparison = await compareBackup(ledger.db, staged.incoming, name);
    return { comparison: { ...comparison, encrypted: staged.encrypted, signature: staged.signature }, dataDir };
  } catch (error) {
    clearIncoming(dataDir);
    throw error;
  }
}

/** What restoring `file` would bring back and lose: decrypted and checked in the data folder, then removed. */
export async function compareBackupFile(
  ledger: Ledger,
  file: string,
  name: string,
  unlock: BackupUnlock,
): Promise<BackupComparison> {
  const { comparison, dataDir } = await stageAndCompare(ledger, file, name, unlock);
  clearIncoming(dataDir);
  return comparison;
}

/**
 * Restores a backup into the running counter: stages and checks it (decrypted, signature and head
 * verified), closes the ledger, prepares the incoming copy (floors, restore event), swaps it in under the
 * journal, and re-opens the folder (start-up check and all) into the same Ledger object: one swap
 * (ledger/ledgerSwap.ts), new requests held meanwhile. Whatever fails, the folder is re-opened as it stands.
 */
export async function restoreIntoLedger(
  ledger: Ledger,
  file: string,
  name: string,
  actor: number | string,
  options: { unlock?: BackupUnlock; hook?: CrashHook } = {},
): Promise<RestoreResultView> {
  const { comparison, dataDir } = await stageAndCompare(ledger, file, name, options.unlock ?? {}, options.hook);
  if (!comparison.ok) {
    clearIncoming(dataDir);
    throw new AppError('CONFLICT', 'Sandaran {name} gagal disemak dan tidak dipulihkan: {problem}', {
      name,
      problem: comparison.problem ?? '',
    });
  }
  const outcome = await swapLedger(ledger, () =>
    restoreIncoming(dataDir, {
      actor: typeof actor === 'number' ? userActor(actor) : actor,
      backup: name,
      lostEvents: comparison.lost.auditEvents,
      at: ledger.clock(),
      ...(options.hook ? { hook: options.hook } : {}),
    }),
  );
  return {
    name,
    setAside: outcome.setAside ?? '',
    facts: describeLedgerFile(ledger.db),
    lostNumbers: outcome.lostNumbers ?? unreadableAside(),
  };
}
