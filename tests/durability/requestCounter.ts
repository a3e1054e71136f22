import { join } from 'node:path';
import { createKaunterApp, type KaunterApp } from '../../electron/app/kaunterApp';
import type { RequestStep } from '../../electron/ipc/requests';
import { folderPrinter, memoryPrinterChoices } from '../../electron/services/printing/printing';
import { oneCaller } from '../support/ledger';

/** The app on `dataDir` as the host runs it, PINs cheap; `stopAt` kills the process at a request step. */
export function requestCounter(dataDir: string, stopAt?: RequestStep): Promise<KaunterApp> {
  return createKaunterApp({
    dataDir,
    pinCost: 10,
    log: { error: () => undefined },
    printing: { port: folderPrinter(join(dataDir, 'cetakan')), choices: memoryPrinterChoices() },
    ...(stopAt
      ? {
          requestStep: (name: RequestStep) => {
            if (name === stopAt) process.kill(process.pid, 'SIGKILL');
          },
        }
      : {}),
  });
}

/**
 * Child process: `tsx requestCounter.ts DATA STEP REQUEST_ID INPUT_JSON` signs in as the supervisor and
 * takes the payment under that request id, dying at STEP.
 */
async function child(): Promise<void> {
  const [dataDir, step, requestId, input] = process.argv.slice(2) as [string, RequestStep, string, string];
  const app = await requestCounter(dataDir, step);
  const signIn = await oneCaller(app)('auth.signIn', { userId: 1, pin: '123456' });
  if (!signIn.ok) throw new Error(signIn.error.message);
  const answer = await oneCaller(app)('payments.take', JSON.parse(input), { requestId });
  // Only reached when the step never came: the parent sees a normal exit and fails.
  console.log(JSON.stringify(answer));
  app.close();
}

if (process.argv[1]?.endsWith('requestCounter.ts')) {
  child().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
