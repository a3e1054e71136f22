import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/open';
import { sql } from '../db/statements';

/** The clerk request an action runs for: set by electron/ipc/requests.ts around its handler. */
export interface RequestScope {
  db: Db;
  requestId: string;
  channel: string;
  actor: string;
  inputHash: string;
  /** Cleared when the handler has answered: work it left running (an export) is not this request's. */
  open: boolean;
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it awaits) as the request `scope`. */
export function runAsRequest<T>(scope: RequestScope, work: () => T): T {
  return scopes.run(scope, work);
}

/**
 * Called by appendAudit inside the action's transaction: the request's first event makes its row, so the
 * row commits with the records or not at all, and a retry can tell that the request was done.
 */
export function noteRequestEvent(db: Db, seq: number, at: string): void {
  const scope = scopes.getStore();
  if (scope === undefined || !scope.open || scope.db !== db) return;
  sql(
    db,
    `INSERT INTO request_answers (request_id, channel, actor, input_hash, first_seq, at)
     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (request_id) DO NOTHING`,
  ).run(scope.requestId, scope.channel, scope.actor, scope.inputHash, seq, at);
}
