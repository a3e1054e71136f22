import { describe, expect, it, vi } from 'vitest';
import {
  isTrustedSender,
  registerChannels,
  type FrameLike,
  type InvokeEventLike,
  type IpcMainLike,
  type TrustedWindow,
} from '../../electron/ipc/register';
import { APP_ORIGIN } from '../../electron/shell/appProtocol';
import type { SenderDispatch } from '../../electron/ipc/register';
import { CHANNEL_NAMES, ipcChannel } from '@shared/contract';
import { createSessionDispatcher } from '../../electron/ipc/dispatcher';
import { idleSessionRegistry } from '../../electron/ipc/idleSessions';
import { createUser } from '../../electron/services/users/users';
import { readyLedger, routesFor } from '../support/ledger';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function fakeIpcMain(): IpcMainLike & { handlers: Map<string, Listener> } {
  const handlers = new Map<string, Listener>();
  return {
    handlers,
    handle(channel, listener) {
      // Electron's own ipcMain refuses a second handler too.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler(channel) {
      handlers.delete(channel);
    },
  };
}

function frame(url: string, overrides: Partial<FrameLike> = {}): FrameLike {
  return { url, parent: null, processId: 7, routingId: 1, ...overrides };
}

let nextWebContentsId = 1;

function fakeWindow(mainFrame: FrameLike = frame(`${APP_ORIGIN}/index.html`)) {
  const webContents = { mainFrame, id: nextWebContentsId++ };
  let destroyed = false;
  const window: TrustedWindow & { destroy(): void; webContents: { id: number } } = {
    webContents,
    isDestroyed: () => destroyed,
    destroy: () => {
      destroyed = true;
    },
  };
  return window;
}

const quietLog = { warn: vi.fn(), error: vi.fn() };

function setup() {
  const ipcMain = fakeIpcMain();
  const window = fakeWindow();
  const dispatch = vi.fn<SenderDispatch>(async (channel) => ({ ok: true, value: `handled ${channel}` }));
  registerChannels(ipcMain, dispatch, (event) => isTrustedSender(event, window, APP_ORIGIN), quietLog);
  const invoke = (event: InvokeEventLike, channel: string, input: unknown) => {
    const listener = ipcMain.handlers.get(ipcChannel(channel as (typeof CHANNEL_NAMES)[number]));
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, input) as Promise<unknown>;
  };
  const goodEvent: InvokeEventLike = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
  return { ipcMain, window, dispatch, invoke, goodEvent };
}

const FORBIDDEN = {
  ok: false,
  error: { code: 'FORBIDDEN', key: expect.any(String), message: expect.any(String) },
};

describe('IPC registration', () => {
  it('registers exactly one handler per contract channel, under kaunter:<name>', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(CHANNEL_NAMES.map((name) => `kaunter:${name}`).sort());
  });

  it('passes a call from our window to the dispatcher with its channel, input, session key and request id', async () => {
    const { dispatch, invoke, goodEvent, ipcMain, window } = setup();
    const input = { query: 'Siti binti Ali' };
    await expect(invoke(goodEvent, 'cases.search', input)).resolves.toEqual({
      ok: true,
      value: 'handled cases.search',
    });
    expect(dispatch).toHaveBeenCalledTimes(1);
    expect(dispatch).toHaveBeenCalledWith('cases.search', input, `webContents:${window.webContents.id}`);
    const listener = ipcMain.handlers.get(ipcChannel('payments.take'));
    const id = '3c2b1a09-8f7e-4d6c-9b5a-493827161504';
    await listener?.(goodEvent, input, id);
    expect(dispatch).toHaveBeenLastCalledWith('payments.take', input, `webContents:${window.webContents.id}`, {
      requestId: id,
    });
  });

  it('accepts an equal frame object for the main frame (Electron may hand out a new wrapper)', async () => {
    const { dispatch, invoke, window } = setup();
    const sameFrame = { ...window.webContents.mainFrame };
    await invoke({ sender: window.webContents, senderFrame: sameFrame }, 'app.info', {});
    expect(dispatch).toHaveBeenCalledWith('app.info', {}, `webContents:${window.webContents.id}`);
  });

  const badSenders: [string, (w: ReturnType<typeof fakeWindow>) => InvokeEventLike][] = [
    [
      'a subframe of our window',
      (w) => ({ sender: w.webContents, senderFrame: frame(`${APP_ORIGIN}/x`, { parent: {}, routingId: 2 }) }),
    ],
    [
      'another frame that claims no parent',
      (w) => ({ sender: w.webContents, senderFrame: frame(`${APP_ORIGIN}/`, { routingId: 9 }) }),
    ],
    [
      'our window showing another origin',
      (w) => ({ sender: w.webContents, senderFrame: frame('https://evil.example/') }),
    ],
    [
      'our window showing a file: page',
      (w) => ({ sender: w.webContents, senderFrame: frame('file:///C:/x/index.html') }),
    ],
    ['a look-alike app: host', (w) => ({ sender: w.webContents, senderFrame: frame('app://kaunter.evil/index.html') })],
    ['an unparsable URL', (w) => ({ sender: w.webContents, senderFrame: frame('not a url') })],
    ['another webContents', () => ({ sender: {}, senderFrame: frame(`${APP_ORIGIN}/index.html`) })],
    ['a frame already gone', (w) => ({ sender: w.webContents, senderFrame: null })],
  ];
  for (const [label, makeEvent] of badSenders) {
    it(`refuses ${label} with FORBIDDEN and never dispatches`, async () => {
      const { dispatch, invoke, window } = setup();
      await expect(invoke(makeEvent(window), 'auth.signIn', { userId: 1, pin: '123456' })).resolves.toEqual(FORBIDDEN);
      expect(dispatch).not.toHaveBeenCalled();
    });
  }

  it('refuses everything once the window is destroyed', async () => {
    const { dispatch, invoke, window, goodEvent } = setup();
    window.destroy();
    await expect(invoke(goodEvent, 'app.info', {})).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame throws on access', async () => {
    const { dispatch, invoke, window } = setup();
    const event = {
      sender: window.webContents,
      get senderFrame(): FrameLike {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(invoke(event, 'app.info', {})).resolves.toEqual(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('is not trusted before the window exists', () => {
    expect(isTrustedSender({ sender: {}, senderFrame: frame(`${APP_ORIGIN}/`) }, null, APP_ORIGIN)).toBe(false);
  });

  it('turns a dispatcher that throws into an INTERNAL error value', async () => {
    const ipcMain = fakeIpcMain();
    const window = fakeWindow();
    const log = { warn: vi.fn(), error: vi.fn() };
    registerChannels(
      ipcMain,
      () => Promise.reject(new Error('boom')),
      () => true,
      log,
    );
    const listener = ipcMain.handlers.get(ipcChannel('app.info'));
    await expect(listener?.({ sender: window.webContents, senderFrame: null }, {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    expect(log.error).toHaveBeenCalled();
  });

  it('throws when a channel is registered twice, and after unregistering allows it again', () => {
    const ipcMain = fakeIpcMain();
    const dispatch: SenderDispatch = async () => ({ ok: true, value: null });
    const unregister = registerChannels(ipcMain, dispatch, () => true, quietLog);
    expect(() => registerChannels(ipcMain, dispatch, () => true, quietLog)).toThrow(/registered twice/);
    expect(() => registerChannels(fakeIpcMain(), dispatch, () => true, quietLog, ['app.info', 'app.info'])).toThrow(
      /registered twice: kaunter:app\.info/,
    );
    unregister();
    expect(ipcMain.handlers.size).toBe(0);
    expect(() => registerChannels(ipcMain, dispatch, () => true, quietLog)).not.toThrow();
  });
});

describe('sessions per window', () => {
  it('keeps each window its own clerk: a sign-in in one window signs no other in', async () => {
    const { ledger } = await readyLedger();
    await createUser(ledger, 1, { name: 'Encik Faizal bin Omar', role: 'CLERK', pin: '654321' });
    const registry = idleSessionRegistry(ledger.clock, () => 15);
    const dispatch = createSessionDispatcher(
      routesFor(ledger),
      { error: () => undefined },
      () => ledger.clock(),
      () => registry.clear(),
    );
    const ipcMain = fakeIpcMain();
    const first = fakeWindow();
    const second = fakeWindow();
    registerChannels(
      ipcMain,
      (name, input, key) => dispatch(name, input, registry.for(key)),
      (event) => event.sender === first.webContents || event.sender === second.webContents,
      quietLog,
    );
    const from = (w: typeof first) => (channel: string, input: unknown) =>
      ipcMain.handlers.get(ipcChannel(channel as (typeof CHANNEL_NAMES)[number]))?.(
        { sender: w.webContents, senderFrame: w.webContents.mainFrame },
        input,
      );
    await from(first)('auth.signIn', { userId: 1, pin: '123456' });
    expect(await from(second)('cases.search', { query: '' })).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    await from(second)('auth.signIn', { userId: 2, pin: '654321' });
    expect(await from(first)('auth.session', {})).toMatchObject({ ok: true, value: { user: { id: 1 } } });
    expect(await from(second)('auth.session', {})).toMatchObject({ ok: true, value: { user: { id: 2 } } });
    // A closed window's session ends with it; the other stays signed in.
    registry.drop(`webContents:${first.webContents.id}`);
    expect(await from(first)('auth.session', {})).toMatchObject({ ok: true, value: null });
    expect(await from(second)('auth.session', {})).toMatchObject({ ok: true, value: { user: { id: 2 } } });
  });
});
