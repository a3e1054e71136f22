import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { SessionStore } from '../ipc/dispatcher';
import type { SessionRegistry } from '../ipc/idleSessions';
import type { SessionView } from '@shared/views';

/**
 * The browser host's sessions, one per tab. A cookie belongs to the whole browser profile, so the page
 * makes a random tab id at load (kept in sessionStorage: a reload keeps it, another tab has its own) and
 * sends it as a header; the session cookie's name carries that tab id, and its value is a random 256-bit
 * token. A session is found only with both: a program on this PC without the tab's cookie is signed out,
 * and two tabs signed in as two clerks stay two clerks (each cookie names its own tab).
 */

export const TAB_HEADER = 'x-kaunter-tab';
const TAB_ID = /^[0-9a-f]{32}$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function tabCookieName(tabId: string): string {
  return `kaunter_${tabId}`;
}

/** The tab id the page sent, when it has the shape the bridge makes. */
export function tabIdOf(headers: IncomingHttpHeaders): string | null {
  const value = headers[TAB_HEADER];
  return typeof value === 'string' && TAB_ID.test(value) ? value : null;
}

function cookieValue(headers: IncomingHttpHeaders, name: string): string | null {
  for (const part of (headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}

function sameSignIn(a: SessionView, b: SessionView): boolean {
  return a.user.id === b.user.id && a.signedInAt === b.signedInAt;
}

export interface TabRequestSessions {
  /** The session store of this request's tab, for the dispatcher. */
  sessions: SessionStore;
  /** The Set-Cookie header the response must carry, if the call signed in or out. */
  setCookie(): string | null;
}

export function tabRequestSessions(registry: SessionRegistry, tabId: string, headers: IncomingHttpHeaders) {
  const name = tabCookieName(tabId);
  const sent = cookieValue(headers, name);
  let key = sent !== null && TOKEN.test(sent) ? `${tabId}.${sent}` : null;
  let cookie: string | null = null;
  const sessions: SessionStore = {
    get: () => (key === null ? null : registry.for(key).get()),
    set: (session) => {
      if (session === null) {
        if (key !== null) registry.drop(key);
        key = null;
        cookie = `${name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
        return;
      }
      const current = key === null ? null : registry.for(key).get();
      if (key !== null && current !== null && sameSignIn(current, session)) {
        // The same sign-in, updated (the PIN confirmed again): same token.
        registry.for(key).set(session);
        return;
      }
      // A new sign-in gets a new token: a token known before it (fixed by someone else) is worth nothing.
      if (key !== null) registry.drop(key);
      const token = randomBytes(32).toString('base64url');
      key = `${tabId}.${token}`;
      registry.for(key).set(session);
      cookie = `${name}=${token}; HttpOnly; SameSite=Strict; Path=/`;
    },
  };
  return { sessions, setCookie: () => cookie } satisfies TabRequestSessions;
}
