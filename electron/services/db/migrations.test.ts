import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/ledger';
import { LATEST_VERSION, migrate, openDatabase, schemaVersion } from './open';

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('takes an empty database (version 0) to the latest version, recording user_version', () => {
    const db = new Database(':memory:');
    expect(schemaVersion(db)).toBe(0);
    migrate(db, 1);
    expect(schemaVersion(db)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'audit_events',
        'cases',
        'court',
        'esv3_last_numbers',
        'number_series',
        'outages',
        'parties',
        'users',
      ]),
    );
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(tables(db)).toEqual(expect.arrayContaining(['receipts', 'sign_in_guard']));
  });

  it('002 (payments) keeps the cases and audit of a version-1 ledger and adds the receipt tables', () => {
    const db = new Database(':memory:');
    migrate(db, 1);
    db.exec(`
      INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (1, 'Penyelia', 'SUPERVISOR', 'x', '2026-11-28T00:00:00Z');
      INSERT INTO case_types (code, name, category, proceeding) VALUES ('024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN');
      INSERT INTO outages (id, sop_option, started_at, opened_by) VALUES (1, 1, '2026-11-28T00:00:00Z', 1);
      INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
        running_number, scope_key, provisional, registered_at, registered_by, outage_id)
        VALUES ('05005-024-0770-2026', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 770,
        '024/2026', 1, '2026-11-28T01:00:00Z', 1, 1);
    `);
    migrate(db, 2);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT case_number FROM cases').all()).toEqual([{ case_number: '05005-024-0770-2026' }]);
    expect(tables(db)).toEqual(
      expect.arrayContaining(['receipts', 'receipt_items', 'fee_items', 'day_closes', 'court_settings']),
    );
    db.prepare(
      `INSERT INTO receipts (receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by, case_id,
         payer_name, method, total_sen, amount_in_words) VALUES ('05005-K1-2026-000001', 'K1', 2026, 1, '2026-11-28',
         '2026-11-28T01:00:00Z', 1, 1, 'Siti', 'CASH', 2900, 'Ringgit Malaysia Dua Puluh Sembilan Sahaja')`,
    ).run();
    expect(() => db.prepare('UPDATE receipts SET total_sen = 1').run()).toThrow(/cancelled, never rewritten/);
    expect(() => db.prepare('DELETE FROM receipts').run()).toThrow(/never deleted/);
  });

  it('is idempotent: opening an up-to-date database changes nothing', () => {
    const file = join(tempDir(), 'k.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    db.close();
  });

  it('refuses a database written by a newer app, and leaves it untouched', () => {
    const file = join(tempDir(), 'k.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/versi aplikasi yang lebih baharu/);
    const again = new Database(file);
    expect(schemaVersion(again)).toBe(LATEST_VERSION + 1);
    expect(tables(again)).toEqual([]);
    again.close();
  });

  it('sets WAL and synchronous=FULL on every connection it opens', () => {
    const file = join(tempDir(), 'k.sqlite');
    openDatabase(file).close();
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });
});
