import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m014MoneyAndDayReopen } from './migrations/014-money-and-day-reopen';

describe('migration 014 (money limits, rounding, typed amounts, day reopen)', () => {
  it('keeps the closes, receipts and fees of an older ledger, the first close as version 1', () => {
    const db = upgradeWithData(m014MoneyAndDayReopen);
    expect(
      db.prepare('SELECT court_date, counter_id, version, cash_counted_sen, difference_note FROM day_closes').all(),
    ).toEqual([
      { court_date: '2026-11-28', counter_id: 'K1', version: 1, cash_counted_sen: 2900, difference_note: null },
    ]);
    expect(db.prepare('SELECT DISTINCT rounding_sen FROM receipts').all()).toEqual([{ rounding_sen: 0 }]);
    expect(db.prepare('SELECT DISTINCT amount_typed, min_sen, max_sen FROM fee_items').all()).toEqual([
      { amount_typed: 0, min_sen: null, max_sen: null },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM day_reopens').get()).toEqual({ n: 0 });
  });

  it('keeps what was signed: closes and reopens are never deleted or rewritten', () => {
    const db = upgradeWithData(m014MoneyAndDayReopen);
    expect(schemaNames(db, 'trigger', 'day_closes')).toEqual(['day_closes_no_delete', 'day_closes_signed']);
    expect(() => db.prepare('DELETE FROM day_closes').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE day_closes SET cash_counted_sen = 0').run()).toThrow(/never rewritten/);
    db.prepare("UPDATE day_closes SET pdf_sha256 = 'abc' WHERE version = 1").run();
    db.prepare(
      `INSERT INTO day_reopens VALUES ('2026-11-28', 'K1', 1, '2026-11-28T09:30:00.000Z', 2, 1,
        'Resit lewat perlu dikeluarkan')`,
    ).run();
    expect(() => db.prepare('DELETE FROM day_reopens').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE day_reopens SET reason = 'x'").run()).toThrow(/never changed/);
    // A reopen names a close that exists.
    expect(() =>
      db.prepare(`INSERT INTO day_reopens VALUES ('2026-11-29', 'K1', 1, 'x', 2, 1, 'Tiada penutupan')`).run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('UPDATE receipts SET rounding_sen = 3 WHERE id = 2').run()).toThrow(/CHECK/);
  });
});
