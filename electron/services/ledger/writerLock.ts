import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { AppError, message, type Message } from '@shared/errors';
import { formatMessage } from '@shared/messages';

/**
 * One writer per data folder. Node has no flock, but SQLite's own file locks are OS locks (fcntl on
 * Linux and macOS, LockFileEx on Windows) that the OS drops when the process dies, however it dies.
 * The holder writes its facts into `kaunter.lock`, then opens a write transaction on it and keeps it
 * open for the life of the process; a second process gets SQLITE_BUSY and reads the facts. The gate
 * file is held (for milliseconds) by whoever is taking or probing the lock, so nobody reads the facts
 * between a new holder's committing them and its taking the write lock.
 */
export const WRITER_LOCK_FILE = 'kaunter.lock';
export const WRITER_GATE_FILE = 'kaunter.lock-pintu';

/** Who holds a folder: enough for a supervisor to find the window or the terminal. */
export interface WriterHolder {
  program: string;
  pid: number;
  host: string;
  user: string | null;
  since: string;
}

/** How long a taker waits at the gate for another taker or prober (each holds it for milliseconds). */
const GATE_WAIT_MS = 5_000;

function when(iso: string): string {
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`;
}

export function busyMessage(holder: WriterHolder | null): Message {
  if (holder === null) {
    return message(
      'Folder data ini sedang digunakan oleh aplikasi lain yang menulis kepadanya. Tutup aplikasi itu dahulu.',
    );
  }
  return message(
    'Folder data ini sedang digunakan oleh {program} (PID {pid}, komputer {host}, pengguna {user}, sejak {since}). Hanya satu aplikasi boleh menulis ke folder data pada satu masa: tutup yang itu dahulu.',
    {
      program: holder.program,
      pid: holder.pid,
      host: holder.host,
      user: holder.user ?? '-',
      since: when(holder.since),
    },
  );
}

export function unwritableMessage(dataDir: string, code: string): Message {
  return message('Folder data "{dataDir}" tidak boleh ditulis ({code}).', { dataDir, code });
}

/** Why a writer was refused: another holds the folder, or the folder takes no file at all. */
export class WriterRefusal extends AppError {
  /** In English too: the CLI and the start-up notice say it in both languages. */
  readonly en: string;

  constructor(
    readonly kind: 'busy' | 'unwritable',
    problem: Message,
    readonly holder: WriterHolder | null,
  ) {
    super(kind === 'busy' ? 'CONFLICT' : 'STORAGE', problem.key, problem.values);
    this.name = 'WriterRefusal';
    this.en = formatMessage('en', problem.key, problem.values);
  }
}

interface Held {
  db: Database.Database;
  refs: number;
  holder: WriterHolder;
}

/** Locks this process holds, by folder: a second open in the same process shares the first one's lock. */
const held = new Map<string, Held>();

export interface WriterLock {
  readonly holder: WriterHolder;
  /** Gives this handle back; the OS lock goes with the last handle (or with the process). */
  release(): void;
}

function sqliteCode(error: unknown): string {
  return (error as { code?: string }).code ?? '';
}

/** The failures that mean the folder cannot take a file, as opposed to a bug. */
export function isUnwritable(error: unknown): boolean {
  const code = sqliteCode(error);
  return (
    code.startsWith('SQLITE_READONLY') ||
    code.startsWith('SQLITE_CANTOPEN') ||
    code.startsWith('SQLITE_PERM') ||
    code.startsWith('SQLITE_IOERR') ||
    code === 'EROFS' ||
    code === 'EACCES' ||
    code === 'EPERM'
  );
}

function readHolder(db: Database.Database): WriterHolder | null {
  try {
    const row = db.prepare('SELECT program, pid, host, user, since FROM holder WHERE id = 1').get() as
      WriterHolder | undefined;
    return row ?? null;
  } catch {
    return null;
  }
}

function whoAmI(program: string): WriterHolder {
  let user: string | null = null;
  try {
    user = userInfo().username;
  } catch {
    // No user name on this system (a container with no passwd entry): the rest still names the holder.
  }
  return { program, pid: process.pid, host: hostname(), user, since: new Date().toISOString() };
}

function openGate(dir: string): Database.Database {
  const gate = new Database(join(dir, WRITER_GATE_FILE), { timeout: GATE_WAIT_MS });
  try {
    gate.exec('BEGIN IMMEDIATE');
    return gate;
  } catch (error) {
    gate.close();
    throw error;
  }
}

function closeGate(gate: Database.Database): void {
  try {
    if (gate.inTransaction) gate.exec('ROLLBACK');
  } finally {
    gate.close();
  }
}

function handle(dir: string, entry: Held): WriterLock {
  let released = false;
  return {
    holder: entry.holder,
    release() {
      if (released) return;
      released = true;
      entry.refs -= 1;
      if (entry.refs > 0 || held.get(dir) !== entry) return;
      held.delete(dir);
      // Closing ends the open transaction, and with it the OS lock.
      entry.db.close();
    },
  };
}

/**
 * Takes the folder's writer lock for this process (or shares the one it already holds), or throws a
 * WriterRefusal naming the holder. `program` says who we are in the other process's refusal.
 */
export function takeWriterLock(dataDir: string, program: string): WriterLock {
  const dir = resolve(dataDir);
  const mine = held.get(dir);
  if (mine) {
    mine.refs += 1;
    return handle(dir, mine);
  }
  let gate: Database.Database | null = null;
  let lock: Database.Database | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    gate = openGate(dir);
    lock = new Database(join(dir, WRITER_LOCK_FILE), { timeout: 0 });
    const me = whoAmI(program);
    try {
      lock.exec(
        'CREATE TABLE IF NOT EXISTS holder (id INTEGER PRIMARY KEY CHECK (id = 1), program TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, user TEXT, since TEXT NOT NULL)',
      );
      // Autocommit: the write lock is taken and given back; nobody can take it between (they wait at the gate).
      lock
        .prepare('INSERT OR REPLACE INTO holder (id, program, pid, host, user, since) VALUES (1, ?, ?, ?, ?, ?)')
        .run(me.program, me.pid, me.host, me.user, me.since);
      lock.exec('BEGIN IMMEDIATE');
    } catch (error) {
      if (!sqliteCode(error).startsWith('SQLITE_BUSY')) throw error;
      const holder = readHolder(lock);
      throw new WriterRefusal('busy', busyMessage(holder), holder);
    }
    const entry: Held = { db: lock, refs: 1, holder: me };
    held.set(dir, entry);
    lock = null;
    return handle(dir, entry);
  } catch (error) {
    lock?.close();
    if (error instanceof WriterRefusal) throw error;
    if (isUnwritable(error)) {
      throw new WriterRefusal('unwritable', unwritableMessage(dir, sqliteCode(error)), null);
    }
    throw error;
  } finally {
    if (gate) closeGate(gate);
  }
}

/**
 * Holds the folder for the rest of this process (the app, the browser host, a CLI command that writes):
 * nothing gives it back but the process ending, so no close of a ledger in between (a restore re-opens
 * it) lets another writer in.
 */
export function holdWriterLock(dataDir: string, program: string): WriterHolder {
  return takeWriterLock(dataDir, program).holder;
}
