import { sql } from '../db/statements';
import { AppError, type MessageKey } from '@shared/errors';
import type { Role } from '@shared/domain';
import type { SessionView, UserView } from '@shared/views';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { hashPin, verifyPin } from './pin';
import { confusableWith } from '../cases/nameSkeleton';
import { attemptSucceeded, beginAttempt, lockedByAttempt, LOCKOUT_MS, MAX_PIN_FAILURES } from './signInGuard';

interface UserRow {
  id: number;
  name: string;
  role: Role;
  pin_hash: string;
  active: number;
}

function toView(row: UserRow): UserView {
  return { id: row.id, name: row.name, role: row.role, active: row.active === 1 };
}

export function listUsers(ledger: Ledger): UserView[] {
  return (sql(ledger.db, 'SELECT * FROM users ORDER BY active DESC, name').all() as UserRow[]).map(toView);
}

export function getUser(ledger: Ledger, id: number): UserView | null {
  const row = sql(ledger.db, 'SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;
  return row ? toView(row) : null;
}

/** Inserts a user whose PIN is already hashed; the caller owns the transaction. */
export function insertUser(
  ledger: Ledger,
  actorId: number | null,
  name: string,
  role: Role,
  pinHash: string,
): UserView {
  const at = isoNow(ledger.clock);
  const { lastInsertRowid } = sql(
    ledger.db,
    'INSERT INTO users (name, role, pin_hash, created_at) VALUES (?, ?, ?, ?)',
  ).run(name, role, pinHash, at);
  const id = Number(lastInsertRowid);
  appendAudit(ledger.db, {
    at,
    actor: userActor(actorId ?? id),
    action: 'user.create',
    entity: 'user',
    entityId: id,
    data: { name, role },
  });
  return { id, name, role, active: true };
}

export async function createUser(
  ledger: Ledger,
  actorId: number,
  input: { name: string; role: Role; pin: string },
): Promise<UserView> {
  const pinHash = await hashPin(input.pin, ledger.pinCost);
  return ledger.db.transaction(() => {
    const names = (sql(ledger.db, 'SELECT name FROM users WHERE active = 1').all() as { name: string }[]).map(
      (u) => u.name,
    );
    if (names.includes(input.name))
      throw new AppError('CONFLICT', 'Pengguna bernama "{name}" sudah wujud.', { name: input.name });
    // A name that looks like another's (Cyrillic letters, "rn" for "m") would pass for that person in
    // lists, on slips and in the history.
    const lookalike = confusableWith(input.name, names);
    if (lookalike !== null) {
      throw AppError.onField(
        'CONFLICT',
        'name',
        'Nama ini kelihatan sama dengan pengguna sedia ada "{lookalike}". Gunakan nama lain.',
        { lookalike },
      );
    }
    return insertUser(ledger, actorId, input.name, input.role, pinHash);
  })();
}

export function setUserActive(ledger: Ledger, actorId: number, userId: number, active: boolean): UserView {
  return ledger.db.transaction(() => {
    const user = getUser(ledger, userId);
    if (!user) throw new AppError('NOT_FOUND', 'Pengguna tidak dijumpai.');
    if (!active && userId === actorId) {
      throw new AppError('CONFLICT', 'Anda tidak boleh menyahaktifkan akaun anda sendiri.');
    }
    if (!active && user.role === 'SUPERVISOR') {
      const others = sql(
        ledger.db,
        "SELECT COUNT(*) AS n FROM users WHERE role = 'SUPERVISOR' AND active = 1 AND id != ?",
      ).get(userId) as { n: number };
      if (others.n === 0)
        throw new AppError('CONFLICT', 'Sekurang-kurangnya seorang Penolong Pendaftar mesti kekal aktif.');
    }
    sql(ledger.db, 'UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, userId);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: active ? 'user.activate' : 'user.deactivate',
      entity: 'user',
      entityId: userId,
      data: { name: user.name },
    });
    return { ...user, active };
  })();
}

const WRONG_PIN: MessageKey = 'Nama atau PIN salah.';

function minutesLeft(ledger: Ledger, until: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - ledger.clock().getTime()) / 60_000));
}

/**
 * Checks a user's PIN wherever it is typed (sign-in, a supervisor's approval): the attempt is counted
 * before the PIN is hashed (a locked user is refused outright), a right PIN clears the count.
 */
export async function checkPin(ledger: Ledger, userId: number, pin: string, path = 'pin'): Promise<UserView> {
  const row = sql(ledger.db, 'SELECT * FROM users WHERE id = ? AND active = 1').get(userId) as UserRow | undefined;
  if (!row) throw AppError.onField('VALIDATION', path, WRONG_PIN);
  const attempt = beginAttempt(ledger, row.id);
  if (!attempt.allowed) {
    throw AppError.onField(
      'FORBIDDEN',
      path,
      'Akaun ini dikunci selama {minutes} minit lagi kerana PIN salah dimasukkan {failures} kali.',
      { minutes: minutesLeft(ledger, attempt.lockedUntil), failures: MAX_PIN_FAILURES },
    );
  }
  if (!(await verifyPin(pin, row.pin_hash))) {
    const until = attempt.last ? lockedByAttempt(ledger, row.id) : null;
    if (!until) throw AppError.onField('VALIDATION', path, WRONG_PIN);
    throw AppError.onField('FORBIDDEN', path, 'PIN salah {failures} kali: akaun ini dikunci selama {minutes} minit.', {
      failures: MAX_PIN_FAILURES,
      minutes: LOCKOUT_MS / 60_000,
    });
  }
  attemptSucceeded(ledger, row.id);
  return toView(row);
}

/** Checks a PIN and records the sign-in. */
export async function signIn(ledger: Ledger, userId: number, pin: string): Promise<SessionView> {
  const user = await checkPin(ledger, userId, pin);
  const at = isoNow(ledger.clock);
  // Read-only (the start-up check failed): clerks may still sign in to look records up; nothing is written.
  if (ledger.readOnlyReason) return { user, signedInAt: at };
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at,
      actor: userActor(user.id),
      action: 'session.signIn',
      entity: 'user',
      entityId: user.id,
      data: null,
    });
  })();
  return { user, signedInAt: at };
}

export function signOut(ledger: Ledger, userId: number): void {
  if (ledger.readOnlyReason) return;
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(userId),
      action: 'session.signOut',
      entity: 'user',
      entityId: userId,
      data: null,
    });
  })();
}

/** "user:3" → the user's name, for history lists. */
export function actorName(ledger: Ledger, actor: string): string {
  const match = /^user:(\d+)$/.exec(actor);
  if (!match) return actor;
  return getUser(ledger, Number(match[1]))?.name ?? actor;
}
