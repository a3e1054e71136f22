import { oneCaller } from '../../support/ledger';
import { createKaunterApp } from '../../../electron/app/kaunterApp';
import { folderPrinter, memoryPrinterChoices } from '../../../electron/services/printing/printing';

/**
 * Child of readOnlyFolder.test.ts: starts the counter on a folder as the app does and prints what the
 * screens would be told (app.info), a look-up's answer and a write's, as one JSON line.
 */
async function main(): Promise<void> {
  const [dataDir, printDir] = process.argv.slice(2);
  if (!dataDir || !printDir) throw new Error('usage: openFolder.ts DATA PRINT');
  const app = await createKaunterApp({
    dataDir,
    printing: { port: folderPrinter(printDir), choices: memoryPrinterChoices() },
  });
  const info = await oneCaller(app)('app.info', {});
  const cases = app.ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number };
  const signIn = await oneCaller(app)('auth.signIn', { userId: 1, pin: '000000' });
  app.close();
  console.log(JSON.stringify({ info, cases: cases.n, signIn, startupOk: app.startup.ok }));
}

main().catch((error: unknown) => {
  console.error(`FAILED: ${(error as Error).message}`);
  process.exit(1);
});
