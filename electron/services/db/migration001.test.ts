import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/ledger';
import { expectLedgerSound, ledgerAt, schemaNames, versionOf, writeRowsOf } from '../../../tests/support/migrations';
import { m001Initial } from './migrations/001-initial';
import { openDatabase, schemaVersion, type Db } from './open';

const version = versionOf(m001Initial);

/** The columns of each unique index of a table, as SQLite enforces them. */
function uniqueKeys(db: Db, table: string): string[][] {
  const indexes = db.pragma(`index_list(${table})`) as { name: string; unique: number }[];
  return indexes
    .filter((i) => i.unique === 1)
    .map((i) => (db.pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name))
    .sort();
}

describe('migration 001 (the first ledger)', () => {
  it('makes a court ledger from an empty file: its tables (strict), indexes and triggers, on a durable connection', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, 'kaunter.sqlite'), { targetVersion: version });
    expect(schemaVersion(db)).toBe(version);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    const records = [
      'audit_events',
      'case_types',
      'cases',
      'court',
      'esv3_last_numbers',
      'number_segments',
      'number_series',
      'outages',
      'parties',
      'users',
    ];
    expect(schemaNames(db, 'table')).toEqual(
      [
        ...records,
        'party_names',
        'party_names_config',
        'party_names_data',
        'party_names_docsize',
        'party_names_idx',
      ].sort(),
    );
    // Every record table refuses a value of the wrong type (a text in a sen amount, a number as a name).
    const strict = (db.pragma('table_list') as { name: string; strict: number }[]).filter((t) => t.strict === 1);
    expect(strict.map((t) => t.name).sort()).toEqual(records);

    expect(schemaNames(db, 'index')).toEqual([
      'audit_entity',
      'cases_outage',
      'cases_registered_at',
      'outages_one_open',
      'parties_case',
      'parties_id_key',
    ]);
    expect(uniqueKeys(db, 'cases')).toEqual([['case_number'], ['scope_key', 'running_number']]);
    expect(uniqueKeys(db, 'parties')).toEqual([['case_id', 'position']]);
    expect(uniqueKeys(db, 'audit_events')).toEqual([['hash']]);
    expect(schemaNames(db, 'trigger')).toEqual([
      'audit_no_delete',
      'audit_no_update',
      'cases_no_delete',
      'parties_fts_insert',
      'parties_fts_update',
      'parties_no_delete',
    ]);
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds a day of registrations and refuses what would lose or rewrite one', () => {
    const db = ledgerAt(version);
    writeRowsOf(db, m001Initial);
    expectLedgerSound(db);

    expect(() => db.prepare('DELETE FROM cases WHERE id = 2').run()).toThrow(/cases are never deleted/);
    expect(() => db.prepare('DELETE FROM parties WHERE case_id = 2').run()).toThrow(/parties are never deleted/);
    expect(() => db.prepare("UPDATE audit_events SET data = '{}' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_events WHERE seq = 4').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 3 });

    // One number of a series is one case; one outage open at a time; one court per ledger.
    expect(() =>
      db
        .prepare(
          `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code,
             year, running_number, scope_key, provisional, registered_at, registered_by, outage_id)
           VALUES ('05005-024-0770-2026-B', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 770,
             '024/2026', 1, '2026-11-28T02:00:00.000Z', 2, 1)`,
        )
        .run(),
    ).toThrow(/UNIQUE constraint failed: cases.scope_key, cases.running_number/);
    expect(() =>
      db
        .prepare("INSERT INTO outages (sop_option, started_at, opened_by) VALUES (1, '2026-11-28T02:00:00.000Z', 1)")
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          "INSERT INTO court VALUES (2, '05', '006', 'MRS Kuala Pilah', 'MRS', 'K1', '{run:4}', 'COURT_YEAR', 1, NULL, 'x')",
        )
        .run(),
    ).toThrow(/CHECK/);
    // A case of an outage that was never opened, or by a user who does not exist, is refused.
    expect(() =>
      db
        .prepare(
          `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code,
             provisional, registered_at, registered_by, outage_id)
           VALUES ('05005-024-0900-2026', 'ESV3_EXISTING', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 0,
             '2026-11-28T02:00:00.000Z', 2, 9)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);

    // The name search follows a party's name as it is corrected.
    const found = (word: string) =>
      (db.prepare('SELECT rowid AS id FROM party_names WHERE party_names MATCH ?').all(word) as { id: number }[]).map(
        (r) => r.id,
      );
    const aisyah = (db.prepare("SELECT id FROM parties WHERE name LIKE 'Siti Aisyah%'").get() as { id: number }).id;
    expect(found('aisyah')).toEqual([aisyah]);
    db.prepare("UPDATE parties SET name = 'Siti Aishah binti Yusof' WHERE id = ?").run(aisyah);
    expect(found('aisyah')).toEqual([]);
    expect(found('aishah')).toEqual([aisyah]);
    expectLedgerSound(db);
  });
});
