import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData, versionOf } from '../../../tests/support/migrations';
import { m002Payments } from './migrations/002-payments';

const RECEIPT = `INSERT INTO receipts (receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by,
  case_id, case_number, payer_name, method, total_sen, amount_in_words) VALUES (?, 'K1', 2026, ?, '2026-11-28',
  '2026-11-28T02:00:00.000Z', 2, ?, '05005-017-0042-2026', 'Zaleha binti Md Noor', 'CASH', 2900,
  'Ringgit Malaysia Dua Puluh Sembilan Sahaja')`;

describe('migration 002 (payments)', () => {
  it('keeps the cases, parties and audit of a version-1 ledger and adds the receipt tables', () => {
    const db = upgradeWithData(m002Payments);
    expect(versionOf(m002Payments)).toBeGreaterThan(1);
    expect(schemaNames(db, 'table')).toEqual(
      expect.arrayContaining([
        'court_settings',
        'day_closes',
        'default_fee_lines',
        'fee_items',
        'receipt_items',
        'receipt_series',
        'receipts',
      ]),
    );
    expect(schemaNames(db, 'index', 'receipts')).toEqual(['receipts_case', 'receipts_day']);
    expect(db.prepare('SELECT case_number FROM cases ORDER BY id').all()).toEqual([
      { case_number: '05005-024-0770-2026' },
      { case_number: '05005-024-0771-2026' },
      { case_number: '05005-017-0042-2026' },
    ]);
  });

  it('fixes what an issued receipt says about money: cancelled, never rewritten or deleted', () => {
    const db = upgradeWithData(m002Payments);
    const id = Number(db.prepare(RECEIPT).run('05005-K1-2026-000001', 1, 3).lastInsertRowid);
    db.prepare(
      "INSERT INTO receipt_items VALUES (?, 1, 'SAMAN_MRS', 'Saman dan Pernyataan Tuntutan (Mahkamah Rendah Syariah)', 1, 2900, NULL)",
    ).run(id);
    for (const change of [
      'total_sen = 1',
      "method = 'CARD'",
      "payer_name = 'Orang lain'",
      "receipt_number = 'X'",
      "issued_at = 'x'",
      'case_id = 1',
    ]) {
      expect(() => db.prepare(`UPDATE receipts SET ${change}`).run(), change).toThrow(/cancelled, never rewritten/);
    }
    expect(() => db.prepare('DELETE FROM receipts').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE receipt_items SET amount_sen = 0').run()).toThrow(/never changed/);
    expect(() => db.prepare('DELETE FROM receipt_items').run()).toThrow(/never deleted/);
    // Cancelling is how a receipt ends, with who and why.
    db.prepare(
      "UPDATE receipts SET status = 'CANCELLED', cancelled_at = '2026-11-28T02:05:00.000Z', cancelled_by = 1, cancel_reason = 'Salah nama' WHERE id = ?",
    ).run(id);
    expect(db.prepare('SELECT status, total_sen FROM receipts WHERE id = ?').get(id)).toEqual({
      status: 'CANCELLED',
      total_sen: 2900,
    });
    // One number per counter and year; a receipt names a case this ledger holds.
    expect(() => db.prepare(RECEIPT).run('05005-K1-2026-000001-B', 1, 3)).toThrow(/UNIQUE/);
    expect(() => db.prepare(RECEIPT).run('05005-K1-2026-000002', 2, 99)).toThrow(/FOREIGN KEY/);
    db.prepare(
      `INSERT INTO day_closes VALUES ('2026-11-28', 'K1', '2026-11-28T09:00:00.000Z', 2, 1, 0, 0, 0, NULL, NULL, 0, 1, NULL)`,
    ).run();
    expect(() => db.prepare('DELETE FROM day_closes').run()).toThrow(/never deleted/);
  });
});
