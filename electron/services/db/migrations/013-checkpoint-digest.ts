import type { Migration } from './index';

export const m013CheckpointDigest: Migration = {
  name: '013-checkpoint-digest',
  up(db) {
    db.exec(`
      -- The digest of what the audit events up to the checkpoint say the case and receipt rows hold
      -- (electron/services/integrity/digest.ts). The start-up check carries it forward over the events
      -- after the checkpoint and compares it with a one-pass digest of the rows, so a row edited without
      -- its event is caught without re-deriving the whole chain. NULL: an older checkpoint, re-derived
      -- from the first event once. Like the checkpoint itself, a cache of verification, not a record.
      ALTER TABLE audit_checkpoints ADD COLUMN derived_digest TEXT;
    `);
  },
};
