import type { Migration } from './index';

/**
 * The court folder (docs/ARCHITECTURE.md "The court folder"): the other counters' device keys a
 * supervisor enrolled from their setup slips, and the segments this counter has published there.
 */
export const m019CourtFolder: Migration = {
  name: '019-court-folder',
  up(db) {
    db.exec(`
      -- A counter of this court whose segments this counter reads and encrypts its own to, enrolled by a
      -- supervisor from the fingerprint on that counter's setup slip. Never deleted; a key taken out of
      -- use gets revoked_at (and a new row is enrolled for the counter's new key).
      CREATE TABLE enrolled_counters (
        id INTEGER PRIMARY KEY,
        counter_id TEXT NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        public_armored TEXT NOT NULL,
        enrolled_by INTEGER NOT NULL REFERENCES users(id),
        enrolled_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by INTEGER REFERENCES users(id)
      ) STRICT;
      -- One key in use per counter at a time.
      CREATE UNIQUE INDEX enrolled_counters_in_use ON enrolled_counters (counter_id) WHERE revoked_at IS NULL;
      CREATE TRIGGER enrolled_counters_no_delete BEFORE DELETE ON enrolled_counters BEGIN
        SELECT RAISE(ABORT, 'enrolled counters are never deleted');
      END;
      CREATE TRIGGER enrolled_counters_only_revoke BEFORE UPDATE ON enrolled_counters
        WHEN OLD.revoked_at IS NOT NULL OR NEW.counter_id IS NOT OLD.counter_id OR NEW.fingerprint IS NOT OLD.fingerprint
          OR NEW.public_armored IS NOT OLD.public_armored OR NEW.enrolled_by IS NOT OLD.enrolled_by
          OR NEW.enrolled_at IS NOT OLD.enrolled_at OR NEW.revoked_at IS NULL BEGIN
        SELECT RAISE(ABORT, 'an enrolled counter is only ever revoked, once');
      END;

      -- Each segment this counter wrote to the court folder, in order: the publisher's state. Not an
      -- audit event (that event would itself need publishing: a segment per segment, without end); the
      -- segment is signed, and its SHA-256 is in the next segment's header.
      CREATE TABLE court_segments (
        segment_no INTEGER PRIMARY KEY CHECK (segment_no >= 1),
        file_name TEXT NOT NULL UNIQUE,
        first_seq INTEGER NOT NULL,
        last_seq INTEGER NOT NULL CHECK (last_seq >= first_seq),
        chain_head TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        published_at TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER court_segments_no_delete BEFORE DELETE ON court_segments BEGIN
        SELECT RAISE(ABORT, 'published segments are never deleted');
      END;
      CREATE TRIGGER court_segments_no_update BEFORE UPDATE ON court_segments BEGIN
        SELECT RAISE(ABORT, 'published segments are never changed');
      END;
    `);
  },
};
