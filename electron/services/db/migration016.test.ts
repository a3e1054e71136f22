import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m016OutageSopPeriods } from './migrations/016-outage-sop-periods';

describe('migration 016 (the SOP option periods of an outage)', () => {
  it('gives every outage already recorded its opening period, and every case and filing its option', () => {
    const db = upgradeWithData(m016OutageSopPeriods);
    const periods = db
      .prepare(
        'SELECT outage_id, sop_option, from_option, started_at, started_by, reason FROM outage_sop_periods ORDER BY id',
      )
      .all();
    const outages = db.prepare('SELECT id, sop_option, started_at, opened_by FROM outages ORDER BY id').all() as {
      id: number;
      sop_option: number;
      started_at: string;
      opened_by: number;
    }[];
    expect(outages.length).toBeGreaterThanOrEqual(3);
    expect(periods).toEqual(
      outages.map((o) => ({
        outage_id: o.id,
        sop_option: o.sop_option,
        from_option: null,
        started_at: o.started_at,
        started_by: o.opened_by,
        reason: null,
      })),
    );
    // Each case and filing written before this version carries its outage's one option.
    const mismatched = (table: string) =>
      db
        .prepare(
          `SELECT COUNT(*) FROM ${table} t JOIN outages o ON o.id = t.outage_id WHERE t.sop_option IS NOT o.sop_option`,
        )
        .pluck()
        .get();
    expect(db.prepare('SELECT COUNT(*) FROM cases').pluck().get()).toBeGreaterThan(0);
    expect(db.prepare('SELECT COUNT(*) FROM filings').pluck().get()).toBeGreaterThan(0);
    expect(mismatched('cases')).toBe(0);
    expect(mismatched('filings')).toBe(0);

    // A period is never deleted or changed; a change must name its reason and differ from the option before.
    expect(schemaNames(db, 'trigger', 'outage_sop_periods')).toEqual([
      'outage_sop_periods_no_delete',
      'outage_sop_periods_no_update',
    ]);
    expect(() => db.prepare('DELETE FROM outage_sop_periods WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE outage_sop_periods SET reason = ? WHERE id = 1').run('x')).toThrow(/never changed/);
    const insert = db.prepare(
      `INSERT INTO outage_sop_periods (outage_id, sop_option, from_option, started_at, started_by, reason)
       VALUES (1, ?, ?, '2026-12-01T01:00:00.000Z', 1, ?)`,
    );
    expect(() => insert.run(2, 1, null)).toThrow(/CHECK/);
    expect(() => insert.run(1, 1, 'Arahan negeri: pilihan sama')).toThrow(/CHECK/);
    expect(() => insert.run(2, 1, 'Arahan negeri: tukar ke Pilihan 2')).not.toThrow();
  });
});
