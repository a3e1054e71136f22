import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { upgradeWithData } from '../../../tests/support/migrations';
import { MIGRATIONS } from './migrations';
import { m013CheckpointDigest } from './migrations/013-checkpoint-digest';
import { migrate, schemaVersion } from './open';

describe('migration 013 (the derived digest of a checkpoint)', () => {
  it('keeps every checkpoint, with no digest: the next start derives the rows from the first event once', () => {
    const db = new Database(':memory:');
    const at = MIGRATIONS.indexOf(m013CheckpointDigest);
    expect(at).toBeGreaterThan(0);
    migrate(db, at);
    db.prepare("INSERT INTO audit_checkpoints (seq, hash, receipt_id, checked_at) VALUES (10000, 'ab', 7, 'x')").run();
    migrate(db, at + 1);
    expect(schemaVersion(db)).toBe(at + 1);
    expect(db.prepare('SELECT * FROM audit_checkpoints').all()).toEqual([
      { seq: 10000, hash: 'ab', receipt_id: 7, checked_at: 'x', derived_digest: null },
    ]);
    db.prepare("UPDATE audit_checkpoints SET derived_digest = '0123456789abcdef'").run();
  });

  it('keeps every record of a ledger that lived through the versions before it, and its checkpoint undigested', () => {
    const db = upgradeWithData(m013CheckpointDigest);
    expect(db.prepare('SELECT receipt_id, derived_digest FROM audit_checkpoints').all()).toEqual([
      { receipt_id: 3, derived_digest: null },
    ]);
  });
});
