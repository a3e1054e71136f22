import type { Migration } from './index';

/**
 * The SOP option of an outage may change while it stays open (1 → 2 → 3 as the state decides): each
 * option it has been under is a period, from the moment a supervisor set it, with who, why and from what.
 * `outages.sop_option` stays the current one (what the counter may issue now); every case and filing
 * keeps the option it was issued under in its own `sop_option`, so a later change re-reads nothing.
 * The first period of each outage already here is its opening; the records already here were all
 * issued under their outage's one option.
 */
export const m016OutageSopPeriods: Migration = {
  name: '016-outage-sop-periods',
  up(db) {
    db.exec(`
      CREATE TABLE outage_sop_periods (
        id INTEGER PRIMARY KEY,
        outage_id INTEGER NOT NULL REFERENCES outages(id),
        sop_option INTEGER NOT NULL CHECK (sop_option IN (1,2,3)),
        -- NULL for the period the outage opened with.
        from_option INTEGER CHECK (from_option IN (1,2,3)),
        started_at TEXT NOT NULL,
        started_by INTEGER NOT NULL REFERENCES users(id),
        -- NULL for the opening period (the outage's own note says why it opened).
        reason TEXT,
        CHECK ((from_option IS NULL) = (reason IS NULL)),
        CHECK (from_option IS NULL OR from_option <> sop_option)
      ) STRICT;
      CREATE INDEX outage_sop_periods_outage ON outage_sop_periods (outage_id, id);
      CREATE TRIGGER outage_sop_periods_no_delete BEFORE DELETE ON outage_sop_periods BEGIN
        SELECT RAISE(ABORT, 'SOP option periods are never deleted');
      END;
      CREATE TRIGGER outage_sop_periods_no_update BEFORE UPDATE ON outage_sop_periods BEGIN
        SELECT RAISE(ABORT, 'SOP option periods are never changed');
      END;
      INSERT INTO outage_sop_periods (outage_id, sop_option, from_option, started_at, started_by, reason)
        SELECT id, sop_option, NULL, started_at, opened_by, NULL FROM outages ORDER BY id;

      ALTER TABLE cases ADD COLUMN sop_option INTEGER CHECK (sop_option IN (1,2,3));
      UPDATE cases SET sop_option = (SELECT o.sop_option FROM outages o WHERE o.id = cases.outage_id);
      ALTER TABLE filings ADD COLUMN sop_option INTEGER CHECK (sop_option IN (1,2,3));
      UPDATE filings SET sop_option = (SELECT o.sop_option FROM outages o WHERE o.id = filings.outage_id);
    `);
  },
};
