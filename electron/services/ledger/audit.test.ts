import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { freshLedger } from '../../../tests/support/ledger';
import fc from 'fast-check';
import { appendAudit, GENESIS_HASH, hashEvent, rowToEvent, verifyChain } from './audit';
import { canonicalJson } from '@shared/canonicalJson';
import type { Db } from '../db/open';

function addEvents(db: Db, count: number): void {
  for (let i = 0; i < count; i++) {
    db.transaction(() =>
      appendAudit(db, {
        at: `2026-11-28T01:00:0${i}.000Z`,
        actor: 'user:1',
        action: 'case.register',
        entity: 'case',
        entityId: i + 1,
        data: { caseNumber: `05005-024-077${i}-2026`, name: "Nor'ain binti Abdullah", amount: 2500 },
      }),
    )();
  }
}

/** What an attacker with the sqlite3 shell would do: lift the append-only guard first. */
function unguard(db: Db): void {
  db.exec('DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;');
}

describe('audit chain', () => {
  it('writes each event hashed exactly as the canonical JSON of the event (any data)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (data, actor) => {
        const { db } = freshLedger();
        appendAudit(db, { at: '2026-11-28T01:00:00.000Z', actor, action: 'x.y', entity: 'case', entityId: 7, data });
        const row = db.prepare('SELECT * FROM audit_events WHERE seq = 1').get() as Parameters<typeof rowToEvent>[0];
        const { hash, ...unsigned } = rowToEvent(row);
        expect(hash).toBe(hashEvent(unsigned));
        db.close();
      }),
      { numRuns: 60 },
    );
  });

  it('links each event to the one before and hashes the canonical JSON without the hash', () => {
    const { db } = freshLedger();
    addEvents(db, 3);
    const rows = db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as Record<string, unknown>[];
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3]);
    expect(rows[0]?.prev).toBe(GENESIS_HASH);
    expect(rows[1]?.prev).toBe(rows[0]?.hash);
    // Recompute the first hash by hand, as ICT would in any language.
    const first = rows[0] as Record<string, string | number>;
    const canonical =
      `{"action":"case.register","actor":"user:1","at":"${first.at}",` +
      `"data":{"amount":2500,"caseNumber":"05005-024-0770-2026","name":"Nor'ain binti Abdullah"},` +
      `"entity":"case","entityId":"1","prev":"${GENESIS_HASH}","seq":1}`;
    expect(first.hash).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'));
    expect(verifyChain(db)).toMatchObject({ ok: true, length: 3, head: rows[2]?.hash });
  });

  it('refuses edits and deletions in the database itself', () => {
    const { db } = freshLedger();
    addEvents(db, 2);
    expect(() => db.prepare("UPDATE audit_events SET actor = 'user:2' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('detects one changed event', () => {
    const { db } = freshLedger();
    addEvents(db, 5);
    unguard(db);
    db.prepare(`UPDATE audit_events SET data = replace(data, '2500', '25') WHERE seq = 3`).run();
    expect(verifyChain(db)).toMatchObject({ ok: false, seq: 3, problem: 'HASH' });
  });

  it('detects a deleted event', () => {
    const { db } = freshLedger();
    addEvents(db, 5);
    unguard(db);
    db.prepare('DELETE FROM audit_events WHERE seq = 2').run();
    expect(verifyChain(db)).toMatchObject({ ok: false, seq: 2, problem: 'GAP' });
  });

  it('detects a rewritten tail whose hashes were recomputed but not linked', () => {
    const { db } = freshLedger();
    addEvents(db, 3);
    unguard(db);
    db.prepare(`UPDATE audit_events SET prev = ? WHERE seq = 3`).run(GENESIS_HASH);
    expect(verifyChain(db)).toMatchObject({ ok: false, seq: 3, problem: 'PREV' });
  });

  it('accepts an empty chain', () => {
    const { db } = freshLedger();
    expect(verifyChain(db)).toEqual({ ok: true, length: 0, head: GENESIS_HASH, lastAt: null });
  });
});

describe('hashEvent', () => {
  const general = (event: unknown) => createHash('sha256').update(canonicalJson(event), 'utf8').digest('hex');
  const event = {
    seq: 7,
    at: '2026-12-03T06:00:00.000Z',
    actor: 'user:1',
    action: 'case.register',
    entity: 'case',
    entityId: '12',
    data: { z: 1, a: ['é', { y: null, b: true }] },
    prev: GENESIS_HASH,
  };

  it('hashes the canonical JSON of the event, whatever its fields and their order', () => {
    const reversed = Object.fromEntries(Object.entries(event).reverse()) as typeof event;
    const cases: unknown[] = [
      event,
      reversed,
      { ...event, entityId: 12 },
      { ...event, extra: 'x' },
      { ...event, data: undefined },
      { ...event, data: null },
      { ...event, seq: '7' },
      (({ prev: _prev, ...rest }) => rest)(event),
    ];
    for (const e of cases) expect(hashEvent(e as Parameters<typeof hashEvent>[0])).toBe(general(e));
  });

  it('matches the general serialiser on generated events', () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: fc.integer(),
          at: fc.string(),
          actor: fc.string(),
          action: fc.string(),
          entity: fc.string(),
          entityId: fc.oneof(fc.string(), fc.integer()),
          data: fc.jsonValue(),
          prev: fc.string(),
        }),
        (e) => {
          expect(hashEvent(e as Parameters<typeof hashEvent>[0])).toBe(general(e));
        },
      ),
    );
  });
});
