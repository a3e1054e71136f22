import type { Migration } from './index';

export const m001Initial: Migration = {
  name: '001-initial',
  up(db) {
    db.exec(`
      CREATE TABLE court (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        state_code TEXT NOT NULL,
        court_code TEXT NOT NULL,
        court_name TEXT NOT NULL,
        court_level TEXT NOT NULL CHECK (court_level IN ('MRS','MTS','MRYS')),
        counter_id TEXT NOT NULL,
        number_template TEXT NOT NULL,
        number_scope TEXT NOT NULL CHECK (number_scope IN ('COURT_TYPE_YEAR','COURT_YEAR')),
        block_start INTEGER NOT NULL CHECK (block_start >= 1),
        block_size INTEGER CHECK (block_size IS NULL OR block_size >= 1),
        set_up_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE case_types (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('MAL','JENAYAH')),
        proceeding TEXT NOT NULL CHECK (proceeding IN ('SAMAN','PERMOHONAN')),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1))
      ) STRICT;

      -- The last number ESV3 issued, per case type ('*' when one series covers all) and year.
      CREATE TABLE esv3_last_numbers (
        case_type_code TEXT NOT NULL,
        year INTEGER NOT NULL,
        last_number INTEGER NOT NULL CHECK (last_number >= 0),
        PRIMARY KEY (case_type_code, year)
      ) STRICT;

      -- The last running number this counter handed out in each series.
      CREATE TABLE number_series (
        scope_key TEXT PRIMARY KEY,
        last_number INTEGER NOT NULL
      ) STRICT;

      -- Where a series starts or jumps (first number, or a raised ESV3 figure): verify accepts gaps only here.
      CREATE TABLE number_segments (
        scope_key TEXT NOT NULL,
        start_number INTEGER NOT NULL,
        started_at TEXT NOT NULL,
        PRIMARY KEY (scope_key, start_number)
      ) STRICT;

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('CLERK','SUPERVISOR')),
        pin_hash TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE outages (
        id INTEGER PRIMARY KEY,
        sop_option INTEGER NOT NULL CHECK (sop_option IN (1,2,3)),
        started_at TEXT NOT NULL,
        opened_by INTEGER NOT NULL REFERENCES users(id),
        note TEXT,
        closed_at TEXT,
        closed_by INTEGER REFERENCES users(id),
        close_note TEXT
      ) STRICT;
      -- At most one open outage.
      CREATE UNIQUE INDEX outages_one_open ON outages ((closed_at IS NULL)) WHERE closed_at IS NULL;

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        case_number TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL CHECK (source IN ('MANUAL','ESV2','ESV3_EXISTING')),
        case_type_code TEXT NOT NULL REFERENCES case_types(code),
        case_type_name TEXT NOT NULL,
        category TEXT NOT NULL,
        proceeding TEXT NOT NULL CHECK (proceeding IN ('SAMAN','PERMOHONAN')),
        court_code TEXT NOT NULL,
        year INTEGER,
        running_number INTEGER,
        scope_key TEXT,
        provisional INTEGER NOT NULL CHECK (provisional IN (0,1)),
        claim_sen INTEGER CHECK (claim_sen IS NULL OR claim_sen >= 0),
        lawyer_name TEXT,
        lawyer_firm TEXT,
        note TEXT,
        registered_at TEXT NOT NULL,
        registered_by INTEGER NOT NULL REFERENCES users(id),
        outage_id INTEGER NOT NULL REFERENCES outages(id),
        status TEXT NOT NULL DEFAULT 'REGISTERED' CHECK (status IN ('REGISTERED','CANCELLED')),
        esv3_case_number TEXT,
        esv3_done_at TEXT,
        UNIQUE (scope_key, running_number)
      ) STRICT;
      CREATE INDEX cases_registered_at ON cases (registered_at);
      CREATE INDEX cases_outage ON cases (outage_id);

      CREATE TABLE parties (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        position INTEGER NOT NULL,
        side TEXT NOT NULL CHECK (side IN ('CLAIMANT','RESPONDENT')),
        name TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT,
        -- Letters and digits only, upper case: what a search by IC compares.
        id_key TEXT,
        id_warnings TEXT,
        id_override_reason TEXT,
        address TEXT,
        phone TEXT,
        UNIQUE (case_id, position)
      ) STRICT;
      CREATE INDEX parties_case ON parties (case_id);
      CREATE INDEX parties_id_key ON parties (id_key);

      CREATE VIRTUAL TABLE party_names USING fts5 (name, content='parties', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
      CREATE TRIGGER parties_fts_insert AFTER INSERT ON parties BEGIN
        INSERT INTO party_names (rowid, name) VALUES (new.id, new.name);
      END;
      CREATE TRIGGER parties_fts_update AFTER UPDATE OF name ON parties BEGIN
        INSERT INTO party_names (party_names, rowid, name) VALUES ('delete', old.id, old.name);
        INSERT INTO party_names (rowid, name) VALUES (new.id, new.name);
      END;

      CREATE TABLE audit_events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        data TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;
      CREATE INDEX audit_entity ON audit_events (entity, entity_id);

      -- History is append-only: the database itself refuses edits and deletions.
      CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_events BEGIN
        SELECT RAISE(ABORT, 'audit events are append-only');
      END;
      CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_events BEGIN
        SELECT RAISE(ABORT, 'audit events are append-only');
      END;
      CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases BEGIN
        SELECT RAISE(ABORT, 'cases are never deleted');
      END;
      CREATE TRIGGER parties_no_delete BEFORE DELETE ON parties BEGIN
        SELECT RAISE(ABORT, 'parties are never deleted');
      END;
    `);
  },
};
