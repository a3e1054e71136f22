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

      -- Numbers handed out that this ledger no longer holds (issued after the backup a restore brought
      -- back): the series continues above them so none is handed out twice. Key: 'case:<scope key>' or
      -- 'receipt:<counter>:<year>'.
      CREATE TABLE number_floors (
        series_key TEXT PRIMARY KEY,
        next_number INTEGER NOT NULL CHECK (next_number >= 1),
        set_at TEXT NOT NULL,
        reason TEXT NOT NULL
      ) STRICT;

      -- Where a receipt series jumps over such numbers: the checks accept a gap only before one of these.
      CREATE TABLE receipt_segments (
        counter_id TEXT NOT NULL,
        year INTEGER NOT NULL,
        start_number INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        PRIMARY KEY (counter_id, year, start_number)
      ) STRICT;
    `);
  },
};
