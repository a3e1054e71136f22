import { AppError } from '../../../shared/errors';
import type { RestoreResultView } from '../../../shared/views';
import { userActor } from '../audit';
import type { Ledger } from '../ledger';
import { openCheckedLedger } from '../ledgerFile';
import type { CrashHook } from './crashPoint';
import { describeLedgerFile } from './facts';
import { compareBackup, restoreIncoming } from './restore';
import { clearIncoming } from './restoreJournal';
import { stageBackup } from './stage';

/**
 * Restores a backup into the running counter: stages and checks it, closes the ledger, prepares the
 * incoming copy (floors, restore event), swaps it in under the journal, and re-opens the folder (start-up
 * check and all) into the same Ledger object. Whatever fails, the folder is re-opened as it stands.
 */
export async function restoreIntoLedger(
  ledger: Ledger,
  file: string,
  name: string,
  actorId: number,
  options: { hook?: CrashHook } = {},
): Promise<RestoreResultView> {
  const dataDir = ledger.dataDir;
  if (dataDir === null) throw new AppError('CONFLICT', 'Lejar ini tiada folder data.');
  const incoming = stageBackup(dataDir, file, options.hook);
  let comparison;
  try {
    comparison = await compareBackup(ledger.db, incoming, name);
  } catch (error) {
    clearIncoming(dataDir);
    throw error;
  }
  if (!comparison.ok) {
    clearIncoming(dataDir);
    throw new AppError('CONFLICT', `Sandaran ${name} gagal disemak dan tidak dipulihkan: ${comparison.problem ?? ''}`);
  }
  ledger.db.close();
  let outcome;
  try {
    outcome = restoreIncoming(dataDir, {
      actor: userActor(actorId),
      backup: name,
      lostEvents: comparison.lost.auditEvents,
      at: ledger.clock(),
      ...(options.hook ? { hook: options.hook } : {}),
    });
  } finally {
    const reopened = await openCheckedLedger(dataDir, { clock: ledger.clock, pinCost: ledger.pinCost });
    ledger.db = reopened.ledger.db;
    ledger.readOnlyReason = reopened.ledger.readOnlyReason;
  }
  return {
    name,
    setAside: outcome.setAside ?? '',
    facts: describeLedgerFile(ledger.db),
    lostNumbers: outcome.lostNumbers ?? { readable: false, cases: [], receipts: [] },
  };
}
