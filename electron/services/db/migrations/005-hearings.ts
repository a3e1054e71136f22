import type { Migration } from './index';

/**
 * Hearing and mention dates set at the counter, and the court's table of Hijri month starts that
 * corrects Intl's Umm al-Qura calendar on documents (shipped with the months the SOP's own date needs).
 */
export const m005Hearings: Migration = {
  name: '005-hearings',
  up(db) {
    db.exec(`
      -- A date given to a case: never deleted; a later date for the same case is a new row.
      CREATE TABLE hearings (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL CHECK (kind IN ('SEBUTAN','PERBICARAAN')),
        date TEXT NOT NULL,
        time TEXT NOT NULL,
        room TEXT NOT NULL,
        set_at TEXT NOT NULL,
        set_by INTEGER NOT NULL REFERENCES users(id),
        override_reason TEXT,
        override_by INTEGER REFERENCES users(id)
      ) STRICT;
      CREATE INDEX hearings_case ON hearings (case_id);
      CREATE INDEX hearings_day ON hearings (date, room);
      CREATE TRIGGER hearings_no_delete BEFORE DELETE ON hearings BEGIN
        SELECT RAISE(ABORT, 'hearings are never deleted');
      END;

      -- Hijri year + month → the Gregorian date of its 1st day, overriding Intl's Umm al-Qura.
      CREATE TABLE hijri_month_starts (
        hijri_year INTEGER NOT NULL,
        hijri_month INTEGER NOT NULL CHECK (hijri_month BETWEEN 1 AND 12),
        starts_on TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by INTEGER REFERENCES users(id),
        PRIMARY KEY (hijri_year, hijri_month)
      ) STRICT;
      INSERT INTO hijri_month_starts (hijri_year, hijri_month, starts_on, changed_at, changed_by) VALUES
        (1444, 2, '2022-08-29', '2022-12-20T00:00:00.000Z', NULL),
        (1444, 3, '2022-09-28', '2022-12-20T00:00:00.000Z', NULL),
        (1444, 4, '2022-10-27', '2022-12-20T00:00:00.000Z', NULL);
    `);
  },
};
