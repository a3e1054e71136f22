import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HijriCalendar, SHIPPED_HIJRI_CORRECTIONS, checkHijriCorrections } from '@shared/calendar/hijri';
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
});
