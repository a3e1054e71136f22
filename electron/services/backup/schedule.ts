import { AppError } from '@shared/errors';
import type { DeviceKeyVault } from '../bundle/deviceKey';
import { readCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { ledgerSwapping } from '../ledger/ledgerSwap';
import { asLedgerUse } from '../ledger/ledgerUses';
import { backupLedger, listBackups, type BackupResult } from './backup';
import type { BackupPlanStore } from './plan';

export interface BackupState {
  last: BackupResult | null;
  lastFailure: { at: string; message: string } | null;
}

/** This PC's backups: the plan, what happened last, and running one now or when it is due. */
export interface Backups {
  plan: BackupPlanStore;
  state: BackupState;
  run(ledger: Ledger): Promise<BackupResult>;
  /** Runs a backup if one is due (a folder is set and the last good one is older than the interval). */
  runIfDue(ledger: Ledger): Promise<BackupResult | null>;
  /** When the newest good backup in the folder was made (after a restart, from the files). */
  lastGoodAt(): string | null;
}

export function createBackups(
  plan: BackupPlanStore,
  options: { deviceKeys?: DeviceKeyVault | undefined } = {},
): Backups {
  const state: BackupState = { last: null, lastFailure: null };
  let running: Promise<BackupResult> | null = null;
  const lastGoodAt = (): string | null => {
    const dir = plan.get().dir;
    if (state.last && state.last.file.startsWith(dir ?? '\u0000')) return state.last.madeAt;
    return dir ? (listBackups(dir)[0]?.madeAt ?? null) : null;
  };
  const run = (ledger: Ledger): Promise<BackupResult> => {
    if (running) return running;
    const { dir, keep } = plan.get();
    if (!dir) {
      return Promise.reject(
        new AppError(
          'CONFLICT',
          'Folder sandaran belum dipilih. Penolong Pendaftar perlu memilihnya dalam Tetapan → Sandaran.',
        ),
      );
    }
    const counter = readCourtConfig(ledger)?.court.counterId ?? 'K';
    // Work on the ledger: a restore asked for meanwhile waits for the backup to end (ledgerUses.ts).
    running = asLedgerUse(ledger, () => backupLedger(ledger, dir, keep, counter, { deviceKeys: options.deviceKeys }))
      .then((result) => {
        state.last = result;
        state.lastFailure = null;
        return result;
      })
      .catch((error: unknown) => {
        state.lastFailure = {
          at: ledger.clock().toISOString(),
          message: error instanceof Error ? error.message : String(error),
        };
        throw error;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  return {
    plan,
    state,
    run,
    lastGoodAt,
    runIfDue: async (ledger) => {
      const { dir, everyMinutes } = plan.get();
      // While a restore replaces the database there is none to back up: the next look.
      if (ledgerSwapping(ledger)) return null;
      if (!dir || ledger.readOnlyReason || !readCourtConfig(ledger)) return null;
      const last = lastGoodAt();
      const due = last === null || ledger.clock().getTime() - new Date(last).getTime() >= everyMinutes * 60_000;
      return due ? run(ledger) : null;
    },
  };
}
