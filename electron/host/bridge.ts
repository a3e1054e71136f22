import { CHANNEL_NAMES } from '@shared/contract';
import { type MessageKey } from '@shared/errors';

/**
 * The browser host's window.kaunter: the same one-method-per-channel object as Electron's preload,
 * posting to the host instead of invoking IPC. The screen's request id travels as a header, so the body
 * stays the channel's input.
 */
/** The screen's words when the host does not answer (its key is its Malay, as every message's). */
const HOST_GONE: MessageKey =
  'Tiada sambungan ke hos Kaunter Sandaran. Pastikan hos masih berjalan, kemudian cuba lagi.';

export function bridgeScript(): string {
  return `(() => {
  const names = ${JSON.stringify(CHANNEL_NAMES)};
  // No answer came: the call may or may not have been done, so the screen retries with the same id.
  const failure = (message) => ({ ok: false, error: { code: 'DISCONNECTED', key: message, message } });
  // This tab's own id: the host keys its session cookie by it, so two tabs are two clerks. sessionStorage
  // keeps it across a reload of this tab and gives every other tab its own.
  const tabId = (() => {
    const fresh = () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    try {
      const kept = sessionStorage.getItem('kaunter.tab');
      if (kept && /^[0-9a-f]{32}$/.test(kept)) return kept;
      const id = fresh();
      sessionStorage.setItem('kaunter.tab', id);
      return id;
    } catch {
      return fresh();
    }
  })();
  const call = (name) => async (input, requestId) => {
    try {
      const headers = { 'Content-Type': 'application/json', 'X-Kaunter-Tab': tabId };
      if (typeof requestId === 'string') headers['X-Kaunter-Request'] = requestId;
      const response = await fetch('./api/' + name, {
        method: 'POST',
        headers,
        body: JSON.stringify(input === undefined ? {} : input),
      });
      return await response.json();
    } catch (error) {
      return failure(${JSON.stringify(HOST_GONE)});
    }
  };
  const api = {};
  for (const name of names) api[name] = call(name);
  Object.defineProperty(window, 'kaunter', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
