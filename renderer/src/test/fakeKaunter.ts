import { vi } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput, KaunterApi } from '@shared/contract';
import type { Result } from '@shared/errors';

type Handlers = { [C in ChannelName]?: (input: ChannelInput<C>) => Result<ChannelOutput<C>> };

/**
 * Installs a window.kaunter whose channels answer from `handlers` (as vi.fn mocks, so tests can read
 * the calls). A channel the test did not expect answers with an error, which the test will see.
 */
export function installFakeKaunter(handlers: Handlers) {
  const mocks = {} as { [C in ChannelName]: ReturnType<typeof vi.fn> };
  const api = new Proxy({} as KaunterApi, {
    get(_target, name: string) {
      const channel = name as ChannelName;
      if (!mocks[channel]) {
        const handler = handlers[channel] as ((input: unknown) => Result<unknown>) | undefined;
        mocks[channel] = vi.fn(async (input: unknown) =>
          handler
            ? handler(input)
            : { ok: false, error: { code: 'INTERNAL', message: `Saluran ${channel} tidak dijangka dalam ujian.` } },
        );
      }
      // The mock sees the input alone; the request id the client adds is read in client.test.ts.
      const mock = mocks[channel] as unknown as (input: unknown) => Promise<unknown>;
      return (input: unknown) => mock(input);
    },
  });
  Object.defineProperty(window, 'kaunter', { value: api, configurable: true, writable: true });
  return mocks;
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}
