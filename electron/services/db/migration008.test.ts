import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m008OutageCloseKind } from './migrations/008-outage-close-kind';

describe('migration 008 (why an outage was closed)', () => {
  it('keeps the outages of a version-7 ledger: the one closed before stays without a kind, the open one stays open', () => {
    const db = upgradeWithData(m008OutageCloseKind);
    expect(db.prepare('SELECT id, sop_option, closed_at, close_kind FROM outages ORDER BY id').all()).toEqual([
      { id: 1, sop_option: 1, closed_at: '2026-12-01T02:00:00.000Z', close_kind: null },
      { id: 2, sop_option: 3, closed_at: null, close_kind: null },
    ]);
    // Adding the column kept the rule of one open outage at a time.
    expect(schemaNames(db, 'index', 'outages')).toEqual(['outages_one_open']);
    expect(() =>
      db
        .prepare("INSERT INTO outages (sop_option, started_at, opened_by) VALUES (1, '2026-12-03T01:00:00.000Z', 1)")
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE outages SET close_kind = 'PULIH' WHERE id = 2").run()).toThrow(/CHECK/);
    db.prepare(
      "UPDATE outages SET closed_at = '2026-12-03T00:30:00.000Z', closed_by = 1, close_kind = 'ESV3_PULIH' WHERE id = 2",
    ).run();
    db.prepare(
      "INSERT INTO outages (sop_option, started_at, opened_by) VALUES (1, '2026-12-03T01:00:00.000Z', 1)",
    ).run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM outages WHERE closed_at IS NULL').get()).toEqual({ n: 1 });
  });
});
