import { describe, expect, it } from 'vitest';
import { schemaNames, upgradeWithData } from '../../../tests/support/migrations';
import { m019CourtFolder } from './migrations/019-court-folder';

const ARMORED = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZ…\n-----END PGP PUBLIC KEY BLOCK-----';

describe('migration 019 (the court folder: enrolled counters, published segments)', () => {
  it('adds the two tables empty to a ledger with records, keeping every record', () => {
    const db = upgradeWithData(m019CourtFolder);
    expect(db.prepare('SELECT COUNT(*) FROM enrolled_counters').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get()).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM cases').pluck().get()).toBeGreaterThan(0);
  });

  it('keeps an enrolment for good: never deleted, only revoked once, one key in use per counter', () => {
    const db = upgradeWithData(m019CourtFolder);
    const user = db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').pluck().get() as number;
    const enrol = db.prepare(
      `INSERT INTO enrolled_counters (counter_id, fingerprint, public_armored, enrolled_by, enrolled_at)
       VALUES (?, ?, ?, ?, '2026-11-30T01:00:00.000Z')`,
    );
    enrol.run('K2', 'a'.repeat(40), ARMORED, user);
    expect(() => enrol.run('K2', 'b'.repeat(40), ARMORED, user)).toThrow(/UNIQUE/);
    expect(() => enrol.run('K3', 'a'.repeat(40), ARMORED, user)).toThrow(/UNIQUE/);
    expect(() => enrol.run('K3', 'c'.repeat(40), ARMORED, 999)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare('DELETE FROM enrolled_counters').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE enrolled_counters SET counter_id = 'K9'").run()).toThrow(/only ever revoked/);
    db.prepare("UPDATE enrolled_counters SET revoked_at = '2026-12-01T01:00:00.000Z', revoked_by = ?").run(user);
    expect(() => db.prepare("UPDATE enrolled_counters SET revoked_at = '2026-12-02T01:00:00.000Z'").run()).toThrow(
      /only ever revoked/,
    );
    // Revoked, the counter can have its new key.
    enrol.run('K2', 'b'.repeat(40), ARMORED, user);
    expect(schemaNames(db, 'index', 'enrolled_counters')).toContain('enrolled_counters_in_use');
  });

  it('keeps each published segment as written: never deleted or changed, numbers from 1', () => {
    const db = upgradeWithData(m019CourtFolder);
    const put = db.prepare(
      `INSERT INTO court_segments (segment_no, file_name, first_seq, last_seq, chain_head, sha256, published_at)
       VALUES (?, ?, ?, ?, ?, ?, '2026-11-30T01:00:00.000Z')`,
    );
    put.run(1, 'seg-000001.kseg', 1, 10, 'h'.repeat(64), 's'.repeat(64));
    expect(() => put.run(0, 'seg-000000.kseg', 1, 1, 'h', 's')).toThrow(/CHECK/);
    expect(() => put.run(2, 'seg-000002.kseg', 12, 11, 'h', 's')).toThrow(/CHECK/);
    expect(() => put.run(1, 'seg-000009.kseg', 11, 12, 'h', 's')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare('DELETE FROM court_segments').run()).toThrow(/never deleted/);
    expect(() => db.prepare("UPDATE court_segments SET sha256 = 'x'").run()).toThrow(/never changed/);
  });
});
