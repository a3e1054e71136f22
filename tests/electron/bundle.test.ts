import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildMain, contractChannels } from '../../build/build-electron.mjs';

/*
 * The shipped main bundle (dist-electron/main.cjs, built in memory here), run under plain Node with a
 * stand-in for the 'electron' module and the real ledger: proves the bundle loads (ESM-only
 * dependencies bundled, the rest resolvable), starts in the right order, and answers IPC from its
 * window through the real dispatcher. What it cannot prove is Electron itself; see electron-smoke.spec.
 */

const root = path.resolve(import.meta.dirname, '..', '..');
const userData = mkdtempSync(path.join(tmpdir(), 'kaunter-bundle-'));
afterAll(() => rmSync(userData, { recursive: true, force: true }));

type Listener = (...args: unknown[]) => unknown;

function fakeElectron() {
  const listeners = new Map<string, Listener[]>();
  const on = (event: string, listener: Listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), listener]);
  };
  const emit = (event: string, ...args: unknown[]) => listeners.get(event)?.forEach((listener) => listener(...args));
  const handlers = new Map<string, Listener>();
  const windows: { webContents: { mainFrame: object }; url?: string }[] = [];
  const errors: string[] = [];
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class BrowserWindow {
    webContents = {
      // Electron's webContents id: the key of the window's own session.
      id: windows.length + 1,
      mainFrame: { url: 'app://kaunter/index.html', parent: null, processId: 4, routingId: 1 },
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
    };
    url?: string;
    constructor() {
      windows.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const module = {
    app: {
      isPackaged: true,
      requestSingleInstanceLock: () => true,
      enableSandbox: vi.fn(),
      commandLine: { appendSwitch: vi.fn() },
      setAppUserModelId: vi.fn(),
      on,
      whenReady: () => whenReady,
      getPath: (name: string) => (name === 'userData' ? userData : path.join(userData, name)),
      getAppPath: () => root,
      getVersion: () => '0.1.0',
      quit: vi.fn(),
      exit: vi.fn(),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: session },
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    BrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1366, height: 728 } }] },
    dialog: {
      showErrorBox: (title: string, body: string) => errors.push(`${title}: ${body}`),
      showMessageBox: vi.fn(),
    },
  };
  return { module, emit, handlers, windows, errors, ready };
}

describe('main bundle', () => {
  it('loads under Node with Electron stood in, opens the ledger and serves IPC from its window', async () => {
    const result = await buildMain({ write: false });
    const code = result.outputFiles?.find((file) => file.path.endsWith('main.cjs'))?.text ?? '';
    expect(code).not.toContain('import.meta');

    const electron = fakeElectron();
    // A file name at the project root: dependencies resolve from node_modules as they would from
    // dist-electron, minus dist-electron/node_modules (an Electron-ABI build, if `npm start` made one).
    const filename = path.join(root, 'main.cjs');
    const realRequire = createRequire(filename);
    const requireWithElectron = (id: string) => (id === 'electron' ? electron.module : realRequire(id));
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const run = new Function('require', 'module', 'exports', '__filename', '__dirname', code);
      run(requireWithElectron, { exports: {} }, {}, filename, root);
      expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
      expect(electron.handlers.size).toBe(0);

      electron.ready();
      await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
      expect(electron.errors).toEqual([]);
      expect(electron.windows[0]?.url).toBe('app://kaunter/index.html');
      expect([...electron.handlers.keys()].sort()).toEqual(Object.values(await contractChannels()).sort());

      const window = electron.windows[0];
      const fromWindow = { sender: window?.webContents, senderFrame: window?.webContents.mainFrame };
      const info = (await electron.handlers.get('kaunter:app.info')?.(fromWindow, {})) as { ok: boolean };
      expect(info.ok).toBe(true);
      const users = await electron.handlers.get('kaunter:auth.users')?.(fromWindow, {});
      expect(users).toEqual({ ok: true, value: [] });
      const refused = await electron.handlers.get('kaunter:auth.users')?.({ sender: {}, senderFrame: null }, {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(existsSync(path.join(userData, 'data'))).toBe(true);
    } finally {
      electron.emit('will-quit');
      log.mockRestore();
    }
  });
});
