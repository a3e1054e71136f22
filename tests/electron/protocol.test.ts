import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  isAppUrl,
  resolveInside,
} from '../../electron/shell/appProtocol';
import { CONTENT_SECURITY_POLICY as HOST_CSP } from '../../electron/host/server';

const base = mkdtempSync(path.join(tmpdir(), 'kaunter-protocol-'));
const root = path.join(base, 'renderer');
let handle: (request: Request) => Promise<Response>;
const SECRET = 'kandungan sulit di luar folder renderer';

beforeAll(() => {
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Kaunter</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), SECRET);
  writeFileSync(path.join(base, 'renderer-secret.txt'), SECRET);
  handle = createAppRequestHandler(root);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

describe('app:// protocol', () => {
  it('serves the entry page with the CSP and nosniff', async () => {
    const response = await get(APP_ENTRY_URL);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Kaunter</title>');
  });

  it('has exactly the policy the app requires, the same one the browser host sends', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-ancestors 'none'",
    );
    expect(HOST_CSP).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves assets with their content types, and / as index.html', async () => {
    expect((await get('app://kaunter/assets/app.js')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://kaunter/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await (await get('app://kaunter/')).text()).toContain('Kaunter');
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://kaunter/assets/app.js', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it('opens the app on a client-side route, but a missing asset is 404', async () => {
    expect(await (await get('app://kaunter/daftar/kes')).text()).toContain('Kaunter');
    expect((await get('app://kaunter/assets/missing.js')).status).toBe(404);
  });

  const escapes = [
    'app://kaunter/../secret.txt',
    'app://kaunter/%2e%2e/secret.txt',
    'app://kaunter/..%2fsecret.txt',
    'app://kaunter/assets/..%2f..%2fsecret.txt',
    'app://kaunter/..%5csecret.txt',
    'app://kaunter/%2e%2e%5csecret.txt',
    'app://kaunter/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    `app://kaunter/${encodeURIComponent(path.join(base, 'secret.txt'))}`,
    'app://kaunter/..%2frenderer-secret.txt',
    'app://kaunter/C:%2fWindows%2fwin.ini',
    'app://kaunter/index.html%00.js',
    'app://kaunter/%E0%A4%A',
  ];
  for (const url of escapes) {
    it(`never serves a file outside the renderer folder: ${url}`, async () => {
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain(SECRET);
    });
  }

  it('refuses other hosts and methods, still with the CSP', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    const post = await get('app://kaunter/index.html', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('resolves paths strictly inside the root', () => {
    expect(resolveInside(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/../renderer-secret.txt')).toBeNull();
    expect(resolveInside(root, '/a\\b')).toBeNull();
  });

  it('recognises only its own origin', () => {
    expect(isAppUrl('app://kaunter/index.html')).toBe(true);
    expect(isAppUrl('app://kaunter/#/daftar')).toBe(true);
    for (const url of ['app://kaunter.evil/', 'app://evil/', 'file:///index.html', 'https://kaunter/', 'x', '']) {
      expect(isAppUrl(url)).toBe(false);
    }
  });
});
