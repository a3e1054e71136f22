/** Where a service reports what went wrong after its record stood (a document, a backup): the app's log. */
export interface ErrorLog {
  error(message: string, detail?: unknown): void;
}

/** A log that keeps nothing, for callers that have none (a test, a one-off tool). */
export const silentLog: ErrorLog = { error: () => undefined };
