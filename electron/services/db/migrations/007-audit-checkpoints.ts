import type { Migration } from './index';

export const m007AuditCheckpoints: Migration = {
  name: '007-audit-checkpoints',
  up(db) {
    db.exec(`
      -- Points up to which the start-up check has recomputed the audit chain and the receipt totals:
      -- the next start re-hashes only the events after the newest checkpoint whose event still carries
      -- the recorded hash, and re-adds only the receipts after receipt_id. A cache of verification,
      -- not a record: not audited. \`kaunter verify\` always checks everything from the start.
      CREATE TABLE audit_checkpoints (
        seq INTEGER PRIMARY KEY,
        hash TEXT NOT NULL,
        receipt_id INTEGER NOT NULL,
        checked_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
