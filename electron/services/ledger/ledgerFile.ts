import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishInterruptedRestore } from '../backup/restoreJournal';
import { systemClock, type Clock } from './clock';
import { openDatabase, type Db } from '../db/open';
import type { Ledger } from './ledger';
import { DEFAULT_PIN_COST } from '../users/pin';
import { recordCheckpoint, startupCheck, type StartupCheck } from './startupCheck';
import { isUnwritable, takeWriterLock, unwritableMessage, WriterRefusal, type WriterLock } from './writerLock';

export const DATABASE_FILE = 'kaunter.sqlite';

export interface OpenLedgerOptions {
  clock?: Clock;
  pinCost?: number;
  /** Who this process is, as another process refused the folder is told. */
  program?: string;
}

/** Closing the database gives back its share of the folder's writer lock: every close path does it. */
function releasingOnClose(db: Db, lock: WriterLock): Db {
  const close = db.close.bind(db);
  db.close = () => {
    try {
      return close();
    } finally {
      lock.release();
    }
  };
  return db;
}

/** Opens the folder's ledger for writing, holding its writer lock; a WriterRefusal when it cannot be had. */
export function openLedger(dataDir: string, options: OpenLedgerOptions = {}): Ledger {
  const lock = takeWriterLock(dataDir, options.program ?? 'Kaunter Sandaran');
  let db: Db;
  try {
    // A restore cut off by a crash is finished (or its half-made copy cleared) under the lock, before the
    // ledger is read.
    finishInterruptedRestore(dataDir);
    db = openDatabase(join(dataDir, DATABASE_FILE));
  } catch (error) {
    lock.release();
    if (!isUnwritable(error)) throw error;
    throw new WriterRefusal('unwritable', unwritableMessage(dataDir, (error as { code?: string }).code ?? ''), null);
  }
  return {
    db: releasingOnClose(db, lock),
    dataDir,
    clock: options.clock ?? systemClock,
    pinCost: options.pinCost ?? DEFAULT_PIN_COST,
  };
}

export const LOOK_UP_ONLY_MS =
  'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat di sini.';
export const LOOK_UP_ONLY_EN = 'The app opened read-only: records can be looked up, none can be made here.';
export const FOLDER_WHAT_TO_DO_MS =
  'Aplikasi dibuka dalam mod baca sahaja: rekod boleh dicari, tiada rekod baharu boleh dibuat. Jika folder pada USB, buka suis lindung-tulisnya; jika folder rangkaian, minta ICT memberi kebenaran menulis. Kemudian tutup dan buka semula aplikasi.';
export const FOLDER_WHAT_TO_DO_EN =
  'The app opened read-only: records can be looked up, none can be made. If the data is on a USB stick, slide off its write-protect switch; if it is on a network share, ask ICT for write access. Then close and reopen the app.';

/**
 * The ledger for look-ups only. A WAL database on a medium that takes no file (a write-protected stick,
 * a read-only share) cannot be opened in place, even read-only, without its shared-memory file; then it
 * is read whole into memory (with any log beside it left unread: its last moments are not shown).
 */
export function openForLookUp(file: string): Db {
  try {
    const db = openDatabase(file, { readonly: true });
    try {
      db.prepare('SELECT COUNT(*) FROM sqlite_master').get();
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (!isUnwritable(error)) throw error;
  }
  const bytes = readFileSync(file);
  // Bytes 18 and 19 say "WAL"; an in-memory copy has no log, so it is marked as the legacy journal.
  if (bytes.length >= 20) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const db = new Database(bytes, { readonly: true });
  db.pragma('foreign_keys = ON');
  return db;
}

/** A ledger to read in a command that writes nothing (a preview), beside whoever holds the folder. */
export function openLookUpLedger(dataDir: string, options: OpenLedgerOptions = {}): Ledger {
  return {
    db: openForLookUp(join(dataDir, DATABASE_FILE)),
    dataDir,
    clock: options.clock ?? systemClock,
    pinCost: options.pinCost ?? DEFAULT_PIN_COST,
    readOnlyReason: { ms: LOOK_UP_ONLY_MS, en: LOOK_UP_ONLY_EN },
  };
}

function lookUpOnly(
  dataDir: string,
  refusal: WriterRefusal,
  options: OpenLedgerOptions,
): { ledger: Ledger; startup: StartupCheck } {
  const [messageMs, messageEn] =
    refusal.kind === 'busy'
      ? [`${refusal.message} ${LOOK_UP_ONLY_MS}`, `${refusal.en} ${LOOK_UP_ONLY_EN}`]
      : [`${refusal.message} ${FOLDER_WHAT_TO_DO_MS}`, `${refusal.en} ${FOLDER_WHAT_TO_DO_EN}`];
  const db = openForLookUp(join(dataDir, DATABASE_FILE));
  return {
    ledger: {
      db,
      dataDir,
      clock: options.clock ?? systemClock,
      pinCost: options.pinCost ?? DEFAULT_PIN_COST,
      readOnlyReason: { ms: messageMs, en: messageEn },
    },
    startup: { ok: false, problem: { messageMs, messageEn }, auditEvents: 0, rehashedFrom: 0 },
  };
}

/**
 * Opens the folder's ledger and runs the start-up check. A ledger that fails it is reopened read-only,
 * with the reason kept for every screen to show: records can be looked up, none can be made. So is a
 * folder another program is writing to, and one that cannot be written at all.
 */
export async function openCheckedLedger(
  dataDir: string,
  options: OpenLedgerOptions = {},
): Promise<{ ledger: Ledger; startup: StartupCheck }> {
  const file = join(dataDir, DATABASE_FILE);
  let ledger: Ledger;
  try {
    ledger = openLedger(dataDir, options);
  } catch (error) {
    if (error instanceof WriterRefusal && existsSync(file)) return lookUpOnly(dataDir, error, options);
    throw error;
  }
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
    ledger: {
      ...ledger,
      db,
      readOnlyReason: startup.problem
        ? { ms: startup.problem.messageMs, en: startup.problem.messageEn }
        : { ms: 'Semakan permulaan gagal.', en: 'The start-up check failed.' },
    },
    startup,
  };
}
