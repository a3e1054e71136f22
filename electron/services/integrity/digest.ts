import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { applyEvent, eventKey, type Derived, type Facts } from './facts';
import { factTexts, ROW_SEPARATOR, ROW_TEXTS } from './factText';
import { derivedFacts, entityFactEvents, touchedSince } from './sources';

/**
 * A digest of a set of rows: the XOR of a 64-bit hash of each row's text. Order does not matter, so the
 * digest of the rows (one pass) can be compared with the digest of what the events derive, and the
 * derived digest carried forward event by event: a fact's old texts out, its new ones in.
 *
 * The hash is a fast non-cryptographic one (two 32-bit lanes, MurmurHash2's mixing, two characters a
 * step): the start-up check hashes every row within its budget, and the digest it is compared with
 * lives in the same file as the rows, so it protects against an edit made without knowing it, not one
 * made to fool it. `kaunter verify` and ICT compare field by field.
 */
export class FactDigest {
  private a = 0;
  private b = 0;

  static of(hex: string): FactDigest {
    const d = new FactDigest();
    d.a = Number.parseInt(hex.slice(0, 8), 16) | 0;
    d.b = Number.parseInt(hex.slice(8, 16), 16) | 0;
    return d;
  }

  toggleText(text: string): void {
    this.toggleSpan(text, 0, text.length);
  }

  /** `toggleText(text.slice(start, end))` without making the slice. */
  toggleSpan(text: string, start: number, end: number): void {
    const n = end - start;
    let a = 0x9747b28c ^ n;
    let b = 0x85ebca6b;
    let i = start;
    for (; i + 1 < end; i += 2) {
      const k = text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ k, 0x5bd1e995);
      a ^= a >>> 15;
      b = (Math.imul(b ^ k, 0x27d4eb2f) + a) | 0;
      b ^= b >>> 13;
    }
    if (i < end) {
      const k = text.charCodeAt(i);
      a = Math.imul(a ^ k, 0x5bd1e995);
      b = (Math.imul(b ^ k, 0x27d4eb2f) + a) | 0;
    }
    a ^= b >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    b ^= a >>> 13;
    b = Math.imul(b, 0xc2b2ae35);
    a ^= b >>> 16;
    this.a ^= a;
    this.b ^= b;
  }

  toggle(fact: Facts): void {
    for (const text of factTexts(fact)) this.toggleText(text);
  }

  hex(): string {
    return [this.a, this.b].map((n) => (n >>> 0).toString(16).padStart(8, '0')).join('');
  }
}

/** Rows read as one value by `rowsDigest`: one value per row cost more than the hashing itself. */
export const ROWS_PER_READ = 1000;

interface RowTexts {
  /** The highest id in the read (a bigint: an id edited past 2^53 must not repeat or skip a read). */
  last: bigint | null;
  /** The rows' texts joined by ROW_SEPARATOR (null: no rows). */
  texts: string | null;
}

/**
 * The digest of the case and receipt rows as they are in the file, in one pass: the texts of
 * ROWS_PER_READ rows at a time, in id order, joined in SQL and hashed text by text here. Every row is
 * read once whatever its id, as by a plain scan; a NOT NULL column emptied in the file leaves its field
 * out of the row's text (`factText.ts`), so the digests differ and the full compare names the row.
 */
export function rowsDigest(db: Db): string {
  const d = new FactDigest();
  for (const { table, text } of ROW_TEXTS) {
    const read = (where: string) =>
      sql(
        db,
        `SELECT max(id) AS last, group_concat(t, '${ROW_SEPARATOR}') AS texts
         FROM (SELECT id, ${text} AS t FROM ${table} ${where} ORDER BY id LIMIT ${ROWS_PER_READ})`,
      ).safeIntegers(true);
    const first = read('');
    const next = read('WHERE id > ?');
    for (let rows = first.get() as RowTexts; rows.last !== null; rows = next.get(rows.last) as RowTexts) {
      const texts = rows.texts;
      if (texts === null) continue;
      let start = 0;
      for (let end = texts.indexOf(ROW_SEPARATOR); end >= 0; end = texts.indexOf(ROW_SEPARATOR, start)) {
        d.toggleSpan(texts, start, end);
        start = end + 1;
      }
      d.toggleSpan(texts, start, texts.length);
    }
  }
  return d.hex();
}

export function digestOfDerived(state: ReadonlyMap<string, Derived>): string {
  const d = new FactDigest();
  for (const { fact } of state.values()) d.toggle(fact);
  return d.hex();
}

/** The derived digest after the events up to `upTo`, from the first event. */
export function derivedDigest(db: Db, upTo?: number): string {
  return digestOfDerived(derivedFacts(db, upTo));
}

/**
 * The derived digest at the head, carried forward from the digest recorded at `from.seq`: each entity an
 * event after it touched is derived from its own events (through the entity index), before and after.
 */
export function derivedDigestFrom(db: Db, from: { seq: number; digest: string }): string {
  const d = FactDigest.of(from.digest);
  for (const { entity, entityId } of touchedSince(db, from.seq)) {
    const key = eventKey({ seq: 0, action: '', entity, entityId, data: null });
    if (key === null) continue;
    const before = new Map<string, Derived>();
    const after = new Map<string, Derived>();
    for (const event of entityFactEvents(db, entity, entityId)) {
      if (event.seq <= from.seq) applyEvent(before, event);
      applyEvent(after, event);
    }
    const old = before.get(key);
    const now = after.get(key);
    if (old) d.toggle(old.fact);
    if (now) d.toggle(now.fact);
  }
  return d.hex();
}
