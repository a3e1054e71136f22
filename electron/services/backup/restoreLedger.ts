import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import type { RestoreResultView } from '../../../shared/views';
import { userActor } from '../audit';
import type { Ledger } from '../ledger';
import { DATABASE_FILE, openCheckedLedger } from '../ledgerFile';
import { describeLedgerFile } from './facts';
import { compareBackup, recordRestore, replaceWithBackup } from './restore';

/**
 * Restores a backup into the running counter: checks it, closes the ledger, sets the current database
 * aside, puts the backup in its place, re-opens it (start-up check and all) into the same Ledger object,
 * and records the restore in the restored audit chain.
 */
export async function restoreIntoLedger(
  ledger: Ledger,
  backupDir: string,
  name: string,
  actorId: number,
): Promise<RestoreResultView> {
  if (ledger.dataDir === null) throw new AppError('CONFLICT', 'Lejar ini tiada folder data.');
  const file = join(backupDir, name);
  const comparison = await compareBackup(ledger.db, file);
  if (!comparison.ok) {
    throw new AppError('CONFLICT', `Sandaran ${name} gagal disemak dan tidak dipulihkan: ${comparison.problem ?? ''}`);
  }
  ledger.db.close();
  let setAside: string;
  try {
    setAside = replaceWithBackup(ledger.dataDir, DATABASE_FILE, file, ledger.clock());
  } finally {
    const reopened = await openCheckedLedger(ledger.dataDir, { clock: ledger.clock, pinCost: ledger.pinCost });
    ledger.db = reopened.ledger.db;
    ledger.readOnlyReason = reopened.ledger.readOnlyReason;
  }
  const lostNumbers = ledger.readOnlyReason
    ? { readable: false, cases: [], receipts: [] }
    : recordRestore(ledger, userActor(actorId), { backup: name, setAside, lostEvents: comparison.lost.auditEvents });
  return { name, setAside, facts: describeLedgerFile(ledger.db), lostNumbers };
}
