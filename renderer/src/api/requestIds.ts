import type { Result } from '@shared/errors';

/*
 * The request id of each action the screen sends. An id is made when an action is first sent and kept
 * while its outcome is unknown (no answer came, or the ledger wanted a sign-in or a PIN first); the same
 * action sent again (the same channel and the same input: the clerk pressing Simpan again on the same
 * form, after a sign-in or once the counter is back) goes with the same id, so the ledger does it once.
 * Once an answer settles it, the id is dropped: the next action, even an identical one, is a new one.
 */

/** Answers that say nothing about whether the action was done. */
const UNSETTLED = new Set(['DISCONNECTED', 'UNAUTHENTICATED', 'REAUTH']);

/** Well within the ledger's 30 days (electron/ipc/requests.ts KEEP_ANSWER_DAYS). */
const KEEP_MS = 7 * 24 * 3_600_000;
const MAX_KEPT = 200;

const pending = new Map<string, { id: string; at: number }>();

function keyOf(channel: string, input: unknown): string {
  return `${channel}\u0000${JSON.stringify(input ?? {})}`;
}

function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function requestIdFor(channel: string, input: unknown): string {
  const key = keyOf(channel, input);
  const kept = pending.get(key);
  if (kept !== undefined && Date.now() - kept.at < KEEP_MS) return kept.id;
  const id = newId();
  pending.set(key, { id, at: Date.now() });
  return id;
}

export function settleRequest(channel: string, input: unknown, result: Result<unknown>): void {
  const key = keyOf(channel, input);
  if (result.ok || !UNSETTLED.has(result.error.code)) {
    pending.delete(key);
    return;
  }
  // Kept for the next attempt; the oldest go first when many are unanswered.
  while (pending.size > MAX_KEPT) {
    const oldest = pending.keys().next().value;
    if (oldest === undefined) break;
    pending.delete(oldest);
  }
}
