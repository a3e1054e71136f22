import { renderMalay, type MessageKey, type MessageValues } from '../errors';

/**
 * zod carries a message as a string, so a schema's message is its key and values encoded: this marker,
 * then JSON. The dispatcher (electron/ipc/dispatcher.ts) and the forms decode it with readFieldMessage.
 */
const MARKER = '\u2063msg:';

/** A schema's message: `.min(1, fieldMessage('Pilih kes.'))`. */
export function fieldMessage(key: MessageKey, values?: MessageValues): string {
  return MARKER + JSON.stringify(values === undefined ? { key } : { key, values });
}

/**
 * zod's own messages ("Invalid input: expected string") and anything not made by fieldMessage: the
 * clerk is told that what was sent is not valid.
 */
export const ZOD_OWN_MESSAGE: MessageKey = 'Maklumat yang dihantar tidak sah.';

export interface ReadMessage {
  key: MessageKey;
  values?: MessageValues;
  message: string;
}

/** The key, values and Malay sentence of a schema's message. */
export function readFieldMessage(encoded: string): ReadMessage {
  if (encoded.startsWith(MARKER)) {
    try {
      const { key, values } = JSON.parse(encoded.slice(MARKER.length)) as { key: MessageKey; values?: MessageValues };
      return values === undefined
        ? { key, message: renderMalay(key) }
        : { key, values, message: renderMalay(key, values) };
    } catch {
      // Not one of ours after all: zod's own.
    }
  }
  return { key: ZOD_OWN_MESSAGE, message: ZOD_OWN_MESSAGE };
}
