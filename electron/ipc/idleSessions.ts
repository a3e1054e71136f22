import type { Clock } from '../services/ledger/clock';
import type { SessionView } from '@shared/views';
import type { SessionStore } from './dispatcher';

/**
 * Sessions that end by themselves: a request after `idleMinutes()` without one signs the clerk out
 * (the counter PC is shared and left unattended between people). Each request while signed in counts
 * as activity. The renderer signs out on the same timer from keystrokes and clicks.
 */
export function idleSessionStore(inner: SessionStore, clock: Clock, idleMinutes: () => number): SessionStore {
  let lastSeen = 0;
  return {
    get: () => {
      const session = inner.get();
      if (session === null) return null;
      const now = clock().getTime();
      if (now - lastSeen > idleMinutes() * 60_000) {
        inner.set(null);
        return null;
      }
      lastSeen = now;
      return session;
    },
    set: (session) => {
      lastSeen = clock().getTime();
      inner.set(session);
    },
  };
}

/**
 * Every caller's session, each under its own key (Electron: the window's webContents id; the host: the
 * tab's random cookie token), each with its own idle timer. `for(key)` never shares a session between keys.
 */
export interface SessionRegistry {
  for(key: string): SessionStore;
  /** The window or tab is gone: its session ends with it. */
  drop(key: string): void;
  /** Everyone signs in again (a restore replaced the users). */
  clear(): void;
  /** One person signs in again, in every window and tab (their PIN was reset, or they were deactivated). */
  dropUser(userId: number): void;
  /** How many callers are signed in (idle ones dropped first). */
  count(): number;
}

export function idleSessionRegistry(clock: Clock, idleMinutes: () => number): SessionRegistry {
  const entries = new Map<string, { session: SessionView; lastSeen: number }>();
  const idle = (lastSeen: number, now: number) => now - lastSeen > idleMinutes() * 60_000;
  // Tabs closed without signing out would stay in memory; each sign-in sweeps the idle ones away.
  const sweep = (now: number) => {
    for (const [key, entry] of entries) if (idle(entry.lastSeen, now)) entries.delete(key);
  };
  return {
    for: (key) => ({
      get: () => {
        const entry = entries.get(key);
        if (entry === undefined) return null;
        const now = clock().getTime();
        if (idle(entry.lastSeen, now)) {
          entries.delete(key);
          return null;
        }
        entry.lastSeen = now;
        return entry.session;
      },
      set: (session) => {
        const now = clock().getTime();
        if (session === null) {
          entries.delete(key);
          return;
        }
        sweep(now);
        entries.set(key, { session, lastSeen: now });
      },
    }),
    drop: (key) => {
      entries.delete(key);
    },
    clear: () => entries.clear(),
    dropUser: (userId) => {
      for (const [key, entry] of entries) if (entry.session.user.id === userId) entries.delete(key);
    },
    count: () => {
      sweep(clock().getTime());
      return entries.size;
    },
  };
}
