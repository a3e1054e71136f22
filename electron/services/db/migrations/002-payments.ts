import type { Migration } from './index';

export const m002Payments: Migration = {
  name: '002-payments',
  up(db) {
    db.exec(`
      -- Settings of the court that shape records but are not numbering: one row per key, JSON values.
      CREATE TABLE court_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- The court's fee schedule. Receipts copy description and amount, so edits never alter them.
      CREATE TABLE fee_items (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      ) STRICT;

      -- Default fee lines: per proceeding ('SAMAN', 'PERMOHONAN') or per case type ('TYPE:024').
      CREATE TABLE default_fee_lines (
        applies_to TEXT NOT NULL,
        position INTEGER NOT NULL,
        fee_code TEXT NOT NULL REFERENCES fee_items(code),
        quantity INTEGER NOT NULL DEFAULT 1 CHECK (quantity >= 1),
        PRIMARY KEY (applies_to, position)
      ) STRICT;

      -- The last running number of each counter's receipt series, per year.
      CREATE TABLE receipt_series (
        counter_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (counter_id, year)
      ) STRICT;

      CREATE TABLE receipts (
        id INTEGER PRIMARY KEY,
        receipt_number TEXT NOT NULL UNIQUE,
        counter_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        running_number INTEGER NOT NULL,
        court_date TEXT NOT NULL,
        issued_at TEXT NOT NULL,
        issued_by INTEGER NOT NULL REFERENCES users(id),
        outage_id INTEGER REFERENCES outages(id),
        case_id INTEGER REFERENCES cases(id),
        case_number TEXT,
        payer_name TEXT NOT NULL,
        payer_id_number TEXT,
        method TEXT NOT NULL CHECK (method IN ('CASH','CHEQUE','MONEY_ORDER','POSTAL_ORDER','CARD','EFT')),
        cheque_bank TEXT,
        method_reference TEXT,
        tendered_sen INTEGER,
        change_sen INTEGER,
        total_sen INTEGER NOT NULL CHECK (total_sen >= 0),
        amount_in_words TEXT NOT NULL,
        kew38_serial TEXT UNIQUE,
        igfmas_ref TEXT,
        ispeks_ref TEXT,
        note TEXT,
        status TEXT NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED','CANCELLED')),
        cancelled_at TEXT,
        cancelled_by INTEGER REFERENCES users(id),
        cancel_reason TEXT,
        replaces_receipt_id INTEGER UNIQUE REFERENCES receipts(id),
        pdf_file TEXT,
        pdf_sha256 TEXT,
        esv3_payment_ref TEXT,
        UNIQUE (counter_id, year, running_number)
      ) STRICT;
      CREATE INDEX receipts_case ON receipts (case_id);
      CREATE INDEX receipts_day ON receipts (court_date, counter_id);

      CREATE TABLE receipt_items (
        receipt_id INTEGER NOT NULL REFERENCES receipts(id),
        line INTEGER NOT NULL,
        fee_code TEXT NOT NULL,
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        exempt_reason TEXT,
        PRIMARY KEY (receipt_id, line)
      ) STRICT;

      CREATE TABLE day_closes (
        court_date TEXT NOT NULL,
        counter_id TEXT NOT NULL,
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
        PRIMARY KEY (court_date, counter_id)
      ) STRICT;

      CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts BEGIN
        SELECT RAISE(ABORT, 'receipts are never deleted');
      END;
      CREATE TRIGGER receipt_items_no_delete BEFORE DELETE ON receipt_items BEGIN
        SELECT RAISE(ABORT, 'receipt items are never deleted');
      END;
      CREATE TRIGGER receipt_items_no_update BEFORE UPDATE ON receipt_items BEGIN
        SELECT RAISE(ABORT, 'receipt items are never changed');
      END;
      -- What a receipt says about money never changes once issued.
      CREATE TRIGGER receipts_money_fixed BEFORE UPDATE OF receipt_number, total_sen, method, payer_name, issued_at, case_id
        ON receipts BEGIN
        SELECT RAISE(ABORT, 'an issued receipt is cancelled, never rewritten');
      END;
      CREATE TRIGGER day_closes_no_delete BEFORE DELETE ON day_closes BEGIN
        SELECT RAISE(ABORT, 'day closes are never deleted');
      END;
    `);
  },
};
