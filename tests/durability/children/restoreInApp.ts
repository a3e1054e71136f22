/**
 * Child process for the restore crash tests: the in-app restore (`backup.restore`) of FILE into the
 * folder DIR, as the running app does it. `KAUNTER_CRASH_AT` names the step where it is killed.
 * Usage: tsx restoreInApp.ts DIR FILE
 */
import { basename } from 'node:path';
import { openCheckedLedger } from '../../../electron/services/ledgerFile';
import { restoreIntoLedger } from '../../../electron/services/backup/restoreLedger';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const { ledger } = await openCheckedLedger(dataDir, { pinCost: 10 });
await restoreIntoLedger(ledger, file, basename(file), 1);
ledger.db.close();
