import { describe, expect, it } from 'vitest';
import { ledgerWithDataAt, upgradeWithData, versionOf } from '../../../tests/support/migrations';
import { migrate } from './open';
import { m018PassportNationality } from './migrations/018-passport-nationality';

describe('migration 018 (passport nationality)', () => {
  it('leaves every older party and appointment as "not recorded" (NULL), passports included', () => {
    const before = ledgerWithDataAt(versionOf(m018PassportNationality) - 1);
    // A passport party written before this version: its nationality was never asked.
    before
      .prepare(
        `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key)
         VALUES (3, 3, 'RESPONDENT', 'Nguyen Thi Lan', 'PASSPORT', 'B9876543', 'B9876543')`,
      )
      .run();
    migrate(before, versionOf(m018PassportNationality));
    expect(before.prepare('SELECT DISTINCT nationality FROM parties').pluck().all()).toEqual([null]);
    expect(before.prepare("SELECT nationality FROM parties WHERE id_type = 'PASSPORT'").pluck().all()).toEqual([null]);
    expect(before.prepare('SELECT DISTINCT nationality FROM appointments').pluck().all()).toEqual([null]);
  });

  it('keeps the rows, takes a three-letter code and nothing else, and appointments stay undeletable', () => {
    const db = upgradeWithData(m018PassportNationality);
    db.prepare("UPDATE appointments SET nationality = 'IDN' WHERE id = 1").run();
    for (const bad of ['ID', 'idn', 'INDONESIA', '', 'ID1']) {
      expect(() => db.prepare('UPDATE appointments SET nationality = ? WHERE id = 1').run(bad), bad).toThrow(/CHECK/);
    }
    expect(() =>
      db
        .prepare(
          `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key, nationality)
           VALUES (3, 3, 'RESPONDENT', 'Nguyen Thi Lan', 'PASSPORT', 'B9876543', 'B9876543', 'Vietnam')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(
      `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key, nationality)
       VALUES (3, 3, 'RESPONDENT', 'Nguyen Thi Lan', 'PASSPORT', 'B9876543', 'B9876543', 'VNM')`,
    ).run();
    expect(db.prepare("SELECT nationality FROM parties WHERE name = 'Nguyen Thi Lan'").pluck().get()).toBe('VNM');
    expect(() => db.prepare('DELETE FROM appointments WHERE id = 1').run()).toThrow(/never deleted/);
  });
});
