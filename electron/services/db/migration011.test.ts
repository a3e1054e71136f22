import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkEverySeries } from '../series/continuity';
import { clockState } from '../series/clockGuard';
import { planNext, takeNext } from '../series/series';
import { MIGRATIONS } from './migrations';
import { m011NumberSeries } from './migrations/011-number-series';
import { migrate, schemaVersion } from './open';

describe('migration 011 (one number-series mechanism)', () => {
  it('keeps an older ledger’s series valid and seeds the clock guard from its last number', () => {
    const version = MIGRATIONS.indexOf(m011NumberSeries) + 1;
    const db = new Database(':memory:');
    migrate(db, version - 1);
    db.exec(`
      INSERT INTO users (id, name, role, pin_hash, created_at) VALUES (1, 'Penyelia', 'SUPERVISOR', 'x', '2026-11-28T00:00:00Z');
      INSERT INTO case_types (code, name, category, proceeding) VALUES ('024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN');
      INSERT INTO outages (id, sop_option, started_at, opened_by) VALUES (1, 3, '2026-11-28T00:00:00Z', 1);
      INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
        running_number, scope_key, provisional, registered_at, registered_by, outage_id)
        VALUES ('05005-024-0770-2026', 'MANUAL', '024', 'Tuntutan Nafkah Anak', 'MAL', 'SAMAN', '05005', 2026, 770,
        '024/2026', 1, '2026-11-28T01:00:00.000Z', 1, 1);
      INSERT INTO number_series (scope_key, last_number) VALUES ('024/2026', 770);
      INSERT INTO number_segments (scope_key, start_number, started_at) VALUES ('024/2026', 770, '2026-11-28T01:00:00.000Z');
      INSERT INTO appointments (reference, counter_id, year, running_number, person_name, id_type, phone, case_type_code,
        case_type_name, appointment_date, booked_at, booked_by, outage_id)
        VALUES ('JT-K1-2026-0001', 'K1', 2026, 1, 'Siti', 'NONE', '', '024', 'Tuntutan Nafkah Anak', '2026-11-30',
        '2026-11-28T03:00:00.000Z', 1, 1),
        ('JT-K1-2026-0002', 'K1', 2026, 2, 'Aminah', 'NONE', '', '024', 'Tuntutan Nafkah Anak', '2026-11-30',
        '2026-11-28T04:00:00.000Z', 1, 1);
      INSERT INTO appointment_series (counter_id, year, last_number) VALUES ('K1', 2026, 2);
      INSERT INTO exports (seq, exported_at, base_name, pgp_sha256, audit_length, audit_head, case_count, receipt_count,
        total_sen, recipients) VALUES (1, '2026-11-28T02:00:00.000Z', 'E1', 'x', 0, 'x', 1, 0, 0, '{}');
    `);
    migrate(db, version);
    expect(schemaVersion(db)).toBe(version);
    // The series an older version wrote (appointments and exports had no segments) check as before.
    expect(checkEverySeries(db)).toBeNull();
    // The latest number any series issued is where the year check starts.
    expect(db.prepare('SELECT last_number_at AS at FROM numbering_clock').get()).toEqual({
      at: '2026-11-28T04:00:00.000Z',
    });
    expect(clockState(db, new Date('2027-01-04T01:00:00.000Z')).refusal).toContain(
      'Tahun pada jam komputer ini (2027)',
    );
    // A floor on the appointment series now makes a recorded jump in the new table.
    db.prepare(
      "INSERT INTO number_floors (series_key, next_number, set_at, reason) VALUES ('appointment:K1:2026', 10, 'x', 'restore')",
    ).run();
    const plan = planNext(db, 'appointment', 'K1:2026');
    expect(plan).toMatchObject({ number: 10, jump: true });
    db.transaction(() => takeNext(db, plan, '2026-11-28T05:00:00.000Z'))();
    expect(db.prepare('SELECT series_key, start_number FROM series_segments').all()).toEqual([
      { series_key: 'appointment:K1:2026', start_number: 10 },
    ]);
    expect(() => db.prepare('DELETE FROM clock_confirmations').run()).not.toThrow();
    db.prepare(
      "INSERT INTO clock_confirmations (confirmed_at, last_event_at, confirmed_by) VALUES ('2026-11-28T05:00:00.000Z', 'x', 1)",
    ).run();
    expect(() => db.prepare('DELETE FROM clock_confirmations').run()).toThrow(/never deleted/);
  });

  it('leaves the clock guard unseeded on a ledger that has issued nothing', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(db.prepare('SELECT COUNT(*) AS n FROM numbering_clock').get()).toEqual({ n: 0 });
  });
});
