import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/open';
import { FactDigest, ROWS_PER_READ, rowsDigest } from './digest';
import { ROW_SEPARATOR, ROW_TEXTS } from './factText';

/** Only the columns the row texts read: the digest does not depend on the rest of the schema. */
function rowsDb(): Db {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE cases (id INTEGER PRIMARY KEY, case_number TEXT, source TEXT, case_type_code TEXT,
      claim_sen INTEGER, status TEXT, esv3_case_number TEXT);
    CREATE TABLE parties (id INTEGER PRIMARY KEY, case_id INTEGER, position INTEGER, side TEXT, name TEXT,
      id_number TEXT);
    CREATE TABLE receipts (id INTEGER PRIMARY KEY, receipt_number TEXT, case_number TEXT, payer_name TEXT,
      payer_id_number TEXT, total_sen INTEGER, status TEXT, esv3_payment_ref TEXT);
  `);
  return db;
}

function addCase(db: Db, id: number | bigint, name = `Pihak ${id}`): void {
  db.prepare("INSERT INTO cases VALUES (?, ?, 'MANUAL', 'MAL', NULL, 'REGISTERED', NULL)").run(
    id,
    `05005-MAL-${id}-2026`,
  );
  db.prepare("INSERT INTO parties (case_id, position, side, name, id_number) VALUES (?, 0, 'PLAINTIFF', ?, NULL)").run(
    id,
    name,
  );
  db.prepare("INSERT INTO receipts VALUES (?, ?, ?, ?, '900101-05-1234', 1000, 'ISSUED', NULL)").run(
    id,
    `R-${id}`,
    `05005-MAL-${id}-2026`,
    name,
  );
}

/** The digest the way it was first defined: each row's text read on its own and hashed. */
function rowByRow(db: Db): string {
  const d = new FactDigest();
  for (const { table, text } of ROW_TEXTS) {
    for (const row of db.prepare(`SELECT ${text} FROM ${table}`).pluck().iterate() as IterableIterator<string | null>) {
      if (row !== null) d.toggleText(row);
    }
  }
  return d.hex();
}

describe('rowsDigest', () => {
  it('is the XOR of every row text, across several reads and ids anywhere in the integer range', () => {
    const db = rowsDb();
    for (let id = 1; id <= ROWS_PER_READ * 2 + 7; id++) addCase(db, id);
    // Ids a direct edit could give: below zero, and past what a JS number holds exactly.
    addCase(db, -5);
    addCase(db, 2n ** 62n);
    addCase(db, 2n ** 62n + 1n);
    expect(rowsDigest(db)).toBe(rowByRow(db));
  });

  it('changes when any one row is edited, including the last of a read', () => {
    const db = rowsDb();
    for (let id = 1; id <= ROWS_PER_READ + 1; id++) addCase(db, id);
    const before = rowsDigest(db);
    db.prepare('UPDATE parties SET name = ? WHERE case_id = ?').run('Nama Diubah', ROWS_PER_READ);
    const edited = rowsDigest(db);
    expect(edited).not.toBe(before);
    expect(edited).toBe(rowByRow(db));
  });

  it('differs from the events side (so the full compare runs) when a text holds the separator', () => {
    const db = rowsDb();
    addCase(db, 1, `Ali${ROW_SEPARATOR}Abu`);
    expect(rowsDigest(db)).not.toBe(rowByRow(db));
  });

  it('digests a row whose NOT NULL column was emptied in the file differently, so it cannot match the events', () => {
    const db = rowsDb();
    addCase(db, 1);
    addCase(db, 2);
    const whole = rowsDigest(db);
    db.prepare('UPDATE cases SET case_number = NULL WHERE id = 2').run();
    expect(rowsDigest(db)).not.toBe(whole);
    expect(rowsDigest(db)).toBe(rowByRow(db));
  });

  it('hashes a span as it hashes the same text on its own', () => {
    const whole = new FactDigest();
    whole.toggleText('abcde');
    const span = new FactDigest();
    span.toggleSpan('xxabcdeyy', 2, 7);
    expect(span.hex()).toBe(whole.hex());
  });
});
