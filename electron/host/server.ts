import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createKaunterApp, type KaunterApp } from '../app/kaunterApp';
import type { Clock } from '../services/ledger/clock';
import { CONTENT_SECURITY_POLICY } from '../shell/appProtocol';
import { bridgeScript } from './bridge';
import { filePreferences } from '../platform/preferences';
import { preferenceBackupPlan } from '../platform/backupPlan';
import { preferenceCourtFolder } from '../platform/courtFolderPreference';
import { preferenceDataFolder } from '../platform/dataFolderPreference';
import { preferencePrinterChoices } from '../platform/printerChoices';
import { preferenceLanguage } from '../platform/languagePreference';
import { folderPrinter } from '../services/printing/printing';
import { cupsPrinters } from '../platform/cupsPrinters';
import { tabIdOf, tabRequestSessions } from './tabSessions';
import { errorData } from '@shared/errors';

/** The very policy the Electron shell sends with every app:// response. */
export { CONTENT_SECURITY_POLICY };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
};

// An ESV3 import file (8 MB, shared/schemas/esv3Import.ts) travels as base64 inside JSON.
const MAX_BODY = 12 * 1024 * 1024;

export interface HostOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  /** Where printed documents go (default: cetakan/ in the data folder) with the folder printer. */
  printDir?: string;
  /** 'folder' (default): each print is a PDF in printDir. 'system': this PC's spooler (CUPS), as a counter prints. */
  printer?: 'folder' | 'system';
  clock?: Clock;
  pinCost?: number;
  /**
   * Tests only: when it says so, the answer to this call is lost on the way (the socket is destroyed
   * after the dispatcher has answered), as when the host dies or the network drops after a commit.
   */
  loseAnswer?: (channel: string) => boolean;
}

export interface Host {
  url: string;
  app: KaunterApp;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value), headers);
}

/** JSON in UTF-8 only: `application/json`, optionally `; charset=utf-8`; nothing else looks alike. */
const JSON_TYPE = /^application\/json(\s*;\s*charset="?utf-8"?)?$/i;

/** A path's %-escapes decoded, or null when one is broken (a 400, not a crash). */
function decodedPath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

const BAD_ESCAPE = { ok: false, error: errorData('VALIDATION', 'Alamat permintaan tidak sah.') };

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  // Past the limit the rest is read and dropped, so the client hears the refusal instead of a reset.
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= MAX_BODY) chunks.push(chunk as Buffer);
  }
  return size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8');
}

/**
 * The browser host: the very services and dispatcher of the app, on 127.0.0.1, serving the built
 * renderer with a window.kaunter that posts here. Only the transport differs from Electron.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const rendererRoot = resolve(options.rendererDir);
  const indexHtml = await readFile(join(rendererRoot, 'index.html'), 'utf8').catch(() => {
    throw new Error(
      `Renderer belum dibina: ${join(rendererRoot, 'index.html')} tiada. Jalankan "npm run build:renderer".`,
    );
  });
  const page = indexHtml.replace('<head>', '<head>\n    <script src="./kaunter-bridge.js"></script>');
  const bridge = bridgeScript();
  const app = await createKaunterApp({
    dataDir: options.dataDir,
    // The host's printer is a folder, or the system's spooler; the printer chosen per document is kept
    // beside the data.
    printing: {
      port:
        options.printer === 'system'
          ? cupsPrinters()
          : folderPrinter(options.printDir ?? join(options.dataDir, 'cetakan')),
      choices: preferencePrinterChoices(filePreferences(options.dataDir)),
    },
    backupPlan: preferenceBackupPlan(filePreferences(options.dataDir)),
    dataFolder: preferenceDataFolder(filePreferences(options.dataDir)),
    language: preferenceLanguage(filePreferences(options.dataDir)),
    courtFolder: preferenceCourtFolder(filePreferences(options.dataDir)),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.pinCost ? { pinCost: options.pinCost } : {}),
  });
  let origin = '';

  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      // Only pages this host served may call it: no other site, no DNS rebinding.
      if (`http://${host}` !== origin && `http://${host}` !== origin.replace('127.0.0.1', 'localhost')) {
        sendJson(res, 403, { ok: false, error: errorData('FORBIDDEN', 'Permintaan ditolak.') });
        return;
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
        const requestOrigin = req.headers.origin;
        const sameOrigin = requestOrigin === undefined || requestOrigin === `http://${host}`;
        // The tab id comes from the page's bridge; without it no session can be found or made.
        const tabId = tabIdOf(req.headers);
        if (!sameOrigin || !JSON_TYPE.test(req.headers['content-type'] ?? '') || tabId === null) {
          sendJson(res, 403, { ok: false, error: errorData('FORBIDDEN', 'Permintaan ditolak.') });
          return;
        }
        const channel = decodedPath(url.pathname.slice('/api/'.length));
        if (channel === null) {
          sendJson(res, 400, BAD_ESCAPE);
          return;
        }
        const body = await readBody(req);
        if (body === null) {
          sendJson(res, 413, {
            ok: false,
            error: errorData('VALIDATION', 'Maklumat yang dihantar terlalu besar.'),
          });
          return;
        }
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          sendJson(res, 400, {
            ok: false,
            error: errorData('VALIDATION', 'Maklumat yang dihantar tidak sah.'),
          });
          return;
        }
        const requestId = req.headers['x-kaunter-request'];
        const tab = tabRequestSessions(app.sessions, tabId, req.headers);
        const result = await app.dispatch(
          channel,
          input,
          tab.sessions,
          typeof requestId === 'string' ? { requestId } : {},
        );
        if (options.loseAnswer?.(channel)) {
          req.socket.destroy();
          return;
        }
        const cookie = tab.setCookie();
        sendJson(res, 200, result, cookie === null ? {} : { 'Set-Cookie': cookie });
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
        return;
      }
      if (url.pathname === '/' || url.pathname === '/index.html') {
        send(res, 200, TYPES['.html'] ?? 'text/html', page);
        return;
      }
      if (url.pathname === '/kaunter-bridge.js') {
        send(res, 200, TYPES['.js'] ?? 'text/javascript', bridge);
        return;
      }
      const path = decodedPath(url.pathname);
      if (path === null) {
        sendJson(res, 400, BAD_ESCAPE);
        return;
      }
      const file = normalize(join(rendererRoot, path));
      if (!file.startsWith(rendererRoot + sep)) {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found');
        return;
      }
      try {
        const content = await readFile(file);
        send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', content);
      } catch {
        send(res, 404, 'text/plain; charset=utf-8', 'Not found');
      }
    })().catch((error: unknown) => {
      console.error('[host] request failed', error);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: errorData('INTERNAL', 'Ralat dalaman.') });
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    app,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => {
          app.close();
          resolveClose();
        });
      }),
  };
}
