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

/** A field-level problem, so a form can show the message beside the field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppErrorData {
  code: ErrorCode;
  /** A Malay sentence fit to show a clerk. */
  message: string;
  issues?: FieldIssue[];
}

/** Thrown by services; the dispatcher turns it into an error value. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  toData(): AppErrorData {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

/**
 * `replayed`: the answer an earlier attempt of the same request got (electron/ipc/requests.ts); this
 * attempt did nothing again.
 */
export type Result<T> = { ok: true; value: T; replayed?: true } | { ok: false; error: AppErrorData };

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
