import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m017AppointmentSessions } from './migrations/017-appointment-sessions';

describe('migration 017 (appointment sessions, a corrected no-show)', () => {
  it('keeps older appointments as "the whole day" (their slip named the date only)', () => {
    const db = upgradeWithData(m017AppointmentSessions);
    expect(
      db
        .prepare(
          `SELECT reference, status, session, session_start, session_end, no_show_corrected_at
             FROM appointments WHERE id IN (1, 2) ORDER BY id`,
        )
        .all(),
    ).toEqual([
      {
        reference: 'JT-K1-2026-0001',
        status: 'BOOKED',
        session: null,
        session_start: '08:30',
        session_end: '16:30',
        no_show_corrected_at: null,
      },
      {
        reference: 'JT-K1-2026-0002',
        status: 'CANCELLED',
        session: null,
        session_start: '08:30',
        session_end: '16:30',
        no_show_corrected_at: null,
      },
    ]);
  });

  it('takes only the two sessions, keeps appointments undeletable, and indexes the day by session', () => {
    const db = upgradeWithData(m017AppointmentSessions);
    expect(() => db.prepare("UPDATE appointments SET session = 'MALAM' WHERE id = 1").run()).toThrow(/CHECK/);
    db.prepare("UPDATE appointments SET session = 'PETANG' WHERE id = 1").run();
    expect(() => db.prepare('DELETE FROM appointments WHERE id = 1').run()).toThrow(/never deleted/);
    expect(() => db.prepare('UPDATE appointments SET no_show_corrected_by = 99 WHERE id = 1').run()).toThrow(
      /FOREIGN KEY/,
    );
    expect(schemaNames(db, 'index', 'appointments')).toContain('appointments_date');
    const columns = db.prepare("SELECT name FROM pragma_index_info('appointments_date')").pluck().all();
    expect(columns).toEqual(['appointment_date', 'session', 'status']);
  });
});
