import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m009Esv3Reference } from './migrations/009-esv3-reference';

const IMPORT = `INSERT INTO esv3_cause_book_imports (file_name, sha256, imported_at, imported_by, rows_read, rows_added,
  rows_updated, rows_refused) VALUES ('buku-kausa.xlsx', ?, '2026-12-03T01:10:00.000Z', ?, 2, 2, 0, 0)`;

describe("migration 009 (ESV3's cause book as reference data)", () => {
  it('keeps a version-8 ledger and adds the cause book, empty, beside the records', () => {
    const db = upgradeWithData(m009Esv3Reference);
    expect(db.prepare('SELECT COUNT(*) AS n FROM esv3_cause_book').get()).toEqual({ n: 0 });
    expect(schemaNames(db, 'index', 'esv3_cause_book_imports')).toEqual(['esv3_cause_book_imports_sha']);
  });

  it('keeps each import with its file’s SHA-256, and each reference row with the import it came from', () => {
    const db = upgradeWithData(m009Esv3Reference);
    expect(() => db.prepare(IMPORT).run('abc', 1)).toThrow(/CHECK/);
    expect(() => db.prepare(IMPORT).run('c'.repeat(64), 99)).toThrow(/FOREIGN KEY/);
    // The command line imports without a signed-in user.
    const id = Number(db.prepare(IMPORT).run('c'.repeat(64), null).lastInsertRowid);
    const row = `INSERT INTO esv3_cause_book (case_number, parties, search_text, import_id)
      VALUES ('05005-024-0650-2026', 'Rahimah binti Musa', '05005-024-0650-2026 RAHIMAH BINTI MUSA', ?)`;
    expect(() => db.prepare(row).run(id + 1)).toThrow(/FOREIGN KEY/);
    db.prepare(row).run(id);
    expect(db.prepare('SELECT id_numbers, registered_on FROM esv3_cause_book').get()).toEqual({
      id_numbers: '',
      registered_on: null,
    });
  });
});
