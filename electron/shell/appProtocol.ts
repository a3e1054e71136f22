import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The renderer is served from a custom `app://kaunter/` origin rather than `file://`, so it has a real
 * origin (one the IPC sender check and navigation guards can compare against) and a CSP header that
 * the page cannot drop. Plain Node: no Electron import, so vitest exercises it directly.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'kaunter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** True when `url` belongs to the app's own origin (and nothing else: not file:, not http:). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Maps a request path to a file strictly inside `root`, or null. Decoding happens once, before the
 * check, so `%2e%2e/` and `..%5c` are judged as what they become; backslashes, drive letters and NUL
 * are refused outright rather than left to the platform's path rules.
 */
export function resolveInside(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (/[\\:\0]/.test(decoded)) return null;
  const relative = decoded.replace(/^\/+/, '');
  const base = path.resolve(root);
  const full = path.resolve(base, relative === '' ? 'index.html' : relative);
  if (full !== base && !full.startsWith(base + path.sep)) return null;
  return full;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/**
 * The `app://` request handler for `protocol.handle`: GET/HEAD of files under `root` (the built
 * renderer), every response with the CSP. A path with no extension that is not a file gets
 * `index.html`, so a reload on a client-side route still opens the app.
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not found');
    let file = resolveInside(root, url.pathname);
    if (file === null) return plain(404, 'Not found');
    if (!(await isFile(file))) {
      if (path.extname(file) !== '') return plain(404, 'Not found');
      file = path.join(path.resolve(root), 'index.html');
      if (!(await isFile(file))) return plain(404, 'Not found');
    }
    const headers = {
      ...baseHeaders(),
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    };
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    const body = await readFile(file);
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}
