import { describe, expect, it } from 'vitest';
import { ledgerWithDataAt, rowsOf, schemaNames, upgradeWithData, versionOf } from '../../../tests/support/migrations';
import { m004DocumentsAndBundle } from './migrations/004-documents-and-bundle';
import { migrate, schemaVersion } from './open';

const version = versionOf(m004DocumentsAndBundle);

describe('migration 004 (documents, ICT keys, exports, holidays, who did the recovery)', () => {
  it('keeps a version-3 ledger, its cases and receipts not yet entered into ESV3 by anyone', () => {
    const db = upgradeWithData(m004DocumentsAndBundle);
    expect(schemaNames(db, 'table')).toEqual(
      expect.arrayContaining(['device_key', 'documents', 'exports', 'holidays', 'ict_keys']),
    );
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases WHERE esv3_done_by IS NULL').get()).toEqual({ n: 3 });
    expect(
      db.prepare('SELECT COUNT(*) AS n FROM receipts WHERE esv3_done_at IS NULL AND esv3_done_by IS NULL').get(),
    ).toEqual({
      n: 2,
    });
    expect(schemaNames(db, 'index', 'documents')).toEqual(['documents_case', 'documents_kind']);
  });

  it('gives an ESV3 number to one case only, and never deletes a document or an export', () => {
    const db = upgradeWithData(m004DocumentsAndBundle);
    const esv3Index = (db.pragma('index_list(cases)') as { name: string; unique: number; partial: number }[]).find(
      (i) => i.name === 'cases_esv3_number',
    );
    expect(esv3Index).toMatchObject({ unique: 1, partial: 1 });
    db.prepare("UPDATE cases SET esv3_case_number = '05005-017-0055-2026', esv3_done_by = 2 WHERE id = 3").run();
    expect(() => db.prepare("UPDATE cases SET esv3_case_number = '05005-017-0055-2026' WHERE id = 1").run()).toThrow(
      /UNIQUE constraint failed: cases.esv3_case_number/,
    );
    // Cases not yet entered into ESV3 all stay without one.
    expect(db.prepare('SELECT COUNT(*) AS n FROM cases WHERE esv3_case_number IS NULL').get()).toEqual({ n: 2 });

    db.exec(`
      INSERT INTO documents (kind, reference, case_id, case_number, issued_at, issued_by, outage_id, pdf_file, pdf_sha256)
        VALUES ('SAMAN', '05005-024-0770-2026/SAMAN', 1, '05005-024-0770-2026', '2026-11-29T01:30:00.000Z', 2, 1,
        'dokumen/saman/05005-024-0770-2026.pdf', '${'a'.repeat(64)}');
      INSERT INTO exports (seq, exported_at, base_name, pgp_sha256, audit_length, audit_head, case_count, receipt_count,
        total_sen, recipients) VALUES (1, '2026-11-29T09:00:00.000Z', '05005-K1-E0001', 'x', 9, 'x', 3, 2, 2900, '[]');
    `);
    expect(db.prepare('SELECT copies, data, status FROM documents').get()).toEqual({
      copies: 1,
      data: '{}',
      status: 'ISSUED',
    });
    expect(() => db.prepare('DELETE FROM documents').run()).toThrow(/documents are never deleted/);
    expect(() => db.prepare('DELETE FROM exports').run()).toThrow(/exports are never deleted/);
    expect(() =>
      db.prepare("INSERT INTO device_key VALUES (2, 'F', 'armored', '2026-11-29T00:40:00.000Z')").run(),
    ).toThrow(/CHECK/);
  });

  it('refuses, and leaves untouched, an older ledger where two cases carry one ESV3 number', () => {
    // Nothing before this version wrote ESV3 numbers; a file edited outside the app could hold two alike.
    const db = ledgerWithDataAt(version - 1);
    db.prepare("UPDATE cases SET esv3_case_number = '05005-017-0055-2026' WHERE id IN (1, 3)").run();
    const before = rowsOf(db);
    expect(() => migrate(db, version)).toThrow(/UNIQUE constraint failed: cases.esv3_case_number/);
    // The migration's transaction is undone: the ledger is the version it was, its rows as they were.
    expect(schemaVersion(db)).toBe(version - 1);
    expect(rowsOf(db)).toEqual(before);
    expect(schemaNames(db, 'table')).not.toContain('documents');
  });
});
