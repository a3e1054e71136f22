import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract';

/*
 * The Electron shell under a mocked 'electron' (the real binary cannot be downloaded here). What is
 * asserted is what the shell asks of Electron: the window's powers, the protocol's headers, the guards
 * on navigation, new windows and permissions, and the order of start-up and shut-down.
 */

const electron = vi.hoisted(() => {
  type Handler = (...args: unknown[]) => unknown;
  class FakeEmitter {
    handlers = new Map<string, Handler[]>();
    on(event: string, handler: Handler) {
      this.handlers.set(event, [...(this.handlers.get(event) ?? []), handler]);
      return this;
    }
    once(event: string, handler: Handler) {
      return this.on(event, handler);
    }
    emit(event: string, ...args: unknown[]) {
      for (const handler of this.handlers.get(event) ?? []) handler(...args);
    }
  }
  let webContentsIds = 0;
  class FakeWebContents extends FakeEmitter {
    id = ++webContentsIds;
    mainFrame = { url: 'app://kaunter/index.html', parent: null, processId: 3, routingId: 1 };
    openHandler: (() => unknown) | null = null;
    setWindowOpenHandler(handler: () => unknown) {
      this.openHandler = handler;
    }
  }
  class FakeBrowserWindow extends FakeEmitter {
    static created: FakeBrowserWindow[] = [];
    options: Record<string, unknown>;
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => undefined);
    show = vi.fn();
    maximize = vi.fn();
    focus = vi.fn();
    restore = vi.fn();
    reload = vi.fn();
    isMinimized = () => false;
    isMaximized = () => false;
    isDestroyed = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
    constructor(options: Record<string, unknown>) {
      super();
      this.options = options;
      FakeBrowserWindow.created.push(this);
    }
  }
  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    commandLine: { appendSwitch: vi.fn() },
    setAppUserModelId: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    getVersion: () => '0.1.0',
    getAppPath: vi.fn(() => '/nonexistent-app'),
    getPath: vi.fn((_name: string) => '/nonexistent-user-data'),
    ready: null as null | (() => void),
    whenReady: vi.fn(() => new Promise<void>((resolve) => (app.ready = resolve))),
  });
  const calls: string[] = [];
  const protocol = {
    registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
    handle: vi.fn(),
  };
  const makeSession = () => ({
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    setDisplayMediaRequestHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  const session = { defaultSession: makeSession() };
  const ipcMain = { handle: vi.fn(), removeHandler: vi.fn() };
  const dialog = { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) };
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() };
  const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }] };
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    FakeWebContents,
    protocol,
    session,
    makeSession,
    ipcMain,
    dialog,
    Menu,
    screen,
    calls,
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  BrowserWindow: electron.BrowserWindow,
  protocol: electron.protocol,
  session: electron.session,
  ipcMain: electron.ipcMain,
  dialog: electron.dialog,
  Menu: electron.Menu,
  screen: electron.screen,
}));

const kaunter = vi.hoisted(() => ({
  close: vi.fn(),
  dispatch: vi.fn(async () => ({ ok: true, value: null })),
  sessions: { for: () => ({ get: () => null, set: () => undefined }), drop: () => undefined },
  create: vi.fn(),
}));
vi.mock('../../electron/app/kaunterApp', () => ({
  createKaunterApp: (options: unknown) => kaunter.create(options),
}));

const { hardenSession, hardenWebContents, installSecurity } = await import('../../electron/shell/security');
const { createMainWindow, secureWebPreferences } = await import('../../electron/shell/window');
const { memoryPreferences } = await import('../../electron/platform/preferences');
const { CONTENT_SECURITY_POLICY } = await import('../../electron/shell/appProtocol');

type Fake = InstanceType<typeof electron.FakeWebContents>;
const navigationEvent = (url: string) => ({ url, preventDefault: vi.fn() });

describe('window', () => {
  beforeEach(() => {
    electron.BrowserWindow.created.length = 0;
  });

  it('gives the renderer no Node, an isolated context, the sandbox, and only the preload', () => {
    expect(secureWebPreferences('/app/dist-electron/preload.cjs')).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('creates the main window with those preferences and loads the app origin', () => {
    const window = createMainWindow({
      preloadPath: '/p/preload.cjs',
      preferences: memoryPreferences(),
      devTools: false,
    }) as unknown as InstanceType<typeof electron.BrowserWindow>;
    const prefs = window.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false });
    expect(prefs.preload).toBe('/p/preload.cjs');
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://kaunter/index.html');
  });

  it('opens where it was left and remembers where it is closed', () => {
    const preferences = memoryPreferences({
      windowBounds: { x: 100, y: 50, width: 1200, height: 760, maximized: true },
    });
    const window = createMainWindow({
      preloadPath: '/p',
      preferences,
      devTools: true,
    }) as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 760 });
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    window.emit('close');
    expect(preferences.get('windowBounds')).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: false });
  });
});

describe('web contents guards', () => {
  function hardened(): Fake {
    const contents = new electron.FakeWebContents();
    hardenWebContents(contents as never);
    return contents;
  }

  it('denies navigation and redirects to anything but the app origin', () => {
    const contents = hardened();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:1']) {
        const navigation = navigationEvent(url);
        contents.emit(event, navigation);
        expect(navigation.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
      const own = navigationEvent('app://kaunter/index.html');
      contents.emit(event, own);
      expect(own.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('denies every new window and webview', () => {
    const contents = hardened();
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const attach = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', attach);
    expect(attach.preventDefault).toHaveBeenCalled();
  });

  it('guards every webContents the app creates later', () => {
    const app = new EventEmitter();
    installSecurity(app as never);
    const contents = new electron.FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
    const navigation = navigationEvent('https://example.com/');
    contents.emit('will-navigate', navigation);
    expect(navigation.preventDefault).toHaveBeenCalled();
  });
});

describe('session guards', () => {
  it('denies permission requests and checks, devices, screen capture and the network', () => {
    const session = electron.makeSession();
    hardenSession(session as never);

    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(checkHandler(null, 'media', 'app://kaunter', {})).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as (...args: unknown[]) => boolean;
    expect(deviceHandler({})).toBe(false);
    const displayHandler = session.setDisplayMediaRequestHandler.mock.calls[0]?.[0] as (...args: unknown[]) => void;
    const displayCallback = vi.fn();
    displayHandler({}, displayCallback);
    expect(displayCallback).toHaveBeenCalledWith(null);

    const [filter, onRequest] = session.webRequest.onBeforeRequest.mock.calls[0] as unknown as [
      { urls: string[] },
      (details: unknown, callback: (response: unknown) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const requestCallback = vi.fn();
    onRequest({ url: 'https://example.com/' }, requestCallback);
    expect(requestCallback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('start-up and shut-down', () => {
  let userData: string;
  let startApp: () => void;

  beforeEach(async () => {
    // A fresh shell per test, as per process: the IPC registry is module state.
    vi.resetModules();
    ({ startApp } = await import('../../electron/shell/app'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    userData = mkdtempSync(path.join(tmpdir(), 'kaunter-shell-'));
    electron.app.getPath.mockImplementation((name: string) => path.join(userData, name === 'userData' ? '' : name));
    electron.calls.length = 0;
    electron.BrowserWindow.created.length = 0;
    kaunter.create.mockReset().mockImplementation(() => {
      electron.calls.push('createKaunterApp');
      return { dispatch: kaunter.dispatch, sessions: kaunter.sessions, close: kaunter.close };
    });
    kaunter.close.mockReset();
    for (const mock of [
      electron.protocol.handle,
      electron.protocol.registerSchemesAsPrivileged,
      electron.ipcMain.handle,
      electron.app.quit,
      electron.app.exit,
      electron.app.enableSandbox,
      electron.dialog.showErrorBox,
      electron.Menu.setApplicationMenu,
    ]) {
      mock.mockClear();
    }
    electron.app.handlers.clear();
    electron.app.requestSingleInstanceLock.mockReturnValue(true);
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(userData, { recursive: true, force: true });
  });

  async function ready(): Promise<void> {
    electron.app.ready?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('a second instance quits at once and touches nothing', () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    startApp();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(kaunter.create).not.toHaveBeenCalled();
  });

  it('registers the scheme and the sandbox before ready, then wires ledger, protocol, IPC and window', async () => {
    startApp();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.commandLine.appendSwitch).toHaveBeenCalledWith('lang', 'ms');
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(kaunter.create).not.toHaveBeenCalled();
    await ready();

    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect(electron.calls).toEqual(['registerSchemesAsPrivileged', 'createKaunterApp']);
    expect(kaunter.create).toHaveBeenCalledWith(expect.objectContaining({ dataDir: path.join(userData, 'data') }));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();

    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://kaunter/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const channels = electron.ipcMain.handle.mock.calls.map((call) => (call as unknown[])[0]);
    expect(channels.sort()).toEqual(CHANNEL_NAMES.map((name) => `kaunter:${name}`).sort());

    const [window] = electron.BrowserWindow.created;
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join('/nonexistent-app', 'dist-electron', 'preload.cjs'),
    });
    expect(window?.loadURL).toHaveBeenCalledWith('app://kaunter/index.html');
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled();

    // IPC from the window's own main frame reaches the dispatcher; from anywhere else it does not.
    const listener = (electron.ipcMain.handle.mock.calls[0] as unknown[])[1] as (...args: unknown[]) => unknown;
    await listener({ sender: window?.webContents, senderFrame: window?.webContents.mainFrame }, {});
    expect(kaunter.dispatch).toHaveBeenCalledTimes(1);
    const refused = await listener({ sender: {}, senderFrame: window?.webContents.mainFrame }, {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(kaunter.dispatch).toHaveBeenCalledTimes(1);
  });

  it('quits when the window closes and closes the ledger exactly once', async () => {
    startApp();
    await ready();
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
    electron.app.emit('will-quit');
    electron.app.emit('will-quit');
    expect(kaunter.close).toHaveBeenCalledTimes(1);
  });

  it('reloads a crashed page a few times, never in an endless loop', async () => {
    startApp();
    await ready();
    const [window] = electron.BrowserWindow.created;
    for (let crash = 0; crash < 5; crash += 1) {
      window?.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 139 });
    }
    expect(window?.reload).toHaveBeenCalledTimes(3);
  });

  it('a ledger that cannot open stops the app with a message, not a blank window', async () => {
    kaunter.create.mockImplementation(() => {
      throw new Error('Pangkalan data ini daripada versi aplikasi yang lebih baharu.');
    });
    startApp();
    await ready();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Kaunter Sandaran tidak dapat dimulakan',
      expect.stringContaining('versi aplikasi yang lebih baharu'),
    );
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });
});
