import type { Clock } from '../services/clock';
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
