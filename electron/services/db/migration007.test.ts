import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { floorOf, raiseFloor } from '../series/floors';
import { m007AuditCheckpoints } from './migrations/007-audit-checkpoints';

describe('migration 007 (audit checkpoints, number floors, receipt segments)', () => {
  it('keeps a version-6 ledger, starting with no checkpoint (the next start checks everything) and no floor', () => {
    const db = upgradeWithData(m007AuditCheckpoints);
    expect(schemaNames(db, 'table')).toEqual(
      expect.arrayContaining(['audit_checkpoints', 'number_floors', 'receipt_segments']),
    );
    for (const table of ['audit_checkpoints', 'number_floors', 'receipt_segments']) {
      expect(db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
  });

  it('holds one floor per series, raised only, and one segment start per number', () => {
    const db = upgradeWithData(m007AuditCheckpoints);
    const at = '2026-12-02T00:40:00.000Z';
    db.transaction(() => raiseFloor(db, 'receipt', 'K1:2026', 10, 'restore', at))();
    db.transaction(() => raiseFloor(db, 'receipt', 'K1:2026', 6, 'restore', at))();
    expect(floorOf(db, 'receipt', 'K1:2026')).toBe(10);
    expect(() => db.prepare("INSERT INTO number_floors VALUES ('case:024/2026', 0, 'x', 'restore')").run()).toThrow(
      /CHECK/,
    );
    db.prepare("INSERT INTO receipt_segments VALUES ('K1', 2026, 10, ?)").run(at);
    expect(() => db.prepare("INSERT INTO receipt_segments VALUES ('K1', 2026, 10, ?)").run(at)).toThrow(
      /UNIQUE|PRIMARY KEY/,
    );
  });
});
