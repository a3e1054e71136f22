import { sql } from '../db/statements';
import { hash as hashOnce } from 'node:crypto';
import { canonicalJson } from '@shared/canonicalJson';
import type { Db } from '../db/open';
import { noteRequestEvent } from './requestScope';

export const GENESIS_HASH = '0'.repeat(64);

/** An audit event exactly as docs/ARCHITECTURE.md defines it; `hash` covers every other field. */
export interface AuditEvent {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
  prev: string;
  hash: string;
}

export type UnsignedEvent = Omit<AuditEvent, 'hash'>;

export function hashEvent(event: UnsignedEvent): string {
  return hashOfEventText(canonicalEventJson(event));
}

/** The hash of an event from the text `canonicalEventJson` gave (a reader that keeps the text hashes it once). */
export function hashOfEventText(text: string): string {
  // One-shot (the text as UTF-8): a reader hashes thousands of events a segment, and a Hash object each
  // cost about three times as much as the digest of a short text.
  return hashOnce('sha256', text, 'hex');
}

const EVENT_KEYS: readonly string[] = ['action', 'actor', 'at', 'data', 'entity', 'entityId', 'prev', 'seq'];
const isText = (v: unknown) => typeof v === 'string';
const isNumber = (v: unknown) => typeof v === 'number' && Number.isFinite(v);

/**
 * The text `hashEvent` hashes, `canonicalJson(event)`: for an event of exactly the eight fields with the types they have, by the
 * fixed key order (a verifier hashes thousands read back from a segment, whose keys are in the ledger's
 * order, not sorted); for anything else, an extra field or a missing one, by the general serialiser.
 */
export function canonicalEventJson(event: UnsignedEvent): string {
  const e = event as unknown as Record<string, unknown>;
  const keys = Object.keys(e);
  const plain =
    Object.getPrototypeOf(e) === Object.prototype &&
    keys.length === EVENT_KEYS.length &&
    EVENT_KEYS.every((k) => Object.hasOwn(e, k)) &&
    [e.action, e.actor, e.at, e.entity, e.prev].every(isText) &&
    (isText(e.entityId) || isNumber(e.entityId)) &&
    isNumber(e.seq) &&
    e.data !== undefined;
  return plain ? canonicalEventText(event, canonicalJson(event.data)) : canonicalJson(event);
}

/**
 * The canonical JSON of an event whose `data` is already canonical text: the same bytes as
 * `canonicalJson(event)` (keys in sorted order: action, actor, at, data, entity, entityId, prev, seq) without
 * serialising the data a second time. Tested against `hashEvent`.
 */
function canonicalEventText(event: Omit<UnsignedEvent, 'data'>, dataText: string): string {
  const s = JSON.stringify;
  return `{"action":${s(event.action)},"actor":${s(event.actor)},"at":${s(event.at)},"data":${dataText},"entity":${s(event.entity)},"entityId":${s(event.entityId)},"prev":${s(event.prev)},"seq":${s(event.seq)}}`;
}

export interface AuditInput {
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string | number;
  data: unknown;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string;
  data: string;
  prev: string;
  hash: string;
}

export function rowToEvent(row: AuditRow): AuditEvent {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: JSON.parse(row.data) as unknown,
    prev: row.prev,
    hash: row.hash,
  };
}

/** The actor name of a signed-in user in the chain. */
export function userActor(userId: number): string {
  return `user:${userId}`;
}

/**
 * Appends one event to the chain. Call it inside the clerk action's transaction, so the record and its
 * event commit together or not at all.
 */
export function appendAudit(db: Db, input: AuditInput): AuditEvent {
  const last = sql(db, 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined;
  const dataText = canonicalJson(input.data ?? null);
  const head = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at,
    actor: input.actor,
    action: input.action,
    entity: input.entity,
    entityId: String(input.entityId),
    prev: last?.hash ?? GENESIS_HASH,
  };
  const hash = hashOfEventText(canonicalEventText(head, dataText));
  sql(
    db,
    `INSERT INTO audit_events (seq, at, actor, action, entity, entity_id, data, prev, hash)
     VALUES (@seq, @at, @actor, @action, @entity, @entityId, @data, @prev, @hash)`,
  ).run({ ...head, data: dataText, hash });
  noteRequestEvent(db, head.seq, head.at);
  return { ...head, data: input.data ?? null, hash };
}

export type ChainCheck =
  | { ok: true; length: number; head: string; lastAt: string | null }
  | { ok: false; seq: number; problem: 'GAP' | 'PREV' | 'HASH'; messageMs: string; messageEn: string };

/** A point of the chain taken as verified: the event `seq` with hash `hash` (seq 0: before the first). */
export interface ChainPoint {
  seq: number;
  hash: string;
}

export const CHAIN_START: ChainPoint = { seq: 0, hash: GENESIS_HASH };

/** Recomputes the chain after `from` (by default: the whole chain from the first event). */
export function verifyChain(db: Db, from: ChainPoint = CHAIN_START): ChainCheck {
  let expectedSeq = from.seq + 1;
  let prev = from.hash;
  let lastAt: string | null = null;
  const rows = sql(db, 'SELECT * FROM audit_events WHERE seq > ? ORDER BY seq').iterate(
    from.seq,
  ) as IterableIterator<AuditRow>;
  for (const row of rows) {
    const event = rowToEvent(row);
    if (event.seq !== expectedSeq) {
      return {
        ok: false,
        seq: expectedSeq,
        problem: 'GAP',
        messageMs: `Rantaian audit terputus: peristiwa ${expectedSeq} tiada (dijumpai ${event.seq}). Rekod mungkin telah dipadam.`,
        messageEn: `Audit chain broken: event ${expectedSeq} is missing (found ${event.seq}). Records may have been deleted.`,
      };
    }
    if (event.prev !== prev) {
      return {
        ok: false,
        seq: event.seq,
        problem: 'PREV',
        messageMs: `Rantaian audit rosak pada peristiwa ${event.seq}: pautan kepada peristiwa sebelumnya tidak sepadan.`,
        messageEn: `Audit chain broken at event ${event.seq}: its link to the previous event does not match.`,
      };
    }
    const { hash, ...unsigned } = event;
    if (hashEvent(unsigned) !== hash) {
      return {
        ok: false,
        seq: event.seq,
        problem: 'HASH',
        messageMs: `Rantaian audit rosak pada peristiwa ${event.seq}: kandungannya telah diubah selepas direkodkan.`,
        messageEn: `Audit chain broken at event ${event.seq}: its content was changed after it was recorded.`,
      };
    }
    prev = hash;
    lastAt = event.at;
    expectedSeq++;
  }
  return { ok: true, length: expectedSeq - 1, head: prev, lastAt };
}

/** How many times `action` was recorded for one entity: a document's prints, say, so the next is a copy. */
export function actionCount(db: Db, entity: string, entityId: string | number, action: string): number {
  const row = sql(db, 'SELECT COUNT(*) AS n FROM audit_events WHERE entity = ? AND entity_id = ? AND action = ?').get(
    entity,
    String(entityId),
    action,
  ) as { n: number };
  return row.n;
}

export function entityHistory(db: Db, entity: string, entityId: string | number): AuditEvent[] {
  const rows = sql(db, 'SELECT * FROM audit_events WHERE entity = ? AND entity_id = ? ORDER BY seq').all(
    entity,
    String(entityId),
  ) as AuditRow[];
  return rows.map(rowToEvent);
}
