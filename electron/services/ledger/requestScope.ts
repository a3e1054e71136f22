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
  /** Set by a route whose answer is its action's own view, unchanged (answersWithRecords). */
  answersWithRecords?: boolean;
  /** The view stored as the answer in the action's own transaction (noteRequestAnswer). */
  answered?: { value: unknown };
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

/**
 * For a route that answers with the view its action returns, unchanged: that view is stored as the answer
 * in the action's own transaction (noteRequestAnswer), so the commit holds the records and the answer and
 * no second write follows. A route that adds to the view afterwards (a receipt's PDF) must not use this: a
 * crash before its own answer was stored would leave the bare view as the answer.
 */
export function answersWithRecords<T>(work: () => T): T {
  const scope = scopes.getStore();
  if (scope !== undefined && scope.open) scope.answersWithRecords = true;
  return work();
}

/**
 * Called inside the action's transaction, after its request's first event, with the view it will return:
 * when its route answers with it (answersWithRecords), it is the request's answer, committed with the
 * records. electron/ipc/requests.ts stores the answer again when the route answered anything else.
 */
export function noteRequestAnswer(db: Db, value: unknown): void {
  const scope = scopes.getStore();
  if (scope === undefined || !scope.open || scope.answersWithRecords !== true || scope.db !== db) return;
  const { changes } = sql(db, 'UPDATE request_answers SET answer_json = ? WHERE request_id = ?').run(
    JSON.stringify({ ok: true, value }),
    scope.requestId,
  );
  if (changes === 1) scope.answered = { value };
}
