import { createHash } from 'node:crypto';
import { canonicalJsonWithout } from '@shared/canonicalJson';
import type { ChannelName } from '@shared/contract';
import { AppError, type Result, errorData, type MessageKey } from '@shared/errors';
import { sql } from '../services/db/statements';
import type { Ledger } from '../services/ledger/ledger';
import { runAsRequest, type RequestScope } from '../services/ledger/requestScope';
import { parkedUntil } from '../services/ledger/ledgerUses';
import { answerAgain } from './requestsAgain';

/*
 * Exactly-once clerk actions. Every write request carries an id the screen made for it and sends again
 * with each retry. The request's first audit event makes its row in the action's own transaction
 * (services/ledger/requestScope.ts), so the commit itself proves the request was done; the answer is stored
 * once the handler has given it, or in that same transaction when the route answers with its action's own
 * view (answersWithRecords: a registration). A retry of a known id gets that answer (or, when the process died
 * between the commit and the answer, the answer made again from the records) and never runs again.
 */

/**
 * How long answers are kept. A retry comes from a screen that still holds the id in memory: seconds for
 * the automatic retries, at most the life of a browser tab left open across a long weekend or a leave
 * (the screen itself forgets an unanswered id after 7 days, renderer/src/api/requestIds.ts). An answer
 * is about 1 KB (a receipt's 1.05 KB): 30 days of a busy counter, 300 actions a day, is under 10 MB.
 */
export const KEEP_ANSWER_DAYS = 30;

/** The points a crash test stops at. `answered`: the handler has answered, its answer is not yet stored. */
export type RequestStep = 'answered';

export interface RequestOptions {
  /** Called at each named step (tests kill the process there). */
  step?: (name: RequestStep) => void;
  log?: { error(message: string, detail?: unknown): void };
}

export interface Request {
  requestId: string;
  channel: ChannelName;
  /** Who asks: the answer is theirs alone. */
  actor: string;
  /** The parsed input. */
  input: unknown;
}

export interface Requests {
  /** `run` at most once per request id; the same answer to every attempt. */
  once(request: Request, run: () => Promise<Result<unknown>>): Promise<Result<unknown>>;
}

const REQUEST_ID = /^[A-Za-z0-9_-]{16,64}$/;

const REUSED: MessageKey = 'No. permintaan ini telah digunakan untuk tindakan lain: tiada apa-apa disimpan.';

/** PINs and passphrases never reach the file, not even hashed: a 6-digit PIN falls to its hash at once. */
const SECRET_KEY = /(pin|passphrase)$/i;

function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, v]) => [key, withoutSecrets(v)]),
  );
}

export function inputHash(input: unknown): string {
  let text: string;
  try {
    // One walk, secrets left out as it goes: the same text as withoutSecrets, then canonicalJson.
    text = canonicalJsonWithout(input, SECRET_KEY);
  } catch {
    text = JSON.stringify(withoutSecrets(input)) ?? 'null';
  }
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface Fingerprint {
  channel: string;
  actor: string;
  inputHash: string;
}

interface RequestRow extends Fingerprint {
  firstSeq: number | null;
  answer: string | null;
}

function refused(key: MessageKey): Result<never> {
  return { ok: false, error: errorData('VALIDATION', key) };
}

function replayed(result: Result<unknown>): Result<unknown> {
  return result.ok ? { ok: true, value: result.value, replayed: true } : result;
}

export function requestAnswers(ledger: Ledger, options: RequestOptions = {}): Requests {
  // Always `ledger.db`, never a copy: an in-app restore puts another database in its place.
  const running = new Map<string, Fingerprint & { answer: Promise<Result<unknown>> }>();
  const pruned = new WeakSet<Ledger['db']>();

  const rowOf = (requestId: string): RequestRow | undefined =>
    sql(
      ledger.db,
      `SELECT channel, actor, input_hash AS inputHash, first_seq AS firstSeq, answer_json AS answer
       FROM request_answers WHERE request_id = ?`,
    ).get(requestId) as RequestRow | undefined;

  /**
   * Stores the answer. Not at synchronous=FULL: the request's row already committed durably with its
   * records, and an answer lost to a power cut is made again from them; a second fsync per clerk action
   * would buy nothing. Older answers go in the same write, once per start.
   */
  const store = (requestId: string, print: Fingerprint, result: Result<unknown>) => {
    const at = ledger.clock();
    const db = ledger.db;
    // Never a cached statement: SQLite sets `synchronous` when the PRAGMA is compiled, not when it is run,
    // so a prepared one run again changes nothing (the answer would pay a second fsync).
    db.pragma('synchronous = NORMAL');
    try {
      db.transaction(() => {
        if (!pruned.has(db)) {
          const cutoff = new Date(at.getTime() - KEEP_ANSWER_DAYS * 86_400_000).toISOString();
          sql(db, 'DELETE FROM request_answers WHERE at < ?').run(cutoff);
          pruned.add(db);
        }
        sql(
          db,
          `INSERT INTO request_answers (request_id, channel, actor, input_hash, first_seq, at, answer_json)
           VALUES (?, ?, ?, ?, NULL, ?, ?)
           ON CONFLICT (request_id) DO UPDATE SET answer_json = excluded.answer_json`,
        ).run(requestId, print.channel, print.actor, print.inputHash, at.toISOString(), JSON.stringify(result));
      })();
    } catch (error) {
      // The records stand; the answer is made again from them if it is asked for.
      options.log?.error(`request ${requestId} (${print.channel}): answer not stored`, error);
    } finally {
      db.pragma('synchronous = FULL');
    }
  };

  const firstAttempt = async (request: Request, print: Fingerprint, run: () => Promise<Result<unknown>>) => {
    const scope: RequestScope = { db: ledger.db, requestId: request.requestId, ...print, open: true };
    let result: Result<unknown>;
    try {
      result = await runAsRequest(scope, run);
    } finally {
      scope.open = false;
    }
    options.step?.('answered');
    // Stored already, with the records, when the route answered with the view its action noted
    // (answersWithRecords); older answers still go once per start.
    if (result.ok && scope.answered !== undefined && scope.answered.value === result.value && pruned.has(scope.db))
      return result;
    // A refusal that recorded nothing is not kept: trying again may succeed, and did nothing the first time.
    if (result.ok || rowOf(request.requestId) !== undefined) store(request.requestId, print, result);
    return result;
  };

  const again = (request: Request, print: Fingerprint, row: RequestRow): Result<unknown> => {
    if (row.answer !== null) return replayed(JSON.parse(row.answer) as Result<unknown>);
    // Done, but the process stopped before the answer was stored.
    let result: Result<unknown>;
    try {
      result = { ok: true, value: answerAgain(ledger, request.channel, print.actor, row.firstSeq) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      throw error;
    }
    store(request.requestId, print, result);
    return replayed(result);
  };

  return {
    async once(request, run) {
      if (!REQUEST_ID.test(request.requestId)) return refused('No. permintaan tidak sah.');
      // A ledger open read-only records nothing (its writes are refused as such), and may predate the table.
      if (ledger.readOnlyReason !== undefined) return run();
      const print: Fingerprint = {
        channel: request.channel,
        actor: request.actor,
        inputHash: inputHash(request.input),
      };
      const same = (other: Fingerprint) =>
        other.channel === print.channel && other.actor === print.actor && other.inputHash === print.inputHash;
      const inFlight = running.get(request.requestId);
      if (inFlight !== undefined) {
        if (!same(inFlight)) return refused(REUSED);
        // The first attempt is still at work (its answer was lost on the way, or a double click): wait for it,
        // parked (a first attempt that swaps the ledger does not wait for its own retry).
        return replayed(await parkedUntil(inFlight.answer));
      }
      const row = rowOf(request.requestId);
      if (row !== undefined) return same(row) ? again(request, print, row) : refused(REUSED);
      const answer = firstAttempt(request, print, run);
      running.set(request.requestId, { ...print, answer });
      try {
        return await answer;
      } finally {
        running.delete(request.requestId);
      }
    },
  };
}
