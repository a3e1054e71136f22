import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Db } from '../db/open';
import { idKey } from '../cases/cases';
import { REPLICA_FILE } from './layout';
import type { AuditEvent } from '../ledger/audit';
import type { Row, SegmentBody } from './segment';

/*
 * The replica: what this counter has read of the other counters' segments, in its own SQLite file
 * beside the ledger (never in the ledger: nothing another PC wrote becomes this counter's record). It
 * holds nothing that is not in the court folder, so it may be deleted and is rebuilt by the next round.
 */

// 2: hearings rebuilt from the events; a party's nationality and a receipt's Kew. 38 serial (the cause book).
const REPLICA_VERSION = 2;

const SCHEMA = `
  CREATE TABLE replica_segments (
    counter TEXT NOT NULL,
    segment_no INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    first_seq INTEGER NOT NULL,
    last_seq INTEGER NOT NULL,
    chain_head TEXT NOT NULL,
    published_at TEXT NOT NULL,
    last_event_at TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (counter, segment_no)
  ) STRICT;
  -- Every event as published (its canonical text as hashed, plus hash): what a rebuild of that counter needs.
  CREATE TABLE replica_events (
    counter TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    event TEXT NOT NULL,
    PRIMARY KEY (counter, seq)
  ) STRICT;
  CREATE TABLE replica_cases (
    counter TEXT NOT NULL,
    id INTEGER NOT NULL,
    case_number TEXT NOT NULL,
    source TEXT NOT NULL,
    case_type_code TEXT NOT NULL,
    case_type_name TEXT NOT NULL,
    proceeding TEXT NOT NULL,
    status TEXT NOT NULL,
    claim_sen INTEGER,
    registered_at TEXT NOT NULL,
    esv3_case_number TEXT,
    row TEXT NOT NULL,
    PRIMARY KEY (counter, id)
  ) STRICT;
  CREATE INDEX replica_cases_number ON replica_cases (case_number);
  CREATE TABLE replica_parties (
    counter TEXT NOT NULL,
    case_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    side TEXT NOT NULL,
    name TEXT NOT NULL,
    id_type TEXT NOT NULL,
    id_number TEXT,
    id_key TEXT,
    nationality TEXT,
    PRIMARY KEY (counter, case_id, position)
  ) STRICT;
  CREATE INDEX replica_parties_id ON replica_parties (id_key);
  CREATE TABLE replica_filings (
    counter TEXT NOT NULL,
    id INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    filing_type_code TEXT NOT NULL,
    filing_type_name TEXT NOT NULL,
    quantity INTEGER NOT NULL,
    amount_sen INTEGER NOT NULL,
    received_at TEXT NOT NULL,
    receipt_id INTEGER,
    PRIMARY KEY (counter, id)
  ) STRICT;
  CREATE TABLE replica_receipts (
    counter TEXT NOT NULL,
    id INTEGER NOT NULL,
    receipt_number TEXT NOT NULL,
    case_id INTEGER,
    case_number TEXT,
    payer_name TEXT NOT NULL,
    payer_id_number TEXT,
    total_sen INTEGER NOT NULL,
    status TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    kew38_serial TEXT,
    PRIMARY KEY (counter, id)
  ) STRICT;
  -- Mention and hearing dates, rebuilt from the counter's hearing.set events (a segment carries no
  -- hearing rows: the event holds every field the cause book prints).
  CREATE TABLE replica_hearings (
    counter TEXT NOT NULL,
    id INTEGER NOT NULL,
    case_id INTEGER NOT NULL,
    case_number TEXT NOT NULL,
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    time TEXT NOT NULL,
    room TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (counter, id)
  ) STRICT;
  CREATE INDEX replica_hearings_case ON replica_hearings (counter, case_id);
  -- What the last round found wrong, by counter and segment; reading that counter stopped there.
  CREATE TABLE replica_problems (
    counter TEXT NOT NULL,
    segment_no INTEGER NOT NULL,
    kind TEXT NOT NULL,
    message_ms TEXT NOT NULL,
    message_en TEXT NOT NULL,
    found_at TEXT NOT NULL
  ) STRICT;
  CREATE VIEW court_problems AS
    SELECT counter, segment_no, kind, message_ms, message_en, found_at FROM replica_problems ORDER BY counter, segment_no;
`;

/** Opens (or makes) the replica in the data folder; one of another version is rebuilt from the folder. */
export function openReplica(dataDir: string): Db {
  return openReplicaFile(join(dataDir, REPLICA_FILE));
}

export function openReplicaFile(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version !== REPLICA_VERSION) {
    db.transaction(() => {
      const names = db
        .prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'")
        .all() as { type: string; name: string }[];
      for (const { type, name } of names) db.exec(`DROP ${type === 'view' ? 'VIEW' : 'TABLE'} IF EXISTS "${name}"`);
      db.exec(SCHEMA);
      db.pragma(`user_version = ${REPLICA_VERSION}`);
    })();
  }
  return db;
}

export interface AcceptedSegment {
  segmentNo: number;
  fileName: string;
  sha256: string;
  lastSeq: number;
  chainHead: string;
}

export function acceptedSegments(replica: Db, counter: string): AcceptedSegment[] {
  return replica
    .prepare(
      `SELECT segment_no AS segmentNo, file_name AS fileName, sha256, last_seq AS lastSeq, chain_head AS chainHead
         FROM replica_segments WHERE counter = ? ORDER BY segment_no`,
    )
    .all(counter) as AcceptedSegment[];
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' ? v : null);

interface EventHearing {
  id: number;
  caseId: number;
  caseNumber: string;
  kind: string;
  date: string;
  time: string;
  room: string;
}

/** The hearing a `hearing.set` event recorded, or null for any other event (or one missing a field). */
export function hearingOf(event: AuditEvent): EventHearing | null {
  if (event.action !== 'hearing.set' || event.entity !== 'case') return null;
  if (typeof event.data !== 'object' || event.data === null) return null;
  const d = event.data as Row;
  const id = int(d.hearingId);
  const caseId = Number(event.entityId);
  const [caseNumber, kind, date, time, room] = [d.caseNumber, d.kind, d.date, d.time, d.room].map(str);
  if (id === null || !Number.isInteger(caseId) || !caseNumber || !kind || !date || !time || !room) return null;
  return { id, caseId, caseNumber, kind, date, time, room };
}

/** Takes a verified segment into the replica, in one transaction: its events and the rows it carries. */
export function applySegment(
  replica: Db,
  fileName: string,
  sha256: string,
  body: SegmentBody,
  readAt: string,
  /** The events' texts as the verifier hashed them (plus hash), so they are not serialised a second time. */
  eventTexts?: readonly string[],
): void {
  const { header, events, rows } = body;
  const counter = header.counter;
  replica.transaction(() => {
    replica
      .prepare(
        `INSERT INTO replica_segments (counter, segment_no, file_name, sha256, first_seq, last_seq, chain_head, published_at,
           last_event_at, read_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        counter,
        header.segmentNo,
        fileName,
        sha256,
        header.firstSeq,
        header.lastSeq,
        header.chainHead,
        header.publishedAt,
        events.at(-1)?.at ?? header.publishedAt,
        readAt,
      );
    const event = replica.prepare(
      'INSERT INTO replica_events (counter, seq, at, action, entity, entity_id, event) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const [i, e] of events.entries())
      event.run(counter, e.seq, e.at, e.action, e.entity, e.entityId, eventTexts?.[i] ?? JSON.stringify(e));
    const caseRow = replica.prepare(
      `INSERT OR REPLACE INTO replica_cases (counter, id, case_number, source, case_type_code, case_type_name, proceeding,
         status, claim_sen, registered_at, esv3_case_number, row) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const c of rows.cases) {
      caseRow.run(
        counter,
        int(c.id),
        str(c.case_number) ?? '',
        str(c.source) ?? '',
        str(c.case_type_code) ?? '',
        str(c.case_type_name) ?? '',
        str(c.proceeding) ?? '',
        str(c.status) ?? '',
        int(c.claim_sen),
        str(c.registered_at) ?? '',
        str(c.esv3_case_number),
        JSON.stringify(c),
      );
    }
    // A case's parties come whole with it: what the counter holds now replaces what was read before (one
    // statement for the segment's cases, not one a case: a segment carries thousands).
    replica
      .prepare('DELETE FROM replica_parties WHERE counter = ? AND case_id IN (SELECT value FROM json_each(?))')
      .run(counter, JSON.stringify(rows.cases.map((c) => int(c.id))));
    const party = replica.prepare(
      `INSERT OR REPLACE INTO replica_parties (counter, case_id, position, side, name, id_type, id_number, id_key,
         nationality) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const p of rows.parties) {
      const idNumber = str(p.id_number);
      party.run(
        counter,
        int(p.case_id),
        int(p.position),
        str(p.side) ?? '',
        str(p.name) ?? '',
        str(p.id_type) ?? '',
        idNumber,
        idKey(idNumber),
        str(p.nationality),
      );
    }
    const filing = replica.prepare(
      `INSERT OR REPLACE INTO replica_filings (counter, id, case_id, filing_type_code, filing_type_name, quantity, amount_sen,
         received_at, receipt_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const f of rows.filings as Row[]) {
      filing.run(
        counter,
        int(f.id),
        int(f.case_id),
        str(f.filing_type_code) ?? '',
        str(f.filing_type_name) ?? '',
        int(f.quantity) ?? 1,
        int(f.amount_sen) ?? 0,
        str(f.received_at) ?? '',
        int(f.receipt_id),
      );
    }
    const receipt = replica.prepare(
      `INSERT OR REPLACE INTO replica_receipts (counter, id, receipt_number, case_id, case_number, payer_name,
         payer_id_number, total_sen, status, issued_at, kew38_serial) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const r of rows.receipts) {
      receipt.run(
        counter,
        int(r.id),
        str(r.receipt_number) ?? '',
        int(r.case_id),
        str(r.case_number),
        str(r.payer_name) ?? '',
        str(r.payer_id_number),
        int(r.total_sen) ?? 0,
        str(r.status) ?? '',
        str(r.issued_at) ?? '',
        str(r.kew38_serial),
      );
    }
    const hearing = replica.prepare(
      `INSERT OR REPLACE INTO replica_hearings (counter, id, case_id, case_number, kind, date, time, room, set_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const e of events) {
      const h = hearingOf(e);
      if (h) hearing.run(counter, h.id, h.caseId, h.caseNumber, h.kind, h.date, h.time, h.room, e.at);
    }
  })();
}

export type ProblemKind =
  'GAP' | 'FORK' | 'CHANGED' | 'REMOVED' | 'UNREADABLE' | 'UNENROLLED' | 'BAD_SIGNATURE' | 'CONTINUITY' | 'CHAIN';

export interface CourtProblem {
  counter: string;
  segmentNo: number;
  kind: ProblemKind;
  messageMs: string;
  messageEn: string;
}

/** The problems of one counter as this round found them (the last round's are replaced). */
export function replaceProblems(replica: Db, counter: string, problems: CourtProblem[], at: string): void {
  replica.transaction(() => {
    replica.prepare('DELETE FROM replica_problems WHERE counter = ?').run(counter);
    const insert = replica.prepare(
      'INSERT INTO replica_problems (counter, segment_no, kind, message_ms, message_en, found_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    for (const p of problems) insert.run(p.counter, p.segmentNo, p.kind, p.messageMs, p.messageEn, at);
  })();
}

export function courtProblems(replica: Db): CourtProblem[] {
  return replica
    .prepare(
      'SELECT counter, segment_no AS segmentNo, kind, message_ms AS messageMs, message_en AS messageEn FROM court_problems',
    )
    .all() as CourtProblem[];
}
