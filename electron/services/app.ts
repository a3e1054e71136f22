import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../ipc/handlers';
import { createDispatcher, memorySessionStore, type Dispatch, type DispatchLogger } from '../ipc/dispatcher';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db/open';
import type { Ledger } from './ledger';
import { DEFAULT_PIN_COST } from './pin';
import type { Printing } from './print';
import type { DeviceKeyVault } from './bundle/deviceKey';

export const DATABASE_FILE = 'kaunter.sqlite';

export interface KaunterAppOptions {
  dataDir: string;
  clock?: Clock;
  log?: DispatchLogger & { info?(message: string): void };
  pinCost?: number;
  /** The machine's printers and the printer chosen per document. */
  printing: Printing;
  /** Where the device's secret signing key is kept (default: a file in the data folder). */
  deviceKeyVault?: DeviceKeyVault;
}

export interface KaunterApp {
  dispatch: Dispatch;
  ledger: Ledger;
  close(): void;
}

export function openLedger(dataDir: string, options: { clock?: Clock; pinCost?: number } = {}): Ledger {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  return { db, dataDir, clock: options.clock ?? systemClock, pinCost: options.pinCost ?? DEFAULT_PIN_COST };
}

const consoleLog: DispatchLogger = {
  error: (message, detail) => console.error(`[kaunter] ${message}`, detail),
};

/** The whole counter minus its transport: the ledger on `dataDir` behind the one dispatcher. */
export function createKaunterApp(options: KaunterAppOptions): KaunterApp {
  const ledger = openLedger(options.dataDir, options);
  const log = options.log ?? consoleLog;
  const dispatch = createDispatcher(
    createHandlers(ledger, options.printing, log, options.deviceKeyVault),
    memorySessionStore(),
    log,
  );
  return {
    dispatch,
    ledger,
    close: () => ledger.db.close(),
  };
}
