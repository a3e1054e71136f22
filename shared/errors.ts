// Type-only: the preload bundle carries this file, never the catalogue of English.
import type { MessageKey } from './messages';

export type { MessageKey } from './messages';

/** The closed set of error codes that cross the IPC boundary. The UI branches on these. */
export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  /** A supervisor action after a while: the supervisor types their PIN again, then it is retried. */
  'REAUTH',
  'STORAGE',
  'PRINTER',
  /**
   * Numbering stopped: the clock reads a date before the last record or another year than the last
   * number. A supervisor confirms the date with their PIN (channel clock.confirm), then it is retried.
   */
  'CLOCK',
  'INTERNAL',
  /**
   * Made by the transport, never by the ledger: the answer did not arrive (host stopped, socket dropped),
   * so the action may or may not have been done. The screen retries with the same request id.
   */
  'DISCONNECTED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A value that is itself words of the catalogue (a field label, a reason), translated with the message. */
export interface MessageRef {
  key: MessageKey;
  values?: MessageValues;
}

export type MessageValue = string | number | MessageRef;
export type MessageValues = Record<string, MessageValue>;

/** Words for a person: the key (the Malay template), its values, and the Malay sentence they make. */
export interface Message {
  key: MessageKey;
  values?: MessageValues;
  /** The Malay sentence: the key with its values filled in. */
  message: string;
}

/** A field-level problem, so a form can show the message beside the field. */
export interface FieldIssue extends Message {
  path: string;
}

export interface AppErrorData extends Message {
  code: ErrorCode;
  issues?: FieldIssue[];
}

/** A value that is translated too: `ref('Nama pihak')`. */
export function ref(key: MessageKey, values?: MessageValues): MessageRef {
  return values === undefined ? { key } : { key, values };
}

/** `{name}` in a template; any other brace is text. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/**
 * Fills a template's `{name}`s: a ref is worded by `word` (Malay by default: its key is the Malay).
 * A name without a value stays as written, so a mistake shows rather than vanishes.
 */
export function fillTemplate(
  template: string,
  values: MessageValues | undefined,
  word: (value: MessageRef) => string,
): string {
  if (values === undefined) return template;
  return template.replace(PLACEHOLDER, (all, name: string) => {
    const value = values[name];
    if (value === undefined) return all;
    return typeof value === 'object' ? word(value) : String(value);
  });
}

/** The Malay sentence of a key and its values; no catalogue needed, since the key is the Malay. */
export function renderMalay(key: MessageKey, values?: MessageValues): string {
  return fillTemplate(key, values, (value) => renderMalay(value.key, value.values));
}

/** Words for a person, with their Malay sentence. */
export function message(key: MessageKey, values?: MessageValues): Message {
  const text = renderMalay(key, values);
  return values === undefined ? { key, message: text } : { key, values, message: text };
}

/** A problem with one field of a form. */
export function fieldIssue(path: string, key: MessageKey, values?: MessageValues): FieldIssue {
  return { path, ...message(key, values) };
}

/** Thrown by services; the dispatcher turns it into an error value. `message` is the Malay sentence. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: MessageKey;
  readonly values: MessageValues | undefined;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, key: MessageKey, values?: MessageValues, issues?: FieldIssue[]) {
    super(renderMalay(key, values));
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.values = values;
    this.issues = issues;
  }

  /** The same refusal with one issue on `path` worded as the error itself. */
  static onField(code: ErrorCode, path: string, key: MessageKey, values?: MessageValues): AppError {
    return new AppError(code, key, values, [fieldIssue(path, key, values)]);
  }

  toData(): AppErrorData {
    return errorData(this.code, this.key, this.values, this.issues);
  }
}

/** An error value made without throwing (the dispatcher, a transport). */
export function errorData(
  code: ErrorCode,
  key: MessageKey,
  values?: MessageValues,
  issues?: FieldIssue[],
): AppErrorData {
  return { code, ...message(key, values), ...(issues ? { issues } : {}) };
}

/**
 * `replayed`: the answer an earlier attempt of the same request got (electron/ipc/requests.ts); this
 * attempt did nothing again.
 */
export type Result<T> = { ok: true; value: T; replayed?: true } | { ok: false; error: AppErrorData };

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
