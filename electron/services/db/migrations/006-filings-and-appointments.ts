import type { Migration } from './index';

/**
 * The other SOP paths: cases recorded with a number ESV2 or ESV3 gave, documents received for cases
 * registered before the outage (with the fee of each from the schedule), and appointments (janji temu)
 * booked while registration is closed (SOP option 3).
 */
export const m006FilingsAndAppointments: Migration = {
  name: '006-filings-and-appointments',
  up(db) {
    db.exec(`
      -- The ESV2 receipt of a case registered in ESV2 (SOP option 2).
      ALTER TABLE cases ADD COLUMN esv2_receipt_number TEXT;

      -- Kinds of documents a counter receives for an existing case; the court extends the list. The fee
      -- is a code of the fee schedule (none for a document received without a fee).
      CREATE TABLE filing_types (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        fee_code TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      ) STRICT;
      INSERT INTO filing_types (code, name, fee_code) VALUES
        ('AFIDAVIT', 'Afidavit', 'AFIDAVIT'),
        ('EKSHIBIT', 'Ekshibit', 'EKSHIBIT'),
        ('INTERLOKUTORI', 'Permohonan interlokutori', 'INTERLOKUTORI_MRS'),
        ('NOTIS', 'Notis', 'PENYAMPAIAN'),
        ('SURAT', 'Surat / dokumen lain', NULL);

      -- Each document received for a case, with the receipt taken for it in the same transaction.
      CREATE TABLE filings (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        filing_type_code TEXT NOT NULL REFERENCES filing_types(code),
        filing_type_name TEXT NOT NULL,
        description TEXT,
        quantity INTEGER NOT NULL CHECK (quantity >= 1),
        fee_code TEXT,
        amount_sen INTEGER NOT NULL CHECK (amount_sen >= 0),
        received_at TEXT NOT NULL,
        received_by INTEGER NOT NULL REFERENCES users(id),
        outage_id INTEGER NOT NULL REFERENCES outages(id),
        receipt_id INTEGER REFERENCES receipts(id)
      ) STRICT;
      CREATE INDEX filings_case ON filings (case_id);
      CREATE INDEX filings_receipt ON filings (receipt_id);
      CREATE TRIGGER filings_no_delete BEFORE DELETE ON filings BEGIN
        SELECT RAISE(ABORT, 'filings are never deleted');
      END;

      -- The last appointment reference number of each counter, per year: JT-K1-2026-0001.
      CREATE TABLE appointment_series (
        counter_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_number INTEGER NOT NULL,
        PRIMARY KEY (counter_id, year)
      ) STRICT;

      CREATE TABLE appointments (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE,
        counter_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        running_number INTEGER NOT NULL,
        person_name TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT,
        id_warnings TEXT,
        id_override_reason TEXT,
        phone TEXT NOT NULL,
        case_type_code TEXT NOT NULL REFERENCES case_types(code),
        case_type_name TEXT NOT NULL,
        appointment_date TEXT NOT NULL,
        note TEXT,
        booked_at TEXT NOT NULL,
        booked_by INTEGER NOT NULL REFERENCES users(id),
        outage_id INTEGER NOT NULL REFERENCES outages(id),
        status TEXT NOT NULL DEFAULT 'BOOKED' CHECK (status IN ('BOOKED','REGISTERED','CANCELLED','NO_SHOW')),
        status_at TEXT,
        status_by INTEGER REFERENCES users(id),
        status_reason TEXT,
        case_id INTEGER UNIQUE REFERENCES cases(id),
        UNIQUE (counter_id, year, running_number)
      ) STRICT;
      CREATE INDEX appointments_date ON appointments (appointment_date, status);
      CREATE TRIGGER appointments_no_delete BEFORE DELETE ON appointments BEGIN
        SELECT RAISE(ABORT, 'appointments are never deleted');
      END;
    `);
  },
};
