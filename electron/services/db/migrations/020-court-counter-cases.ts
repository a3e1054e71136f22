import type { Migration } from './index';

/**
 * A case of another counter of this court, taken here so this counter can receive a document or a
 * payment on it during the outage (issue 20): a `cases` row of source `COURT_COUNTER` that carries the
 * other counter's number as given (never one of this counter's series: no scope, no running number) and
 * names where it lives, `origin_counter` and that counter's own row id `origin_case_id`. The filings and
 * receipts on it are this counter's records as any other.
 *
 * SQLite cannot widen a CHECK in place, so `cases` is rebuilt the way SQLite documents (new table, copy,
 * drop, rename, indexes and triggers as they were), with the foreign keys off for this migration only
 * (`foreignKeysOff`; the runner checks them all before the commit). Every row keeps its id.
 *
 * It also keeps the reason a clerk gave for registering a case like one another counter registered
 * (`duplicate_of`, `duplicate_reason`, at least 10 characters as every override reason).
 */
export const m020CourtCounterCases: Migration = {
  name: '020-court-counter-cases',
  foreignKeysOff: true,
  up(db) {
    const table = db
      .prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'cases'")
      .pluck()
      .get() as string;
    const oldCheck = "CHECK (source IN ('MANUAL','ESV2','ESV3_EXISTING'))";
    if (!table.includes(oldCheck)) throw new Error('cases.source CHECK not as migration 001 wrote it');
    const rebuilt = table
      .replace(/^CREATE TABLE cases \(/, 'CREATE TABLE cases_020 (')
      .replace(oldCheck, "CHECK (source IN ('MANUAL','ESV2','ESV3_EXISTING','COURT_COUNTER'))");
    const keep = db
      .prepare(
        "SELECT sql FROM sqlite_schema WHERE tbl_name = 'cases' AND type IN ('index', 'trigger') AND sql IS NOT NULL",
      )
      .pluck()
      .all() as string[];
    db.pragma('legacy_alter_table = ON');
    db.exec(rebuilt);
    db.exec('INSERT INTO cases_020 SELECT * FROM cases');
    db.exec('DROP TABLE cases');
    db.exec('ALTER TABLE cases_020 RENAME TO cases');
    db.pragma('legacy_alter_table = OFF');
    for (const sql of keep) db.exec(sql);
    db.exec(`
      -- The counter that registered the case (K1…) and its row id there; NULL for this counter's own cases.
      ALTER TABLE cases ADD COLUMN origin_counter TEXT CHECK (origin_counter IS NULL OR origin_counter GLOB 'K[0-9]*');
      ALTER TABLE cases ADD COLUMN origin_case_id INTEGER CHECK (origin_case_id IS NULL OR origin_case_id >= 1);
      -- A case registered here although another counter registered one of the same type for the same MyKad in
      -- this outage (the warning "Kes serupa di Kaunter K1"): which one ("K1 <no. kes>") and the clerk's reason.
      ALTER TABLE cases ADD COLUMN duplicate_of TEXT;
      ALTER TABLE cases ADD COLUMN duplicate_reason TEXT
        CHECK (duplicate_reason IS NULL OR length(trim(duplicate_reason)) >= 10);
      -- One row per case of another counter: a second receipt on K1's case uses the same row.
      CREATE UNIQUE INDEX cases_origin ON cases (origin_counter, origin_case_id) WHERE origin_counter IS NOT NULL;
      CREATE TRIGGER cases_origin_source BEFORE INSERT ON cases
        WHEN (NEW.source = 'COURT_COUNTER') <> (NEW.origin_counter IS NOT NULL AND NEW.origin_case_id IS NOT NULL)
      BEGIN
        SELECT RAISE(ABORT, 'a COURT_COUNTER case names its origin counter and case, and only it');
      END;
      CREATE TRIGGER cases_origin_fixed BEFORE UPDATE OF source, origin_counter, origin_case_id ON cases
        WHEN (NEW.source IS NOT OLD.source AND 'COURT_COUNTER' IN (OLD.source, NEW.source))
          OR NEW.origin_counter IS NOT OLD.origin_counter OR NEW.origin_case_id IS NOT OLD.origin_case_id
      BEGIN
        SELECT RAISE(ABORT, 'a COURT_COUNTER case''s source and origin are never changed');
      END;
    `);
  },
};
