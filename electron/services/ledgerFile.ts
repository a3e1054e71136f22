import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock, type Clock } from './clock';
import { openDatabase } from './db/open';
import type { Ledger } from './ledger';
import { DEFAULT_PIN_COST } from './pin';
import { recordCheckpoint, startupCheck, type StartupCheck } from './startupCheck';

export const DATABASE_FILE = 'kaunter.sqlite';

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
    startup = await startupCheck(ledger.db, file, { anchorDir: dataDir });
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
