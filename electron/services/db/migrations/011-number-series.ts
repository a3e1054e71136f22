import type { Migration } from './index';

/**
 * One number-series mechanism for every gapless series (electron/services/series/). The case and
 * receipt series keep their tables; the series that had none get what the mechanism needs.
 */
export const m011NumberSeries: Migration = {
  name: '011-number-series',
  up(db) {
    db.exec(`
      -- Where a series without its own segment table (appointment references, the export sequence)
      -- starts or jumps over numbers a restore left behind: the checks accept a gap only before one.
      -- Key: '<kind>:<series key>', as in number_floors.
      CREATE TABLE series_segments (
        series_key TEXT NOT NULL,
        start_number INTEGER NOT NULL CHECK (start_number >= 1),
        started_at TEXT NOT NULL,
        PRIMARY KEY (series_key, start_number)
      ) STRICT;

      -- A supervisor's word that the computer's date is right, given when numbering stopped because the
      -- clock read earlier than the last record or another year than the last number (clock guard).
      CREATE TABLE clock_confirmations (
        id INTEGER PRIMARY KEY,
        confirmed_at TEXT NOT NULL,
        last_event_at TEXT NOT NULL,
        confirmed_by INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;
      CREATE TRIGGER clock_confirmations_no_delete BEFORE DELETE ON clock_confirmations BEGIN
        SELECT RAISE(ABORT, 'clock confirmations are never deleted');
      END;

      -- The time of the last number any series issued, or of the date a supervisor last confirmed: a
      -- number in another year than this one waits for a supervisor (a clock a year off, or a new year).
      CREATE TABLE numbering_clock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        last_number_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO numbering_clock (id, last_number_at)
        SELECT 1, MAX(at) FROM (
          SELECT MAX(registered_at) AS at FROM cases WHERE scope_key IS NOT NULL
          UNION ALL SELECT MAX(issued_at) FROM receipts
          UNION ALL SELECT MAX(booked_at) FROM appointments
          UNION ALL SELECT MAX(exported_at) FROM exports)
        HAVING MAX(at) IS NOT NULL;

      -- The clock guard asks for the latest time any event recorded (a sign-in on a clock set back
      -- writes an event with an earlier time, so the last event by sequence is not enough).
      CREATE INDEX audit_events_at ON audit_events (at);
    `);
  },
};
