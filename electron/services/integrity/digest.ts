import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { applyEvent, eventKey, factText, type Derived, type Facts } from './facts';
import { derivedFacts, entityFactEvents, rowFacts, touchedSince } from './sources';

/**
 * A digest of a set of facts: the XOR of each fact's SHA-256. Order does not matter, so the digest of
 * the rows (read in one pass) can be compared with the digest of what the events derive, and the
 * derived digest can be carried forward event by event: take a fact's old hash out, put its new one in.
 */
export class FactDigest {
  private readonly acc = Buffer.alloc(32);

  static of(hex: string): FactDigest {
    const d = new FactDigest();
    Buffer.from(hex, 'hex').copy(d.acc);
    return d;
  }

  toggle(fact: Facts): void {
    const h = createHash('sha256').update(factText(fact), 'utf8').digest();
    for (let i = 0; i < 32; i++) this.acc[i] = (this.acc[i] ?? 0) ^ (h[i] ?? 0);
  }

  hex(): string {
    return this.acc.toString('hex');
  }
}

export function rowsDigest(db: Db): string {
  const d = new FactDigest();
  for (const fact of rowFacts(db)) d.toggle(fact);
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
    const before = new Map<string, Derived>();
    const after = new Map<string, Derived>();
    for (const event of entityFactEvents(db, entity, entityId)) {
      if (event.seq <= from.seq) applyEvent(before, event);
      applyEvent(after, event);
    }
    const key = eventKey({ seq: 0, action: '', entity, entityId, data: null });
    if (key === null) continue;
    const old = before.get(key);
    const now = after.get(key);
    if (old) d.toggle(old.fact);
    if (now) d.toggle(now.fact);
  }
  return d.hex();
}
