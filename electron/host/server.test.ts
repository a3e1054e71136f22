import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes, webcrypto } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type KaunterApi } from '@shared/contract';
import { createUser } from '../services/users/users';
import { openOutage } from '../services/outages/outages';
import { SETUP, tempDir, unwrap } from '../../tests/support/ledger';
import { bridgeScript } from './bridge';
import { startHost, type Host, type HostOptions } from './server';

let host: Host | null = null;

afterEach(async () => {
  await host?.close();
  host = null;
});

async function start(dataDir = tempDir(), more: Partial<HostOptions> = {}): Promise<Host> {
  const renderer = tempDir();
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head><title>K</title></head><body></body></html>');
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ dataDir, rendererDir: renderer, port: 0, pinCost: 10, ...more });
  return host;
}

/** One browser tab: its random id (as the bridge makes it) and the cookies the host gave it. */
class Tab {
  readonly id = randomBytes(16).toString('hex');
  readonly cookies = new Map<string, string>();
  lastSetCookie: string | null = null;

  async call(h: Host, channel: string, body: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${h.url}api/${channel}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-Kaunter-Tab': this.id,
        ...(cookie ? { Cookie: cookie } : {}),
        ...headers,
      },
      body: JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    this.lastSetCookie = set;
    const match = set ? /^([^=]+)=([^;]*)/.exec(set) : null;
    if (match?.[1]) {
      if (match[2]) this.cookies.set(match[1], match[2]);
      else this.cookies.delete(match[1]);
    }
    return response;
  }

  async json(h: Host, channel: string, body: unknown = {}) {
    return (await (await this.call(h, channel, body)).json()) as {
      ok: boolean;
      value?: unknown;
      error?: { code: string };
    };
  }
}

const defaultTab = new Tab();

function call(h: Host, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return defaultTab.call(h, channel, body, headers);
}

describe('browser host', () => {
  it('serves the renderer with the bridge script and the CSP', async () => {
    const h = await start();
    const page = await fetch(h.url);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script src="./kaunter-bridge.js"></script>');
    const bridge = await (await fetch(`${h.url}kaunter-bridge.js`)).text();
    expect(bridge).toContain('"cases.register"');
    expect((await fetch(`${h.url}assets/app.js`)).status).toBe(200);
  });

  it('runs channels through the same dispatcher, keeping data across a restart', async () => {
    const dataDir = tempDir();
    let h = await start(dataDir);
    expect(await (await call(h, 'app.info', {})).json()).toMatchObject({ ok: true, value: { setupDone: false } });
    expect(await (await call(h, 'setup.complete', SETUP)).json()).toMatchObject({ ok: true });
    expect(await (await call(h, 'cases.search', { query: '' })).json()).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
    await h.close();
    host = null;
    h = await start(dataDir);
    expect(await (await call(h, 'app.info', {})).json()).toMatchObject({ ok: true, value: { setupDone: true } });
    // A new process starts signed out.
    expect(await (await call(h, 'cases.search', { query: '' })).json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('refuses other origins, plain-text posts, huge bodies and paths outside the renderer', async () => {
    const h = await start();
    expect((await call(h, 'app.info', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    const text = await fetch(`${h.url}api/app.info`, {
      method: 'POST',
      body: '{}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(text.status).toBe(403);
    expect((await call(h, 'app.info', { x: 'a'.repeat(13 * 1024 * 1024) })).status).toBe(413);
    const broken = await fetch(`${h.url}api/app.info`, {
      method: 'POST',
      body: '{',
      headers: { 'Content-Type': 'application/json', 'X-Kaunter-Tab': defaultTab.id },
    });
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await fetch(`${h.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('answers a payment whose first answer was lost after the commit with the same receipt, through the bridge', async () => {
    let lose = 0;
    const h = await start(tempDir(), { loseAnswer: (channel) => channel === 'payments.take' && lose-- > 0 });
    // The page's window.kaunter, as the browser runs it, posting to this host.
    const window = {} as { kaunter: KaunterApi };
    // The browser's part: crypto and sessionStorage for the tab id, and a cookie jar for the session.
    const jar = new Map<string, string>();
    const browserFetch = async (url: string, init: RequestInit) => {
      const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
      const headers = { ...(init.headers as Record<string, string>), ...(cookie ? { Cookie: cookie } : {}) };
      const response = await fetch(new URL(url, h.url), { ...init, headers });
      const match = /^([^=]+)=([^;]*)/.exec(response.headers.get('set-cookie') ?? '');
      if (match?.[1] && match[2]) jar.set(match[1], match[2]);
      return response;
    };
    const stored = new Map<string, string>();
    const sessionStorage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => stored.set(k, v),
    };
    runInNewContext(bridgeScript(), { window, fetch: browserFetch, crypto: webcrypto, sessionStorage });
    const kaunter = window.kaunter;
    unwrap(await kaunter['setup.complete'](SETUP));
    unwrap(await kaunter['outage.open']({ sopOption: 1, startedAt: new Date().toISOString() }));
    const party = { side: 'CLAIMANT', name: 'Siti Aminah binti Abdullah', idType: 'MYKAD', idNumber: '900512-05-5234' };
    const registered = unwrap(
      await kaunter['cases.register']({ caseTypeCode: '024', proceeding: 'SAMAN', parties: [party] } as never),
    );
    const payment = {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: party.name,
      method: 'CASH',
      tenderedSen: 5000,
    } as const;
    const id = '0d9c8b7a-6f5e-4d3c-8b2a-190817263544';
    lose = 1;
    expect(await kaunter['payments.take'](payment as never, id)).toMatchObject({
      ok: false,
      error: { code: 'DISCONNECTED' },
    });
    // The payment was made: the retry with the same id gets its receipt, and no second one is made.
    const retried = await kaunter['payments.take'](payment as never, id);
    expect(retried).toMatchObject({ ok: true, replayed: true });
    const receipts = unwrap(await kaunter['receipts.forCase']({ caseId: registered.id }));
    expect(receipts.map((r) => r.receiptNumber)).toEqual([unwrap(retried).receiptNumber]);
    // A host that is gone answers nothing at all: DISCONNECTED too, never a made-up refusal.
    await h.close();
    host = null;
    expect(await kaunter['payments.take'](payment as never, id)).toMatchObject({
      ok: false,
      error: { code: 'DISCONNECTED' },
    });
  });
});

const CLAIMANT = { side: 'CLAIMANT', name: "Nik Ahmad bin Che' Mat", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };

/** A counter set up in one tab (its supervisor, user 1), with a clerk (user 2) and an open outage. */
async function counterWithClerk() {
  const h = await start();
  const setupTab = new Tab();
  expect(await setupTab.json(h, 'setup.complete', SETUP)).toMatchObject({ ok: true });
  await createUser(h.app.ledger, 1, { name: 'Encik Faizal bin Omar', role: 'CLERK', pin: '654321' });
  openOutage(h.app.ledger, 1, { sopOption: 1, startedAt: h.app.ledger.clock().toISOString() });
  return { h, setupTab };
}

describe('browser host sessions', () => {
  it('signs a tab in with an HttpOnly, SameSite=Strict session cookie named for that tab', async () => {
    const { h } = await counterWithClerk();
    const tab = new Tab();
    expect(await tab.json(h, 'auth.signIn', { userId: 2, pin: '654321' })).toMatchObject({ ok: true });
    const set = tab.lastSetCookie ?? '';
    expect(set).toMatch(new RegExp(`^kaunter_${tab.id}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/$`));
    expect(await tab.json(h, 'cases.search', { query: '' })).toMatchObject({ ok: true });
    // Signing out expires the cookie, and the token is worth nothing afterwards.
    const token = tab.cookies.get(`kaunter_${tab.id}`) ?? '';
    expect(await tab.json(h, 'auth.signOut')).toMatchObject({ ok: true });
    expect(tab.lastSetCookie).toMatch(/Max-Age=0/);
    tab.cookies.set(`kaunter_${tab.id}`, token);
    expect(await tab.json(h, 'cases.search', { query: '' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses every non-public channel to a program without the tab cookie while clerks are signed in', async () => {
    const { h, setupTab } = await counterWithClerk();
    const clerk = new Tab();
    await clerk.json(h, 'auth.signIn', { userId: 2, pin: '654321' });
    const program = new Tab();
    // Another tab's id with no cookie, and another tab's cookie under this tab's id: neither is a session.
    const borrowed = new Tab();
    for (const [name, value] of clerk.cookies) borrowed.cookies.set(name, value);
    const stolenToken = new Tab();
    stolenToken.cookies.set(`kaunter_${stolenToken.id}`, [...clerk.cookies.values()][0] ?? '');
    const closed = CHANNEL_NAMES.filter((name) => contract[name].access !== 'public');
    expect(closed.length).toBeGreaterThan(50);
    for (const tab of [program, borrowed, stolenToken]) {
      for (const name of closed) {
        const result = await tab.json(h, name, {});
        expect(result, name).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      }
      expect(await tab.json(h, 'auth.session')).toMatchObject({ ok: true, value: null });
    }
    // The signed-in tabs are untouched by all that.
    expect(await setupTab.json(h, 'auth.session')).toMatchObject({ value: { user: { id: 1 } } });
    expect(await clerk.json(h, 'auth.session')).toMatchObject({ value: { user: { id: 2 } } });
    // A call with no tab id at all is refused before the dispatcher.
    const bare = await fetch(`${h.url}api/auth.session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(bare.status).toBe(403);
  });

  it('keeps two tabs with two clerks two clerks: each case is recorded under its own clerk', async () => {
    const { h } = await counterWithClerk();
    const supervisorTab = new Tab();
    const clerkTab = new Tab();
    await supervisorTab.json(h, 'auth.signIn', { userId: 1, pin: '123456' });
    await clerkTab.json(h, 'auth.signIn', { userId: 2, pin: '654321' });
    const fromSupervisor = await supervisorTab.json(h, 'cases.register', REGISTER);
    const fromClerk = await clerkTab.json(h, 'cases.register', REGISTER);
    expect(fromSupervisor).toMatchObject({ ok: true });
    expect(fromClerk).toMatchObject({ ok: true });
    const actorOf = (caseId: number) =>
      (
        h.app.ledger.db
          .prepare("SELECT actor FROM audit_events WHERE action = 'case.register' AND entity_id = ?")
          .get(String(caseId)) as { actor: string }
      ).actor;
    expect(actorOf((fromSupervisor.value as { id: number }).id)).toBe('user:1');
    expect(actorOf((fromClerk.value as { id: number }).id)).toBe('user:2');
    // One tab signing out signs no other out.
    await clerkTab.json(h, 'auth.signOut');
    expect(await supervisorTab.json(h, 'auth.session')).toMatchObject({ value: { user: { id: 1 } } });
  });

  it('accepts JSON in UTF-8 only, and answers a broken %-escape with 400', async () => {
    const h = await start();
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await call(h, 'app.info', {}, { 'Content-Type': type })).status, type).toBe(200);
    }
    for (const type of [
      'application/jsonx',
      'application/json; charset=utf-16',
      'application/json; charset=utf-8; x=1',
      'application/json-patch+json',
      'text/json',
    ]) {
      expect((await call(h, 'app.info', {}, { 'Content-Type': type })).status, type).toBe(403);
    }
    expect((await call(h, 'app.info%E0%A4%A', {})).status).toBe(400);
    expect((await call(h, '%', {})).status).toBe(400);
    expect((await fetch(`${h.url}assets/%E0%A4%A.js`)).status).toBe(400);
  });
});
