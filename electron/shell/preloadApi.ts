import { CHANNEL_NAMES, ipcChannel, type ChannelName, type KaunterApi } from '@shared/contract';
import type { MessageKey, Result } from '@shared/errors';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

const NO_LEDGER: MessageKey =
  'Tiada sambungan ke pangkalan data kaunter: tiada apa-apa disimpan. Tutup dan buka semula aplikasi.';

const DISCONNECTED: Result<never> = {
  ok: false,
  // Written out, not made by errorData: the preload bundle stays free of shared code it need not carry.
  error: { code: 'DISCONNECTED', key: NO_LEDGER, message: NO_LEDGER },
};

/**
 * window.kaunter: exactly one method per contract channel, each an invoke of its IPC channel and
 * nothing more (no other IPC, no Node, no generic send). A rejected invoke (main not ready, handler
 * missing) becomes an error value too, so the renderer only ever handles results. The screen's request
 * id, when given, goes with the input as a second argument (electron/ipc/register.ts).
 */
export function createKaunterApi(invoke: Invoke): KaunterApi {
  const api: Partial<Record<ChannelName, (input: unknown, requestId?: unknown) => Promise<unknown>>> = {};
  for (const name of CHANNEL_NAMES) {
    const channel = ipcChannel(name);
    api[name] = (input, requestId?: unknown) =>
      (typeof requestId === 'string' ? invoke(channel, input, requestId) : invoke(channel, input)).catch(
        () => DISCONNECTED,
      );
  }
  return Object.freeze(api) as unknown as KaunterApi;
}
