import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import type { KaunterApi } from '../../shared/contract';
import { SETUP, tempDir, unwrap } from '../support/ledger';
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

function call(h: Host, channel: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${h.url}api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
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
      headers: { 'Content-Type': 'application/json' },
    });
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await fetch(`${h.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });

  it('answers a payment whose first answer was lost after the commit with the same receipt, through the bridge', async () => {
    let lose = 0;
    const h = await start(tempDir(), { loseAnswer: (channel) => channel === 'payments.take' && lose-- > 0 });
    // The page's window.kaunter, as the browser runs it, posting to this host.
    const window = {} as { kaunter: KaunterApi };
    runInNewContext(bridgeScript(), {
      window,
      fetch: (url: string, init: RequestInit) => fetch(new URL(url, h.url), init),
    });
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
