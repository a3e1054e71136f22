import type { Migration } from './index';

export const m014MoneyAndDayReopen: Migration = {
  name: '014-money-and-day-reopen',
  up(db) {
    db.exec(`
      -- Bank Negara's rounding of a cash total to 5 sen: what was added to (or taken off) the lines' total,
      -- -2 to +2 sen. The money received is total_sen + rounding_sen. 0 on receipts issued before this version.
      ALTER TABLE receipts ADD COLUMN rounding_sen INTEGER NOT NULL DEFAULT 0 CHECK (rounding_sen BETWEEN -2 AND 2);

      -- A fee whose amount the clerk types on each receipt (jaminan, deposits, nafkah paid through the
      -- court), within min_sen and max_sen. 0: the fixed amount_sen × quantity, as every fee before this version.
      ALTER TABLE fee_items ADD COLUMN amount_typed INTEGER NOT NULL DEFAULT 0 CHECK (amount_typed IN (0,1));
      ALTER TABLE fee_items ADD COLUMN min_sen INTEGER CHECK (min_sen >= 0);
      ALTER TABLE fee_items ADD COLUMN max_sen INTEGER CHECK (max_sen >= min_sen);

      -- A day closed, reopened by a supervisor and closed again keeps every close: version 1 is the first
      -- statement signed, each later close the next version. Rows before this version are version 1.
      CREATE TABLE day_closes_v (
        court_date TEXT NOT NULL,
        counter_id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        closed_at TEXT NOT NULL,
        prepared_by INTEGER NOT NULL REFERENCES users(id),
        checked_by INTEGER NOT NULL REFERENCES users(id),
        cash_counted_sen INTEGER NOT NULL CHECK (cash_counted_sen >= 0),
        cash_expected_sen INTEGER NOT NULL,
        total_sen INTEGER NOT NULL,
        first_receipt_number TEXT,
        last_receipt_number TEXT,
        issued_count INTEGER NOT NULL,
        cancelled_count INTEGER NOT NULL,
        pdf_sha256 TEXT,
        -- Why the cash counted is not what the receipts say (NULL when it is, and on closes before this version).
        difference_note TEXT,
        PRIMARY KEY (court_date, counter_id, version)
      ) STRICT;
      INSERT INTO day_closes_v (court_date, counter_id, version, closed_at, prepared_by, checked_by, cash_counted_sen,
          cash_expected_sen, total_sen, first_receipt_number, last_receipt_number, issued_count, cancelled_count,
          pdf_sha256)
        SELECT court_date, counter_id, 1, closed_at, prepared_by, checked_by, cash_counted_sen, cash_expected_sen,
          total_sen, first_receipt_number, last_receipt_number, issued_count, cancelled_count, pdf_sha256
        FROM day_closes;
      DROP TABLE day_closes;
      ALTER TABLE day_closes_v RENAME TO day_closes;
      CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN
        SELECT RAISE(ABORT, 'day closes are never deleted');
      END;
      -- Only the statement's PDF fingerprint is filled in after the close.
      CREATE TRIGGER day_closes_signed BEFORE UPDATE OF court_date, counter_id, version, closed_at, prepared_by,
          checked_by, cash_counted_sen, cash_expected_sen, total_sen, difference_note ON day_closes BEGIN
        SELECT RAISE(ABORT, 'a day close is reopened and closed again, never rewritten');
      END;

      -- A supervisor reopening a closed day (close version n) with a reason; the day is closed while it has
      -- more closes than reopens.
      CREATE TABLE day_reopens (
        court_date TEXT NOT NULL,
        counter_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        reopened_at TEXT NOT NULL,
        reopened_by INTEGER NOT NULL REFERENCES users(id),
        approved_by INTEGER NOT NULL REFERENCES users(id),
        reason TEXT NOT NULL,
        PRIMARY KEY (court_date, counter_id, version),
        FOREIGN KEY (court_date, counter_id, version) REFERENCES day_closes (court_date, counter_id, version)
      ) STRICT;
      CREATE TRIGGER day_reopens_no_delete BEFORE DELETE ON day_reopens BEGIN
        SELECT RAISE(ABORT, 'day reopens are never deleted');
      END;
      CREATE TRIGGER day_reopens_no_update BEFORE UPDATE ON day_reopens BEGIN
        SELECT RAISE(ABORT, 'day reopens are never changed');
      END;
    `);
  },
};
