import { sql } from '../db/statements';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';

/** Five wrong PINs in a row lock that user out for five minutes. */
export const MAX_PIN_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;

/** What the guard says before a PIN may be hashed. */
export type Attempt =
  | { allowed: false; lockedUntil: Date }
  | { allowed: true; /** This attempt is the last one allowed: if it is wrong, the user is locked. */ last: boolean };

interface GuardRow {
  failures: number;
  lockedUntil: string | null;
}

/**
 * Where the counts are kept: the ledger (so a restart neither resets the count nor lifts a lock), or,
 * when the ledger is read-only, this process's memory (a read-only ledger cannot write, and an attacker
 * must not get unlimited tries because of that).
 */
interface GuardStore {
  read(userId: number): GuardRow | null;
  write(userId: number, row: GuardRow): void;
  clear(userId: number): void;
}

function ledgerStore(ledger: Ledger): GuardStore {
  return {
    read: (userId) =>
      (sql(ledger.db, 'SELECT failures, locked_until AS lockedUntil FROM sign_in_guard WHERE user_id = ?').get(
        userId,
      ) as GuardRow | undefined) ?? null,
    write: (userId, row) =>
      sql(
        ledger.db,
        `INSERT INTO sign_in_guard (user_id, failures, locked_until) VALUES (?, ?, ?)
         ON CONFLICT (user_id) DO UPDATE SET failures = excluded.failures, locked_until = excluded.locked_until`,
      ).run(userId, row.failures, row.lockedUntil),
    clear: (userId) => sql(ledger.db, 'DELETE FROM sign_in_guard WHERE user_id = ?').run(userId),
  };
}

const readOnlyCounts = new WeakMap<Ledger['db'], Map<number, GuardRow>>();

function memoryStore(ledger: Ledger): GuardStore {
  const rows = readOnlyCounts.get(ledger.db) ?? new Map<number, GuardRow>();
  readOnlyCounts.set(ledger.db, rows);
  return {
    read: (userId) => rows.get(userId) ?? null,
    write: (userId, row) => rows.set(userId, row),
    clear: (userId) => rows.delete(userId),
  };
}

function storeOf(ledger: Ledger): { store: GuardStore; inTransaction<T>(fn: () => T): T } {
  if (ledger.readOnlyReason) return { store: memoryStore(ledger), inTransaction: (fn) => fn() };
  return { store: ledgerStore(ledger), inTransaction: (fn) => ledger.db.transaction(fn)() };
}

/**
 * Counts a PIN attempt *before* the PIN is hashed, in one transaction: a locked user is refused, any
 * other attempt is counted at once. Hashing takes a while and is asynchronous, so a count taken after it
 * let 40 requests sent together try 32 PINs; counted first, no number of requests gets more than five.
 * The fifth attempt sets the lock already; a right PIN clears it (`attemptSucceeded`).
 */
export function beginAttempt(ledger: Ledger, userId: number): Attempt {
  const { store, inTransaction } = storeOf(ledger);
  return inTransaction(() => {
    const now = ledger.clock().getTime();
    const row = store.read(userId);
    const until = row?.lockedUntil ? new Date(row.lockedUntil) : null;
    if (until && until.getTime() > now) return { allowed: false, lockedUntil: until };
    // A lock that has run out starts the count again.
    const failures = (until ? 0 : (row?.failures ?? 0)) + 1;
    const last = failures >= MAX_PIN_FAILURES;
    store.write(userId, { failures, lockedUntil: last ? new Date(now + LOCKOUT_MS).toISOString() : null });
    return { allowed: true, last };
  });
}

/** A right PIN: the count and any lock it set are cleared. */
export function attemptSucceeded(ledger: Ledger, userId: number): void {
  const { store, inTransaction } = storeOf(ledger);
  inTransaction(() => store.clear(userId));
}

/** The wrong PIN of the last allowed attempt: the lock it set is audited; the lock's end is returned. */
export function lockedByAttempt(ledger: Ledger, userId: number): Date | null {
  const { store, inTransaction } = storeOf(ledger);
  return inTransaction(() => {
    const row = store.read(userId);
    // A right PIN typed meanwhile cleared the lock: nothing to record.
    if (!row?.lockedUntil) return null;
    const until = new Date(row.lockedUntil);
    if (!ledger.readOnlyReason) {
      appendAudit(ledger.db, {
        at: isoNow(ledger.clock),
        actor: userActor(userId),
        action: 'session.locked',
        entity: 'user',
        entityId: userId,
        data: { failures: row.failures, lockedUntil: until.toISOString() },
      });
    }
    return until;
  });
}
