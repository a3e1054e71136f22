import { CHANNEL_NAMES } from '../../shared/contract';

/**
 * The browser host's window.kaunter: the same one-method-per-channel object as Electron's preload,
 * posting to the host instead of invoking IPC.
 */
export function bridgeScript(): string {
  return `(() => {
  const names = ${JSON.stringify(CHANNEL_NAMES)};
  const failure = (message) => ({ ok: false, error: { code: 'STORAGE', message } });
  const call = (name) => async (input) => {
    try {
      const response = await fetch('./api/' + name, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return await response.json();
    } catch (error) {
      return failure('Tiada sambungan ke hos Kaunter Sandaran. Pastikan hos masih berjalan, kemudian cuba lagi.');
    }
  };
  const api = {};
  for (const name of names) api[name] = call(name);
  Object.defineProperty(window, 'kaunter', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
