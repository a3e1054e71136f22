import type { Migration } from './index';

/**
 * ESV3's cause book (buku kausa) as imported from the state's ICT: reference data the clerk looks cases
 * up in, never a record of this counter (the bundle does not carry it). Each import is kept with its
 * file's name and SHA-256; a newer file adds or updates reference rows.
 */
export const m009Esv3Reference: Migration = {
  name: '009-esv3-reference',
  up(db) {
    db.exec(`
      CREATE TABLE esv3_cause_book_imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        imported_at TEXT NOT NULL,
        -- NULL when imported with the command line (npm run kaunter -- import-causebook).
        imported_by INTEGER REFERENCES users(id),
        rows_read INTEGER NOT NULL CHECK (rows_read >= 0),
        rows_added INTEGER NOT NULL CHECK (rows_added >= 0),
        rows_updated INTEGER NOT NULL CHECK (rows_updated >= 0),
        rows_refused INTEGER NOT NULL CHECK (rows_refused >= 0)
      ) STRICT;
      CREATE INDEX esv3_cause_book_imports_sha ON esv3_cause_book_imports (sha256);

      CREATE TABLE esv3_cause_book (
        case_number TEXT PRIMARY KEY,
        registered_on TEXT,
        case_type TEXT,
        parties TEXT NOT NULL,
        id_numbers TEXT NOT NULL DEFAULT '',
        -- Upper-case case number, parties and identity digits, for look-ups.
        search_text TEXT NOT NULL,
        import_id INTEGER NOT NULL REFERENCES esv3_cause_book_imports(id)
      ) STRICT;
    `);
  },
};
