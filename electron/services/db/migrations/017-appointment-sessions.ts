import type { Migration } from './index';

/**
 * Appointments in sessions (pagi, petang) with the times the slip gave, and a mistaken "tidak hadir"
 * corrected on the row itself (who, when, why) so the mark and its correction both stay on record.
 */
export const m017AppointmentSessions: Migration = {
  name: '017-appointment-sessions',
  up(db) {
    db.exec(`
      -- The session booked. NULL: booked before sessions existed, when the slip named the date only
      -- (the person may come any time that day; such a row counts against the pagi session's room).
      ALTER TABLE appointments ADD COLUMN session TEXT CHECK (session IN ('PAGI','PETANG'));
      -- The session's times as told to the person (HH:MM, court time); the whole counter day for an
      -- older row, so "tidak hadir" waits until the day is over.
      ALTER TABLE appointments ADD COLUMN session_start TEXT NOT NULL DEFAULT '08:30';
      ALTER TABLE appointments ADD COLUMN session_end TEXT NOT NULL DEFAULT '16:30';
      -- A "tidak hadir" marked by mistake and corrected: the row is BOOKED again and keeps who marked it,
      -- when, and the correction's reason; the audit log holds both events.
      ALTER TABLE appointments ADD COLUMN no_show_marked_at TEXT;
      ALTER TABLE appointments ADD COLUMN no_show_marked_by INTEGER REFERENCES users(id);
      ALTER TABLE appointments ADD COLUMN no_show_corrected_at TEXT;
      ALTER TABLE appointments ADD COLUMN no_show_corrected_by INTEGER REFERENCES users(id);
      ALTER TABLE appointments ADD COLUMN no_show_correction_reason TEXT;
      DROP INDEX appointments_date;
      CREATE INDEX appointments_date ON appointments (appointment_date, session, status);
    `);
  },
};
