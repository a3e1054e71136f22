import type { Migration } from './index';

/**
 * What the court documents and the reconciliation bundle rest on: one register of documents issued,
 * the ICT keys exports are encrypted to, the exports made, and the recovery state of each record.
 */
export const m004DocumentsAndBundle: Migration = {
  name: '004-documents-and-bundle',
  up(db) {
    db.exec(`
      -- Every document the counter issues (summons, application, notices, slips, handover slips), with
      -- the SHA-256 of its saved PDF so a reprint is the same document.
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        reference TEXT NOT NULL,
        case_id INTEGER REFERENCES cases(id),
        case_number TEXT,
        issued_at TEXT NOT NULL,
        issued_by INTEGER NOT NULL REFERENCES users(id),
        outage_id INTEGER REFERENCES outages(id),
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies >= 1),
        data TEXT NOT NULL DEFAULT '{}',
        pdf_file TEXT,
        pdf_sha256 TEXT,
        status TEXT NOT NULL DEFAULT 'ISSUED' CHECK (status IN ('ISSUED','CANCELLED')),
        cancelled_at TEXT,
        cancelled_by INTEGER REFERENCES users(id),
        cancel_reason TEXT
      ) STRICT;
      CREATE INDEX documents_case ON documents (case_id);
      CREATE INDEX documents_kind ON documents (kind, issued_at);
      CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents BEGIN
        SELECT RAISE(ABORT, 'documents are never deleted');
      END;

      -- ICT's OpenPGP public keys. A key taken out of use is marked removed, never deleted.
      CREATE TABLE ict_keys (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        user_ids TEXT NOT NULL,
        armored TEXT NOT NULL,
        expires_at TEXT,
        added_at TEXT NOT NULL,
        added_by INTEGER NOT NULL REFERENCES users(id),
        removed_at TEXT,
        removed_by INTEGER REFERENCES users(id)
      ) STRICT;

      -- This counter's signing key: the public half and fingerprint; the secret half stays in the shell.
      CREATE TABLE device_key (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        fingerprint TEXT NOT NULL,
        public_armored TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;

      -- Every export made, chained: each names the SHA-256 of the one before.
      CREATE TABLE exports (
        seq INTEGER PRIMARY KEY,
        exported_at TEXT NOT NULL,
        exported_by INTEGER REFERENCES users(id),
        base_name TEXT NOT NULL,
        pgp_sha256 TEXT NOT NULL,
        prev_sha256 TEXT,
        audit_length INTEGER NOT NULL,
        audit_head TEXT NOT NULL,
        case_count INTEGER NOT NULL,
        receipt_count INTEGER NOT NULL,
        total_sen INTEGER NOT NULL,
        recipients TEXT NOT NULL,
        final INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0,1))
      ) STRICT;
      CREATE TRIGGER exports_no_delete BEFORE DELETE ON exports BEGIN
        SELECT RAISE(ABORT, 'exports are never deleted');
      END;

      -- Public holidays the supervisor keeps (working days skip them and the state's weekend).
      CREATE TABLE holidays (
        date TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        added_by INTEGER NOT NULL REFERENCES users(id)
      ) STRICT;

      -- Recovery: who marked a record as entered into ESV3. An ESV3 number belongs to one case only.
      ALTER TABLE cases ADD COLUMN esv3_done_by INTEGER REFERENCES users(id);
      CREATE UNIQUE INDEX cases_esv3_number ON cases (esv3_case_number) WHERE esv3_case_number IS NOT NULL;
      ALTER TABLE receipts ADD COLUMN esv3_done_at TEXT;
      ALTER TABLE receipts ADD COLUMN esv3_done_by INTEGER REFERENCES users(id);
    `);
  },
};
