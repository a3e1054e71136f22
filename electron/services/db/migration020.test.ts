import { describe, expect, it } from 'vitest';
import { ledgerWithDataAt, schemaNames, upgradeWithData, versionOf } from '../../../tests/support/migrations';
import { m020CourtCounterCases } from './migrations/020-court-counter-cases';
import { migrate } from './open';

function courtCase(db: ReturnType<typeof upgradeWithData>, values: Record<string, unknown>) {
  const base = db.prepare('SELECT * FROM cases ORDER BY id LIMIT 1').get() as Record<string, unknown>;
  const row = {
    ...base,
    id: null,
    case_number: 'JA-05005-001-0099-2026',
    source: 'COURT_COUNTER',
    scope_key: null,
    running_number: null,
    esv3_case_number: null,
    esv3_done_at: null,
    esv3_done_by: null,
    esv2_receipt_number: null,
    origin_counter: 'K1',
    origin_case_id: 7,
    ...values,
  };
  const cols = Object.keys(row);
  return db.prepare(`INSERT INTO cases (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
}

describe('migration 020 (a case of another counter of the court)', () => {
  it('rebuilds cases keeping every row, id, index and trigger, the foreign keys whole', () => {
    const before = ledgerWithDataAt(versionOf(m020CourtCounterCases) - 1);
    const indexes = schemaNames(before, 'index', 'cases');
    const triggers = schemaNames(before, 'trigger', 'cases');
    const db = upgradeWithData(m020CourtCounterCases);
    expect(schemaNames(db, 'index', 'cases')).toEqual([...indexes, 'cases_origin'].sort());
    expect(schemaNames(db, 'trigger', 'cases')).toEqual(
      [...triggers, 'cases_origin_fixed', 'cases_origin_source'].sort(),
    );
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // The old ones still refuse a delete and still feed the search of lawyers' names.
    expect(() => db.prepare('DELETE FROM cases').run()).toThrow();
    expect(db.prepare('SELECT COUNT(*) FROM cases WHERE origin_counter IS NOT NULL').pluck().get()).toBe(0);
  });

  it('takes a COURT_COUNTER case only with its origin, once per origin case, never changed', () => {
    const db = upgradeWithData(m020CourtCounterCases);
    courtCase(db, {});
    expect(() => courtCase(db, { case_number: 'X-2' })).toThrow(/UNIQUE/);
    expect(() => courtCase(db, { case_number: 'X-3', origin_counter: null, origin_case_id: null })).toThrow(/origin/);
    expect(() => courtCase(db, { case_number: 'X-4', source: 'ESV3_EXISTING', origin_case_id: 8 })).toThrow(/origin/);
    expect(() => courtCase(db, { case_number: 'X-5', origin_counter: 'Z1', origin_case_id: 9 })).toThrow(/CHECK/);
    expect(() =>
      courtCase(db, { case_number: 'X-6', source: 'OTHER', origin_counter: null, origin_case_id: null }),
    ).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE cases SET origin_counter = 'K3' WHERE source = 'COURT_COUNTER'").run()).toThrow(
      /never changed/,
    );
    expect(() => db.prepare("UPDATE cases SET source = 'MANUAL' WHERE source = 'COURT_COUNTER'").run()).toThrow(
      /never changed/,
    );
  });

  it('leaves the foreign keys on when the rebuild fails half-way', () => {
    const db = ledgerWithDataAt(versionOf(m020CourtCounterCases) - 1);
    db.exec('CREATE TABLE cases_020 (x)'); // the name the rebuild needs is taken: the migration throws
    expect(() => migrate(db, versionOf(m020CourtCounterCases))).toThrow();
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'cases'").pluck().get()).toBe(1);
  });
});
