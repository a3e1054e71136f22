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
