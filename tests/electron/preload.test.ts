import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { buildPreload } from '../../build/build-electron.mjs';
import { CHANNEL_NAMES } from '@shared/contract';
import { MESSAGES } from '@shared/messages';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

type Api = Record<string, (input: unknown, requestId?: unknown) => Promise<unknown>>;

function exposedApi(expose: ReturnType<typeof vi.fn>): Api {
  expect(expose).toHaveBeenCalledTimes(1);
  const [key, api] = expose.mock.calls[0] as [string, Api];
  expect(key).toBe('kaunter');
  return api;
}

async function checkApi(api: Api, invoke: ReturnType<typeof vi.fn>): Promise<void> {
  expect(Object.keys(api).sort()).toEqual([...CHANNEL_NAMES].sort());
  for (const name of CHANNEL_NAMES) expect(typeof api[name]).toBe('function');

  const input = { query: "Nur 'Aisyah binti Abdullah" };
  await expect(api['cases.search']?.(input)).resolves.toEqual({
    ok: true,
    value: { channel: 'kaunter:cases.search', input },
  });
  expect(invoke).toHaveBeenLastCalledWith('kaunter:cases.search', input);
  // A write's request id goes beside its input; nothing else does.
  const id = '3c2b1a09-8f7e-4d6c-9b5a-493827161504';
  await api['payments.take']?.(input, id);
  expect(invoke).toHaveBeenLastCalledWith('kaunter:payments.take', input, id);
  await api['payments.take']?.(input, { not: 'an id' });
  expect(invoke).toHaveBeenLastCalledWith('kaunter:payments.take', input);

  invoke.mockRejectedValueOnce(new Error("No handler registered for 'kaunter:app.info'"));
  await expect(api['app.info']?.({})).resolves.toMatchObject({ ok: false, error: { code: 'DISCONNECTED' } });
}

describe('preload', () => {
  it('exposes window.kaunter with exactly one method per contract channel, each an invoke', async () => {
    await import('../../electron/preload');
    await checkApi(exposedApi(electron.exposeInMainWorld), electron.invoke);
  });

  it('the shipped bundle does the same, is self-contained and carries no schemas nor the English messages', async () => {
    const result = await buildPreload({ write: false });
    const code = result.outputFiles?.find((file) => file.path.endsWith('preload.cjs'))?.text ?? '';
    expect(code.length).toBeGreaterThan(0);
    expect(code.length).toBeLessThan(8 * 1024);
    // shared/errors.ts only imports the catalogue's type: no English of any refusal is in the bundle.
    expect(code).not.toContain(MESSAGES['Kes tidak dijumpai.']);
    expect(code).not.toContain(MESSAGES['Permintaan tidak dikenali.']);

    const expose = vi.fn();
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return { contextBridge: { exposeInMainWorld: expose }, ipcRenderer: { invoke } };
    };
    const module = { exports: {} };
    runInNewContext(code, { require: sandboxRequire, module, exports: module.exports });
    expect(required).toEqual(['electron']);
    await checkApi(exposedApi(expose), invoke);
  });
});
