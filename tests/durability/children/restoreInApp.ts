/**
 * Child process for the restore crash tests: the in-app restore (`backup.restore`) of FILE into the
 * folder DIR, as the running app does it. `KAUNTER_CRASH_AT` names the step where it is killed.
 * The court recovery passphrase comes in KAUNTER_RECOVERY_PASSPHRASE. Usage: tsx restoreInApp.ts DIR FILE
 */
import { basename } from 'node:path';
import { openCheckedLedger } from '../../../electron/services/ledger/ledgerFile';
import { restoreIntoLedger } from '../../../electron/services/backup/restoreLedger';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const { ledger } = await openCheckedLedger(dataDir, { pinCost: 10 });
await restoreIntoLedger(ledger, file, basename(file), 1, {
  unlock: { passphrase: process.env.KAUNTER_RECOVERY_PASSPHRASE },
});
ledger.db.close();
