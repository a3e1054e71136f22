import { exportBundle } from '../../../electron/services/bundle/exportBundle';
import { fileDeviceKeyVault } from '../../../electron/services/bundle/deviceKey';
import { EXPORT_STEPS, type ExportStep } from '../../../electron/services/bundle/exportFolder';
import { openLedger } from '../../../electron/services/ledger/ledgerFile';

/**
 * Child of exportCrash.test.ts: exports DATA to OUT with the clock at AT and pulls the plug (SIGKILL, no
 * cleanup of any kind) right after STEP. Exits 3 if it ever gets past the step.
 */
async function main(): Promise<void> {
  const [dataDir, out, at, step] = process.argv.slice(2);
  if (!dataDir || !out || !at || !EXPORT_STEPS.includes(step as ExportStep)) {
    throw new Error('usage: exportThenDie.ts DATA OUT AT STEP');
  }
  const ledger = openLedger(dataDir, { clock: () => new Date(at), pinCost: 10 });
  await exportBundle(ledger, {
    folder: out,
    vault: fileDeviceKeyVault(dataDir),
    by: null,
    onStep: (reached) => {
      if (reached === step) process.kill(process.pid, 'SIGKILL');
    },
  });
  process.exit(3);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
