import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crashPoint, type CrashHook } from './crashPoint';
import { fsyncDir, fsyncFile, writeFileDurably } from './durableFs';
import { HEAD_FILE } from '../integrity/headAnchor';

/**
 * The journalled swap of a restore. The incoming database is complete (floors raised, restore
 * recorded, fsynced) before the journal is written; once the journal exists the restore only ever
 * goes forward. So at any instant the folder holds either the old ledger (no journal: a half-made
 * incoming copy is stray and removed) or a journal that the next open finishes.
 */
export const DATABASE_NAME = 'kaunter.sqlite';
export const JOURNAL_FILE = `${DATABASE_NAME}.restore-journal.json`;
export const INCOMING_FILE = `${DATABASE_NAME}.restoring`;
const SIDE_FILES = ['', '-wal', '-shm', '-journal'];

interface Journal {
  step: 'swap';
  /** Paths relative to the data folder, so a folder moved whole still finishes. */
  incoming: string;
  aside: string;
}

/** `crash` is null when finishing at open: the crash points belong to the restore being tested, not to its recovery. */
type Crash = ((step: Parameters<typeof crashPoint>[0]) => void) | null;

function moveAsideWhatRemains(dataDir: string, journal: Journal, crash: Crash): void {
  const target = join(dataDir, DATABASE_NAME);
  const aside = join(dataDir, journal.aside);
  // The head file anchors the old chain: it goes aside with it, so the restored (shorter) chain is not
  // checked against it. Once the journal exists the swap only goes forward, so this order is safe.
  const head = join(dataDir, HEAD_FILE);
  if (existsSync(head)) renameSync(head, existsSync(`${aside}.head`) ? `${aside}.head.2` : `${aside}.head`);
  for (const suffix of SIDE_FILES) {
    if (existsSync(target + suffix) && !existsSync(aside + suffix)) {
      renameSync(target + suffix, aside + suffix);
      fsyncDir(dirname(aside));
      fsyncDir(dataDir);
    } else if (existsSync(target + suffix)) {
      // Already moved once (a crash after the rename, before anything else): the aside copy is the old
      // ledger's; what is at the target is a side file the old ledger left, kept beside it.
      renameSync(target + suffix, `${aside}${suffix}.2`);
    }
    if (suffix === '') crash?.('restore:aside-db');
  }
  crash?.('restore:aside-all');
}

function place(dataDir: string, journal: Journal, crash: Crash): void {
  const incoming = join(dataDir, journal.incoming);
  if (existsSync(incoming)) {
    renameSync(incoming, join(dataDir, DATABASE_NAME));
    fsyncDir(dataDir);
  }
  crash?.('restore:placed');
  rmSync(join(dataDir, JOURNAL_FILE), { force: true });
  fsyncDir(dataDir);
}

/**
 * Puts the prepared incoming database (`INCOMING_FILE` in `dataDir`) in the ledger's place and the
 * current one (with its side files) at `asideRelative`. The ledger must be closed.
 */
export function swapInRestored(dataDir: string, asideRelative: string, hook?: CrashHook): void {
  const incoming = join(dataDir, INCOMING_FILE);
  fsyncFile(incoming);
  fsyncDir(dataDir);
  fsyncDir(dirname(join(dataDir, asideRelative)));
  const journal: Journal = { step: 'swap', incoming: INCOMING_FILE, aside: asideRelative };
  writeFileDurably(join(dataDir, JOURNAL_FILE), JSON.stringify(journal));
  const crash: Crash = (step) => crashPoint(step, hook);
  crash('restore:journal');
  moveAsideWhatRemains(dataDir, journal, crash);
  place(dataDir, journal, crash);
}

/** The plain copy a backup works on in the data folder before sealing it (`kaunter.sqlite.sandaran-PID.partial`). */
export const BACKUP_WORK_COPY = /^kaunter\.sqlite\.sandaran-\d+\.partial(-wal|-shm|-journal)?$/;

/** A killed backup's plain working copy is removed at the next open, as the next backup run would. */
export function clearBackupWorkCopies(dataDir: string): string[] {
  const removed = existsSync(dataDir) ? readdirSync(dataDir).filter((name) => BACKUP_WORK_COPY.test(name)) : [];
  for (const name of removed) rmSync(join(dataDir, name), { force: true });
  return removed;
}

/** Removes a half-made incoming copy (a restore killed before its journal): the old ledger stands. */
export function clearIncoming(dataDir: string): void {
  for (const suffix of SIDE_FILES) rmSync(join(dataDir, INCOMING_FILE + suffix), { force: true });
  rmSync(join(dataDir, `${JOURNAL_FILE}.tmp`), { force: true });
}

/**
 * Called first thing whenever a data folder is opened: a restore interrupted by a crash is finished
 * (its journal says the incoming database was complete), or its half-made copy removed. Returns what
 * was done, for the log.
 */
export function finishInterruptedRestore(dataDir: string): 'none' | 'finished' | 'cleared' {
  const journalFile = join(dataDir, JOURNAL_FILE);
  if (!existsSync(journalFile)) {
    // Leftovers only: a folder that cannot be written (read-only start) keeps them, the ledger still opens.
    try {
      const cleared = clearBackupWorkCopies(dataDir).length > 0;
      const stray = SIDE_FILES.some((s) => existsSync(join(dataDir, INCOMING_FILE + s)));
      if (!stray && !existsSync(`${journalFile}.tmp`)) return cleared ? 'cleared' : 'none';
      clearIncoming(dataDir);
      fsyncDir(dataDir);
      return 'cleared';
    } catch {
      return 'none';
    }
  }
  clearBackupWorkCopies(dataDir);
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  // Only names this app writes: a journal edited to point elsewhere is not followed out of the folder.
  if (journal.incoming !== INCOMING_FILE || !/^diketepikan\/[A-Za-z0-9.-]+\.sqlite$/.test(journal.aside)) {
    throw new Error(`Restore journal ${journalFile} names unexpected files`);
  }
  if (existsSync(join(dataDir, journal.incoming))) moveAsideWhatRemains(dataDir, journal, null);
  place(dataDir, journal, null);
  return 'finished';
}
