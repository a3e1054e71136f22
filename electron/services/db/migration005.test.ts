import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HijriCalendar, SHIPPED_HIJRI_CORRECTIONS, checkHijriCorrections } from '@shared/calendar/hijri';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m005Hearings } from './migrations/005-hearings';
import { migrate, schemaVersion } from './open';

describe('migration 005 (hearings and the Hijri month starts)', () => {
  it('keeps a version-4 ledger, ships the SOP months, and never deletes a hearing', () => {
    const db = new Database(':memory:');
    migrate(db, 4);
    db.exec(`
      INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (1, 'Penyelia', 'SUPERVISOR', 'x', '2026-11-28T00:00:00Z');
      INSERT INTO case_types (code, name, category, proceeding) VALUES ('024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN');
      INSERT INTO outages (id, sop_option, started_at, opened_by) VALUES (1, 1, '2026-11-28T00:00:00Z', 1);
      INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
        running_number, scope_key, provisional, registered_at, registered_by, outage_id)
        VALUES ('05005-024-0770-2026', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 770,
        '024/2026', 1, '2026-11-28T01:00:00Z', 1, 1);
      INSERT INTO holidays (date, name, added_at, added_by) VALUES ('2026-12-25', 'Hari Krismas', '2026-11-28T00:00:00Z', 1);
    `);
    migrate(db, 5);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT name FROM holidays').all()).toEqual([{ name: 'Hari Krismas' }]);
    const starts = db
      .prepare(
        'SELECT hijri_year AS year, hijri_month AS month, starts_on AS startsOn FROM hijri_month_starts ORDER BY 1, 2',
      )
      .all();
    // The migration's rows are the shipped table, and that table passes its own check.
    expect(starts).toEqual(SHIPPED_HIJRI_CORRECTIONS);
    expect(() => checkHijriCorrections(SHIPPED_HIJRI_CORRECTIONS)).not.toThrow();
    expect(new HijriCalendar(SHIPPED_HIJRI_CORRECTIONS).toHijri('2022-09-30')).toEqual({
      year: 1444,
      month: 3,
      day: 3,
    });

    db.prepare(
      `INSERT INTO hearings (case_id, kind, date, time, room, set_at, set_by) VALUES (1, 'SEBUTAN', '2026-12-07', '09:00', 'Dewan Bicara 1', '2026-11-28T01:00:00Z', 1)`,
    ).run();
    expect(() => db.prepare('DELETE FROM hearings').run()).toThrow(/never deleted/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO hearings (case_id, kind, date, time, room, set_at, set_by) VALUES (1, 'BICARA', '2026-12-07', '09:00', 'D', 'x', 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
  });

  it('keeps every record of a ledger that lived through versions 1 to 4, and indexes hearings by case and by day', () => {
    const db = upgradeWithData(m005Hearings);
    expect(schemaNames(db, 'index', 'hearings')).toEqual(['hearings_case', 'hearings_day']);
    expect(schemaNames(db, 'trigger', 'hearings')).toEqual(['hearings_no_delete']);
    // A hearing names a case and a user this ledger holds.
    const hearing = `INSERT INTO hearings (case_id, kind, date, time, room, set_at, set_by)
      VALUES (?, 'SEBUTAN', '2026-12-07', '09:00', 'Dewan Bicara 1', '2026-11-30T01:00:00.000Z', ?)`;
    expect(() => db.prepare(hearing).run(99, 2)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(hearing).run(1, 99)).toThrow(/FOREIGN KEY/);
    db.prepare(hearing).run(1, 2);
    // The court's own month starts are a table it edits: one row per month.
    expect(() =>
      db.prepare("INSERT INTO hijri_month_starts VALUES (1444, 3, '2022-09-27', '2026-11-30T00:00:00.000Z', 1)").run(),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
  });
});
