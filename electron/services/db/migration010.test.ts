import { describe, expect, it } from 'vitest';
import { ledgerWithDataAt, rowsOf, schemaNames, upgradeWithData, versionOf } from '../../../tests/support/migrations';
import { m010DropRedundantPartyIndex } from './migrations/010-drop-redundant-party-index';
import { migrate, schemaVersion } from './open';

const version = versionOf(m010DropRedundantPartyIndex);

function planOf(db: ReturnType<typeof upgradeWithData>): string {
  const rows = db.prepare('EXPLAIN QUERY PLAN SELECT * FROM parties WHERE case_id = ?').all(1) as { detail: string }[];
  return rows.map((r) => r.detail).join('; ');
}

describe('migration 010 (the redundant party index goes)', () => {
  it('keeps every party of a version-9 ledger, still found by case through the (case, position) index', () => {
    const db = upgradeWithData(m010DropRedundantPartyIndex);
    expect(schemaNames(db, 'index', 'parties')).toEqual(['parties_id_key']);
    const unique = (db.pragma('index_list(parties)') as { name: string; unique: number }[]).filter((i) => i.unique);
    expect(unique).toHaveLength(1);
    expect(planOf(db)).toContain(`USING INDEX ${unique[0]?.name}`);
    expect(db.prepare('SELECT COUNT(*) AS n FROM parties WHERE case_id = 1').get()).toEqual({ n: 2 });
  });

  it('upgrades a ledger whose index was already dropped by hand', () => {
    const db = ledgerWithDataAt(version - 1);
    db.exec('DROP INDEX parties_case');
    const before = rowsOf(db);
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    expect(rowsOf(db)).toEqual(before);
  });
});
