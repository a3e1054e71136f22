import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createHandlers } from '../ipc/handlers';
import { createDispatcher, memorySessionStore, type Dispatch, type DispatchLogger } from '../ipc/dispatcher';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db/open';
import type { Ledger } from './ledger';
import { DEFAULT_PIN_COST } from './pin';
import type { Printing } from './print';
import { recordCheckpoint, startupCheck, type StartupCheck } from './startupCheck';

export const DATABASE_FILE = 'kaunter.sqlite';

export interface KaunterAppOptions {
  dataDir: string;
  clock?: Clock;
  log?: DispatchLogger & { info?(message: string): void };
  pinCost?: number;
  /** The machine's printers and the printer chosen per document. */
  printing: Printing;
}

export interface KaunterApp {
  dispatch: Dispatch;
  ledger: Ledger;
  /** What the start-up check found; when it failed the ledger is open read-only. */
  startup: StartupCheck;
  close(): void;
}

export function openLedger(dataDir: string, options: { clock?: Clock; pinCost?: number } = {}): Ledger {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  return { db, dataDir, clock: options.clock ?? systemClock, pinCost: options.pinCost ?? DEFAULT_PIN_COST };
}

/**
 * Opens the folder's ledger and runs the start-up check. A ledger that fails it is reopened read-only,
 * with the reason kept for every screen to show: records can be looked up, none can be made.
 */
export async function openCheckedLedger(
  dataDir: string,
  options: { clock?: Clock; pinCost?: number } = {},
): Promise<{ ledger: Ledger; startup: StartupCheck }> {
  const ledger = openLedger(dataDir, options);
  const file = join(dataDir, DATABASE_FILE);
  let startup: StartupCheck;
  try {
    startup = await startupCheck(ledger.db, file);
  } catch (error) {
    ledger.db.close();
    throw error;
  }
  if (startup.ok) {
    recordCheckpoint(ledger.db, startup, ledger.clock().toISOString());
    return { ledger, startup };
  }
  ledger.db.close();
  const db = openDatabase(file, { readonly: true });
  return {
    ledger: { ...ledger, db, readOnlyReason: startup.problem?.messageMs ?? 'Semakan permulaan gagal.' },
    startup,
  };
}

const consoleLog: DispatchLogger = {
  error: (message, detail) => console.error(`[kaunter] ${message}`, detail),
};

/** The whole counter minus its transport: the ledger on `dataDir` behind the one dispatcher. */
export async function createKaunterApp(options: KaunterAppOptions): Promise<KaunterApp> {
  const { ledger, startup } = await openCheckedLedger(options.dataDir, options);
  const log = options.log ?? consoleLog;
  if (!startup.ok) log.error('start-up check failed: the ledger is open read-only', startup.problem?.messageEn);
  const dispatch = createDispatcher(createHandlers(ledger, options.printing, log), memorySessionStore(), log);
  return {
    dispatch,
    ledger,
    startup,
    close: () => ledger.db.close(),
  };
}
