import { CHANNEL_NAMES, ipcChannel, type ChannelName } from '@shared/contract';
import type { Result } from '@shared/errors';
import type { DispatchMeta } from './dispatcher';
import { errorData } from '@shared/errors';

/*
 * Registration of the contract's channels on Electron's ipcMain. This file takes its Electron objects
 * as parameters (described structurally below) and never imports 'electron', so vitest runs it as is.
 */

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: unknown;
  readonly processId: number;
  readonly routingId: number;
}

/** The parts of Electron's IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  readonly sender: unknown;
  readonly senderFrame: FrameLike | null;
}

/** The window whose page may call the ledger: Electron's BrowserWindow fits this. */
export interface TrustedWindow {
  isDestroyed(): boolean;
  readonly webContents: { readonly mainFrame: FrameLike };
}

/**
 * The dispatcher as the IPC side calls it: the channel, its input and the key of the sending window's
 * own session (each window its own clerk; nothing process-wide).
 */
export type SenderDispatch = (
  channel: ChannelName,
  input: unknown,
  sessionKey: string,
  meta?: DispatchMeta,
) => Promise<Result<unknown>>;

/** The session key of the sending window: its webContents id, which Electron never reuses in a run. */
export function senderSessionKey(event: InvokeEventLike): string | null {
  try {
    const id = (event.sender as { id?: unknown } | null)?.id;
    return typeof id === 'number' && Number.isInteger(id) ? webContentsSessionKey(id) : null;
  } catch {
    return null;
  }
}

export function webContentsSessionKey(id: number): string {
  return `webContents:${id}`;
}

/** Electron's ipcMain fits this. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

export interface RegisterLog {
  warn(message: string): void;
  error(message: string, detail?: unknown): void;
}

const FORBIDDEN: Result<never> = {
  ok: false,
  error: errorData('FORBIDDEN', 'Permintaan ditolak: ia bukan daripada tetingkap Kaunter Sandaran.'),
};

const INTERNAL: Result<never> = {
  ok: false,
  error: errorData('INTERNAL', 'Ralat dalaman: tiada apa-apa disimpan. Cuba lagi atau hubungi ICT.'),
};

function sameOrigin(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === origin;
  } catch {
    return false;
  }
}

/**
 * A call is trusted only when it comes from the top frame of our own window, showing a page of our own
 * origin: not an iframe, not another window or webContents, not a page navigated elsewhere.
 */
export function isTrustedSender(event: InvokeEventLike, window: TrustedWindow | null, origin: string): boolean {
  try {
    if (window === null || window.isDestroyed()) return false;
    if (event.sender !== window.webContents) return false;
    const frame = event.senderFrame;
    if (frame === null || frame === undefined) return false;
    if (frame.parent !== null) return false;
    const main = window.webContents.mainFrame;
    if (frame !== main && (frame.processId !== main.processId || frame.routingId !== main.routingId)) return false;
    return sameOrigin(frame.url, origin);
  } catch {
    // A destroyed frame or webContents throws on access: such a sender is not trusted either.
    return false;
  }
}

function describeSender(event: InvokeEventLike): string {
  try {
    return event.senderFrame?.url ?? '(no frame)';
  } catch {
    return '(frame gone)';
  }
}

const registered = new WeakMap<IpcMainLike, Set<string>>();

/**
 * Registers one `ipcMain.handle` per channel: sender check, then the dispatcher with the sending window's
 * session key (the dispatcher does access →
 * schema parse → handler → result value). An untrusted sender gets FORBIDDEN and the dispatcher is
 * never called. Throws if a channel is already registered. Returns a function that removes them all.
 */
export function registerChannels(
  ipcMain: IpcMainLike,
  dispatch: SenderDispatch,
  isTrusted: (event: InvokeEventLike) => boolean,
  log: RegisterLog,
  names: readonly ChannelName[] = CHANNEL_NAMES,
): () => void {
  const taken = registered.get(ipcMain) ?? new Set<string>();
  registered.set(ipcMain, taken);
  const channels = names.map(ipcChannel);
  for (const [index, channel] of channels.entries()) {
    if (taken.has(channel) || channels.indexOf(channel) !== index) {
      throw new Error(`IPC channel registered twice: ${channel}`);
    }
  }
  for (const [index, channel] of channels.entries()) {
    const name = names[index] as ChannelName;
    ipcMain.handle(channel, async (event, input, requestId): Promise<Result<unknown>> => {
      const sessionKey = isTrusted(event) ? senderSessionKey(event) : null;
      if (sessionKey === null) {
        log.warn(`refused ${channel}: untrusted sender ${describeSender(event)}`);
        return FORBIDDEN;
      }
      try {
        // The screen's request id rides beside the input (preloadApi.ts); anything else there is dropped.
        return await (typeof requestId === 'string'
          ? dispatch(name, input, sessionKey, { requestId })
          : dispatch(name, input, sessionKey));
      } catch (error) {
        log.error(`channel ${name} threw past the dispatcher`, error);
        return INTERNAL;
      }
    });
    taken.add(channel);
  }
  return () => {
    for (const channel of channels) {
      ipcMain.removeHandler(channel);
      taken.delete(channel);
    }
  };
}
