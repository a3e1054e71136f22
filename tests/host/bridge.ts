import { CHANNEL_NAMES } from '../../shared/contract';

/**
 * The browser host's window.kaunter: the same one-method-per-channel object as Electron's preload,
 * posting to the host instead of invoking IPC. The screen's request id travels as a header, so the body
 * stays the channel's input.
 */
export function bridgeScript(): string {
  return `(() => {
  const names = ${JSON.stringify(CHANNEL_NAMES)};
  // No answer came: the call may or may not have been done, so the screen retries with the same id.
  const failure = (message) => ({ ok: false, error: { code: 'DISCONNECTED', message } });
  const call = (name) => async (input, requestId) => {
    try {
      const headers = { 'Content-Type': 'application/json' };
      if (typeof requestId === 'string') headers['X-Kaunter-Request'] = requestId;
      const response = await fetch('./api/' + name, {
        method: 'POST',
        headers,
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
