import { AUDIT_FILE, BUNDLE_CSV_COLUMNS, type BundleCsvName, type BundleManifest } from '@shared/bundle/format';
import { sql } from '../db/statements';
import type { Db } from '../db/open';
import { NOTICE_KIND } from '../recovery/worklist';
import { BOM, csvLine } from './csv';

/** A UTC instant as court time with its offset: `2026-11-28T09:00:00.000+08:00` (Malaysia keeps no DST). */
export function courtIso(utc: string | null): string | null {
  if (utc === null) return null;
  const ms = Date.parse(utc);
  if (Number.isNaN(ms)) return utc;
  return new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00');
}

/** Sen as `123.50`: no currency sign, no thousands separator. */
export function rm(sen: number | null): string | null {
  if (sen === null) return null;
  const sign = sen < 0 ? '-' : '';
  const abs = Math.abs(sen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export interface RangeFigure {
  first: string;
  last: string;
  count: number;
}

export interface Snapshot {
  /** Each CSV as UTF-8 bytes (BOM, header, CRLF lines). */
  csv: Record<BundleCsvName, { bytes: Buffer; rows: number }>;
  /** audit.jsonl as bytes: at 100,000 cases it passes the longest string V8 will make. */
  audit: { bytes: Buffer; length: number; head: string };
  counts: Record<string, number>;
  totals: BundleManifest['totals'];
  ranges: BundleManifest['ranges'];
  outages: BundleManifest['outages'];
}

type Columns<N extends BundleCsvName> = (typeof BUNDLE_CSV_COLUMNS)[N][number];

/**
 * A column whose values can never hold a comma, quote or line break, written as is, without the quoting
 * test (which costs SQLite three evaluations of the column): a value the table CHECKs against a list of
 * codes, or a time or amount formatted here.
 */
export interface Plain {
  plain: string;
}
const plain = (expression: string): Plain => ({ plain: expression });

/**
 * An INTEGER column of a STRICT table: SQLite refuses any value but a whole number there, and a number's
 * digits (and sign) need no quoting, so it is written as is, like a code.
 */
const integer = (column: string): Plain => plain(column);

/** A UTC ISO column as court time, `2026-11-28T09:00:00.000+08:00`, computed by SQLite (as courtIso does). */
const time = (column: string): Plain => plain(`strftime('%Y-%m-%dT%H:%M:%f', ${column}, '+8 hours') || '+08:00'`);
/** Integer sen as `123.50` (amounts are never negative: the tables refuse it). */
const ringgit = (column: string): Plain =>
  plain(`CASE WHEN ${column} IS NULL THEN NULL ELSE printf('%d.%02d', ${column} / 100, ${column} % 100) END`);

/** Signed sen (the cash rounding, -2 to +2) as `-0.02`. */
const signedRinggit = (column: string): Plain =>
  plain(
    `CASE WHEN ${column} IS NULL THEN NULL ELSE (CASE WHEN ${column} < 0 THEN '-' ELSE '' END) || printf('%d.%02d', abs(${column}) / 100, abs(${column}) % 100) END`,
  );

/** The name of the user an audit actor (`user:<id>`) names; the actor itself for `system:…`. */
const actorName = (actor: string) =>
  `COALESCE((SELECT name FROM users WHERE ${actor} LIKE 'user:%' AND id = CAST(substr(${actor}, 6) AS INTEGER)), ${actor})`;

/**
 * Every reason given for going past a rule or changing a record, as the rows of overrides.csv: the
 * columns kind, case_number, reference, at (UTC, formatted by the caller), by, approved_by, reason.
 * The ESV3 rows start from the cases and receipts done in ESV3 (`CROSS JOIN` holds SQLite to that order):
 * left to choose, it read every audit event of every case and receipt, a third of the file's time at scale.
 */
const OVERRIDES_FROM = `FROM (
  SELECT 'PARTY_ID' AS kind, c.case_number, p.name AS reference, c.registered_at AS at, u.name AS who,
      NULL AS approver, p.id_override_reason AS reason, 1 AS k, p.id AS n
    FROM parties p JOIN cases c ON c.id = p.case_id JOIN users u ON u.id = c.registered_by
    WHERE p.id_override_reason IS NOT NULL
  UNION ALL SELECT 'APPOINTMENT_ID', c.case_number, a.reference, a.booked_at, u.name, NULL, a.id_override_reason, 2, a.id
    FROM appointments a JOIN users u ON u.id = a.booked_by LEFT JOIN cases c ON c.id = a.case_id
    WHERE a.id_override_reason IS NOT NULL
  UNION ALL SELECT 'HEARING_DATE', c.case_number, h.kind || ' ' || h.date || ' ' || h.time, h.set_at, u.name, s.name,
      h.override_reason, 3, h.id
    FROM hearings h JOIN cases c ON c.id = h.case_id JOIN users u ON u.id = h.set_by LEFT JOIN users s ON s.id = h.override_by
    WHERE h.override_reason IS NOT NULL
  UNION ALL SELECT 'FEE_EXEMPT', r.case_number, r.receipt_number || ' #' || i.line || ' ' || i.fee_code, r.issued_at,
      u.name, NULL, i.exempt_reason, 4, r.id * 1000 + i.line
    FROM receipt_items i JOIN receipts r ON r.id = i.receipt_id JOIN users u ON u.id = r.issued_by
    WHERE i.exempt_reason IS NOT NULL
  UNION ALL SELECT 'RECEIPT_CANCEL', r.case_number, r.receipt_number, r.cancelled_at,
      (SELECT ${actorName('e.actor')} FROM audit_events e
        WHERE e.action = 'receipt.cancel' AND e.entity = 'receipt' AND e.entity_id = CAST(r.id AS TEXT) ORDER BY e.seq LIMIT 1),
      u.name, r.cancel_reason, 5, r.id
    FROM receipts r LEFT JOIN users u ON u.id = r.cancelled_by WHERE r.cancel_reason IS NOT NULL
  UNION ALL SELECT 'DOCUMENT_CANCEL', d.case_number, d.kind || ' ' || d.reference, d.cancelled_at, u.name, NULL,
      d.cancel_reason, 6, d.id
    FROM documents d LEFT JOIN users u ON u.id = d.cancelled_by WHERE d.cancel_reason IS NOT NULL
  UNION ALL SELECT 'CASH_DIFFERENCE', NULL, x.court_date || ' ' || x.counter_id || ' v' || x.version, x.closed_at,
      u.name, s.name, x.difference_note, 7, 0
    FROM day_closes x JOIN users u ON u.id = x.prepared_by JOIN users s ON s.id = x.checked_by
    WHERE x.difference_note IS NOT NULL
  UNION ALL SELECT 'DAY_REOPEN', NULL, x.court_date || ' ' || x.counter_id || ' v' || x.version, x.reopened_at,
      u.name, s.name, x.reason, 8, 0
    FROM day_reopens x JOIN users u ON u.id = x.reopened_by JOIN users s ON s.id = x.approved_by
  UNION ALL SELECT 'SOP_OPTION', NULL, 'outage ' || o.outage_id || ': ' || o.from_option || ' -> ' || o.sop_option,
      o.started_at, u.name, NULL, o.reason, 9, o.id
    FROM outage_sop_periods o JOIN users u ON u.id = o.started_by WHERE o.reason IS NOT NULL
  UNION ALL SELECT 'NO_SHOW_CORRECTION', c.case_number, a.reference, a.no_show_corrected_at, u.name, NULL,
      a.no_show_correction_reason, 10, a.id
    FROM appointments a LEFT JOIN users u ON u.id = a.no_show_corrected_by LEFT JOIN cases c ON c.id = a.case_id
    WHERE a.no_show_correction_reason IS NOT NULL
  UNION ALL SELECT 'APPOINTMENT_STATUS', c.case_number, a.reference || ' ' || a.status, a.status_at, u.name, NULL,
      a.status_reason, 11, a.id
    FROM appointments a LEFT JOIN users u ON u.id = a.status_by LEFT JOIN cases c ON c.id = a.case_id
    WHERE a.status_reason IS NOT NULL
  UNION ALL SELECT 'ESV3_TYPE_MISMATCH', c.case_number, json_extract(e.data, '$.esv3CaseNumber'), e.at,
      ${actorName('e.actor')}, NULL, json_extract(e.data, '$.typeMismatch.reason'), 12, e.seq
    FROM cases c CROSS JOIN audit_events e ON e.entity = 'case' AND e.entity_id = CAST(c.id AS TEXT)
    WHERE c.esv3_done_at IS NOT NULL AND e.action IN ('recovery.done', 'recovery.correct')
      AND json_extract(e.data, '$.typeMismatch.reason') IS NOT NULL
  UNION ALL SELECT 'ESV3_CORRECTION', c.case_number, json_extract(e.data, '$.esv3CaseNumber'), e.at,
      ${actorName('e.actor')}, NULL, json_extract(e.data, '$.reason'), 13, e.seq
    FROM cases c CROSS JOIN audit_events e ON e.entity = 'case' AND e.entity_id = CAST(c.id AS TEXT)
    WHERE c.esv3_done_at IS NOT NULL AND e.action = 'recovery.correct' AND json_extract(e.data, '$.reason') IS NOT NULL
  UNION ALL SELECT 'ESV3_CORRECTION', r.case_number, r.receipt_number || ' -> ' || json_extract(e.data, '$.esv3PaymentRef'),
      e.at, ${actorName('e.actor')}, NULL, json_extract(e.data, '$.reason'), 13, e.seq
    FROM receipts r CROSS JOIN audit_events e ON e.entity = 'receipt' AND e.entity_id = CAST(r.id AS TEXT)
    WHERE r.esv3_done_at IS NOT NULL AND e.action = 'recovery.correct' AND json_extract(e.data, '$.reason') IS NOT NULL
  UNION ALL SELECT 'COURT_DUPLICATE', c.case_number, c.duplicate_of, c.registered_at, u.name, NULL, c.duplicate_reason,
      14, c.id
    FROM cases c JOIN users u ON u.id = c.registered_by WHERE c.duplicate_reason IS NOT NULL
) o ORDER BY o.at, o.k, o.n`;

/** A GLOB pattern: the text holds a quote, comma, LF or CR, so an RFC 4180 field of it must be quoted. */
const NEEDS_QUOTES = `('*[",' || char(10) || char(13) || ']*')`;

/** An SQL expression as one RFC 4180 field: empty for NULL, quoted (quotes doubled) when it must be. */
export function csvField(expression: string): string {
  const value = `CAST((${expression}) AS TEXT)`;
  return `CASE WHEN (${expression}) IS NULL THEN ''
    WHEN ${value} GLOB ${NEEDS_QUOTES} THEN '"' || replace(${value}, '"', '""') || '"'
    ELSE ${value} END`;
}

/**
 * A column that usually needs quoting (an address: "No. 5, Jalan …"): tested and quoted on its own, and left
 * out of the row's test below, which would otherwise fail on nearly every row.
 */
export interface Often {
  often: string;
}
const often = (expression: string): Often => ({ often: expression });

type Field = string | Plain | Often;

/**
 * A field as the row writes it when the row's test passed: as is (empty for NULL: concat_ws would leave a
 * NULL out, field and comma), or quoted if Often. No CAST: concat_ws takes each value's text itself.
 */
function asIs(field: Field): string {
  if (typeof field === 'string') return `COALESCE(${field}, '')`;
  return 'plain' in field ? `COALESCE(${field.plain}, '')` : csvField(field.often);
}

/**
 * One CSV line (without its CRLF) as an SQL expression. Nearly every row has no quote, comma or line break
 * in any field, so the test is made once on the row, on its quotable fields run together, and such a row is
 * joined in one concat_ws; only a row that fails it has each field tested and quoted (csvField). Testing
 * each field and joining with `||` (a copy of the growing line per field) took a quarter longer.
 */
export function csvLineSql(fields: readonly Field[]): string {
  const plainRow = `concat_ws(',', ${fields.map(asIs).join(', ')})`;
  const tested = fields.filter((f): f is string => typeof f === 'string');
  if (tested.length === 0) return plainRow;
  const quotedRow = `concat_ws(',', ${fields.map((f) => (typeof f === 'string' ? csvField(f) : asIs(f))).join(', ')})`;
  return `CASE WHEN concat(${tested.map((f) => `(${f})`).join(', ')}) GLOB ${NEEDS_QUOTES}
    THEN ${quotedRow} ELSE ${plainRow} END`;
}

/** Called with each file of the snapshot as soon as it is made, so the caller can compress it meanwhile. */
export type OnSnapshotFile = (name: BundleCsvName | typeof AUDIT_FILE, bytes: Buffer) => void;

/** Lines joined by SQLite: how many, and their bytes (null when none). */
interface Joined {
  rows: number;
  bytes: Buffer | null;
}

/**
 * The lines `line` of `SELECT ... <from>`, in the query's order, joined by `separator` into UTF-8 by SQLite
 * itself: group_concat cast to a BLOB comes back as one Buffer, so no line ever becomes a JavaScript string
 * (decoding each row, joining and encoding back took more than the SQL). The subquery keeps its ORDER BY:
 * SQLite never flattens an ordered subquery into an aggregate, so group_concat takes the rows in that order
 * (the golden CSVs hold it to that).
 */
function joinedSql(line: string, from: string, separator: string): string {
  return `SELECT count(*) AS rows, CAST(group_concat(line, ${separator}) AS BLOB) AS bytes
    FROM (SELECT ${line} AS line ${from})`;
}

const CRLF = Buffer.from('\r\n');
const LF = Buffer.from('\n');

/** The parts of a file: each batch of lines followed by the separator. */
function withSeparator(joined: Joined, separator: Buffer): Buffer[] {
  return joined.bytes === null || joined.rows === 0 ? [] : [joined.bytes, separator];
}

/**
 * One CSV straight from SQLite: the SELECT is built from the format's column list, so the order can never
 * drift, and SQLite writes each line (as csvLine does), sparing an array and strings per row.
 */
function csvFrom<N extends BundleCsvName>(
  db: Db,
  name: N,
  expressions: Record<Columns<N>, Field>,
  from: string,
  onFile: OnSnapshotFile | undefined,
): { bytes: Buffer; rows: number } {
  const columns = BUNDLE_CSV_COLUMNS[name] as readonly Columns<N>[];
  const line = csvLineSql(columns.map((c) => expressions[c]));
  const joined = sql(db, joinedSql(line, from, 'char(13, 10)')).get() as Joined;
  const file = {
    bytes: Buffer.concat([Buffer.from(`${BOM}${csvLine(columns)}`, 'utf8'), ...withSeparator(joined, CRLF)]),
    rows: joined.rows,
  };
  onFile?.(name, file.bytes);
  return file;
}

/**
 * Reads the whole ledger at one instant (call inside a transaction) and lays it out as the bundle's files,
 * the audit chain (the largest) first, each file handed to `onFile` as soon as it is made.
 */
export function takeSnapshot(db: Db, onFile?: OnSnapshotFile): Snapshot {
  const audit = auditLines(db);
  onFile?.(AUDIT_FILE, audit.bytes);
  const cases = csvFrom(
    db,
    'cases.csv',
    {
      case_number: 'c.case_number',
      source: plain('c.source'),
      case_type_code: 'c.case_type_code',
      case_type_name: 'c.case_type_name',
      proceeding: plain('c.proceeding'),
      court_code: 'c.court_code',
      registered_at: time('c.registered_at'),
      registered_by: 'u.name',
      outage_id: integer('c.outage_id'),
      status: plain('c.status'),
      esv3_case_number: 'c.esv3_case_number',
      esv3_done_at: time('c.esv3_done_at'),
      category: 'c.category',
      provisional: plain('c.provisional'),
      running_number: integer('c.running_number'),
      year: integer('c.year'),
      claim_rm: ringgit('c.claim_sen'),
      lawyer_name: 'c.lawyer_name',
      lawyer_firm: 'c.lawyer_firm',
      note: 'c.note',
      sop_option: integer('c.sop_option'),
      esv2_receipt_number: 'c.esv2_receipt_number',
      origin_counter: 'c.origin_counter',
    },
    'FROM cases c JOIN users u ON u.id = c.registered_by ORDER BY c.id',
    onFile,
  );
  const parties = csvFrom(
    db,
    'parties.csv',
    {
      case_number: 'c.case_number',
      role: plain('p.side'),
      name: 'p.name',
      id_type: 'p.id_type',
      id_number: 'p.id_number',
      address: often('p.address'),
      phone: 'p.phone',
      position: integer('p.position'),
      id_warnings: "(SELECT group_concat(w.value, '; ') FROM json_each(p.id_warnings) w)",
      id_override_reason: 'p.id_override_reason',
      nationality: 'p.nationality',
    },
    'FROM parties p JOIN cases c ON c.id = p.case_id ORDER BY p.case_id, p.position',
    onFile,
  );
  const receipts = csvFrom(
    db,
    'receipts.csv',
    {
      receipt_number: 'r.receipt_number',
      issued_at: time('r.issued_at'),
      issued_by: 'u.name',
      case_number: 'r.case_number',
      payer_name: 'r.payer_name',
      payer_id_number: 'r.payer_id_number',
      method: plain('r.method'),
      amount_rm: ringgit('r.total_sen'),
      status: plain('r.status'),
      cancelled_reason: 'r.cancel_reason',
      replaces_receipt_number: 'o.receipt_number',
      kew38_serial: 'r.kew38_serial',
      igfmas_ref: 'r.igfmas_ref',
      ispeks_ref: 'r.ispeks_ref',
      esv3_payment_ref: 'r.esv3_payment_ref',
      counter_id: 'r.counter_id',
      running_number: integer('r.running_number'),
      court_date: 'r.court_date',
      outage_id: integer('r.outage_id'),
      method_reference: 'r.method_reference',
      pdf_sha256: 'r.pdf_sha256',
      cheque_bank: 'r.cheque_bank',
      rounding_rm: signedRinggit('r.rounding_sen'),
      received_rm: ringgit('(r.total_sen + r.rounding_sen)'),
    },
    `FROM receipts r JOIN users u ON u.id = r.issued_by LEFT JOIN receipts o ON o.id = r.replaces_receipt_id
     ORDER BY r.counter_id, r.year, r.running_number`,
    onFile,
  );
  const items = csvFrom(
    db,
    'receipt_items.csv',
    {
      receipt_number: 'r.receipt_number',
      line: integer('i.line'),
      fee_code: 'i.fee_code',
      description: 'i.description',
      amount_rm: ringgit('i.amount_sen'),
      quantity: integer('i.quantity'),
      exempt_reason: 'i.exempt_reason',
      // The amount of one (a line's amount is the unit × quantity, typed or from the schedule).
      unit_rm: ringgit('CASE WHEN i.amount_sen % i.quantity = 0 THEN i.amount_sen / i.quantity END'),
      amount_typed: plain('f.amount_typed'),
    },
    `FROM receipt_items i JOIN receipts r ON r.id = i.receipt_id LEFT JOIN fee_items f ON f.code = i.fee_code
     ORDER BY r.counter_id, r.year, r.running_number, i.line`,
    onFile,
  );
  const documents = csvFrom(
    db,
    'documents.csv',
    {
      kind: 'd.kind',
      reference: 'd.reference',
      case_number: 'd.case_number',
      issued_at: time('d.issued_at'),
      issued_by: 'u.name',
      copies: integer('d.copies'),
      status: plain('d.status'),
      pdf_sha256: 'd.pdf_sha256',
      cancelled_reason: 'd.cancel_reason',
      // A number-change notice that a later notice of the same case replaced (its ESV3 number corrected).
      superseded_by: `CASE WHEN d.kind = '${NOTICE_KIND}' THEN (SELECT n.reference FROM documents n
        WHERE n.kind = d.kind AND n.case_id = d.case_id AND n.id > d.id AND n.status = 'ISSUED'
          AND n.reference <> d.reference ORDER BY n.id LIMIT 1) END`,
    },
    'FROM documents d JOIN users u ON u.id = d.issued_by ORDER BY d.id',
    onFile,
  );
  const filings = csvFrom(
    db,
    'filings.csv',
    {
      case_number: 'c.case_number',
      filed_at: time('f.received_at'),
      filed_by: 'u.name',
      document_type: 'f.filing_type_code',
      description: "f.filing_type_name || COALESCE(' — ' || f.description, '')",
      receipt_number: 'r.receipt_number',
      amount_rm: ringgit('f.amount_sen'),
      sop_option: integer('f.sop_option'),
    },
    `FROM filings f JOIN cases c ON c.id = f.case_id JOIN users u ON u.id = f.received_by
     LEFT JOIN receipts r ON r.id = f.receipt_id ORDER BY f.id`,
    onFile,
  );
  const appointments = csvFrom(
    db,
    'appointments.csv',
    {
      reference: 'a.reference',
      booked_at: time('a.booked_at'),
      booked_by: 'u.name',
      appointment_date: 'a.appointment_date',
      name: 'a.person_name',
      id_number: 'a.id_number',
      phone: 'a.phone',
      case_type_code: 'a.case_type_code',
      status: plain('a.status'),
      case_number: 'c.case_number',
      session: plain('a.session'),
      session_start: plain('a.session_start'),
      session_end: plain('a.session_end'),
      id_type: 'a.id_type',
      id_override_reason: 'a.id_override_reason',
      status_reason: 'a.status_reason',
      no_show_correction_reason: 'a.no_show_correction_reason',
    },
    `FROM appointments a JOIN users u ON u.id = a.booked_by LEFT JOIN cases c ON c.id = a.case_id ORDER BY a.id`,
    onFile,
  );
  const hearings = csvFrom(
    db,
    'hearings.csv',
    {
      case_number: 'c.case_number',
      kind: plain('h.kind'),
      hearing_date: 'h.date',
      hearing_time: 'h.time',
      room: 'h.room',
      set_at: time('h.set_at'),
      set_by: 'u.name',
      override_reason: 'h.override_reason',
      override_by: 's.name',
    },
    `FROM hearings h JOIN cases c ON c.id = h.case_id JOIN users u ON u.id = h.set_by
     LEFT JOIN users s ON s.id = h.override_by ORDER BY h.id`,
    onFile,
  );
  const overrides = csvFrom(
    db,
    'overrides.csv',
    {
      kind: plain('o.kind'),
      case_number: 'o.case_number',
      reference: 'o.reference',
      at: time('o.at'),
      by: 'o.who',
      approved_by: 'o.approver',
      reason: 'o.reason',
    },
    OVERRIDES_FROM,
    onFile,
  );
  const csv: Snapshot['csv'] = {
    'cases.csv': cases,
    'parties.csv': parties,
    'receipts.csv': receipts,
    'receipt_items.csv': items,
    'filings.csv': filings,
    'appointments.csv': appointments,
    'documents.csv': documents,
    'hearings.csv': hearings,
    'overrides.csv': overrides,
  };

  const figures = sql(
    db,
    `SELECT COUNT(*) AS cases, COALESCE(SUM(source = 'MANUAL'), 0) AS manual FROM cases`,
  ).get() as { cases: number; manual: number };
  const byMethod = sql(
    db,
    `SELECT method, status, COUNT(*) AS n, SUM(total_sen) AS sen FROM receipts GROUP BY method, status ORDER BY method`,
  ).all() as { method: string; status: string; n: number; sen: number }[];
  const byMethodSen: Record<string, number> = {};
  let issuedSen = 0;
  let cancelledSen = 0;
  let issuedCount = 0;
  let cancelledCount = 0;
  for (const m of byMethod) {
    if (m.status === 'ISSUED') {
      byMethodSen[m.method] = (byMethodSen[m.method] ?? 0) + m.sen;
      issuedSen += m.sen;
      issuedCount += m.n;
    } else {
      cancelledSen += m.sen;
      cancelledCount += m.n;
    }
  }

  return {
    csv,
    audit,
    counts: {
      cases: figures.cases,
      casesManual: figures.manual,
      parties: parties.rows,
      receipts: receipts.rows,
      receiptsIssued: issuedCount,
      receiptsCancelled: cancelledCount,
      receiptItems: items.rows,
      filings: filings.rows,
      appointments: appointments.rows,
      documents: documents.rows,
      hearings: hearings.rows,
      overrides: overrides.rows,
      auditEvents: audit.length,
    },
    totals: { issuedSen, issuedRm: rm(issuedSen) ?? '0.00', byMethodSen, cancelledSen },
    ranges: { caseNumbers: caseRanges(db), receiptNumbers: receiptRanges(db) },
    outages: (
      sql(db, 'SELECT id, sop_option, started_at, closed_at FROM outages ORDER BY id').all() as {
        id: number;
        sop_option: number;
        started_at: string;
        closed_at: string | null;
      }[]
    ).map((o) => ({
      id: o.id,
      sopOption: o.sop_option,
      startedAt: courtIso(o.started_at) ?? o.started_at,
      closedAt: courtIso(o.closed_at),
      periods: (
        sql(
          db,
          `SELECT p.sop_option, p.from_option, p.started_at, u.name, p.reason
           FROM outage_sop_periods p JOIN users u ON u.id = p.started_by WHERE p.outage_id = ? ORDER BY p.id`,
        ).all(o.id) as {
          sop_option: number;
          from_option: number | null;
          started_at: string;
          name: string;
          reason: string | null;
        }[]
      ).map((p) => ({
        sopOption: p.sop_option,
        fromOption: p.from_option,
        startedAt: courtIso(p.started_at) ?? p.started_at,
        startedBy: p.name,
        reason: p.reason,
      })),
    })),
  };
}

/**
 * Every audit event in seq order, one JSON object per line: the stored fields in their order, `data` the
 * very canonical JSON it was hashed with. SQLite writes each line (json_quote escapes as JSON does), which
 * spares building tens of thousands of objects for a file that is most of the bundle.
 */
function auditLines(db: Db): Snapshot['audit'] {
  // A batch of events at a time, by seq (the chain starts at 1): the chain of a large ledger is far past
  // SQLite's longest BLOB (a billion bytes), which no CSV comes near.
  const batch = sql(
    db,
    `SELECT count(*) AS rows, CAST(group_concat(line, char(10)) AS BLOB) AS bytes, max(seq) AS last
     FROM (SELECT seq, '{"seq":' || seq || ',"at":' || json_quote(at) || ',"actor":' || json_quote(actor)
       || ',"action":' || json_quote(action) || ',"entity":' || json_quote(entity)
       || ',"entityId":' || json_quote(entity_id) || ',"data":' || data || ',"prev":"' || prev
       || '","hash":"' || hash || '"}' AS line FROM audit_events WHERE seq > ? ORDER BY seq LIMIT 5000)`,
  );
  const chunks: Buffer[] = [];
  let length = 0;
  for (let after = 0; ;) {
    const joined = batch.get(after) as Joined & { last: number | null };
    if (joined.last === null) break;
    chunks.push(...withSeparator(joined, LF));
    length += joined.rows;
    after = joined.last;
  }
  const last = sql(db, 'SELECT hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as { hash: string } | undefined;
  return { bytes: Buffer.concat(chunks), length, head: last?.hash ?? '0'.repeat(64) };
}

/** First and last case number per number series this counter numbered (manual registrations). */
function caseRanges(db: Db): BundleManifest['ranges']['caseNumbers'] {
  const rows = sql(
    db,
    `SELECT scope_key AS scope, COUNT(*) AS count,
       (SELECT case_number FROM cases f WHERE f.scope_key = c.scope_key ORDER BY running_number LIMIT 1) AS first,
       (SELECT case_number FROM cases l WHERE l.scope_key = c.scope_key ORDER BY running_number DESC LIMIT 1) AS last
     FROM cases c WHERE scope_key IS NOT NULL AND running_number IS NOT NULL GROUP BY scope_key ORDER BY scope_key`,
  ).all() as { scope: string; count: number; first: string; last: string }[];
  return rows.map((r) => ({ scope: r.scope, first: r.first, last: r.last, count: r.count }));
}

/** First and last receipt number per receipt series (counter + year). */
function receiptRanges(db: Db): BundleManifest['ranges']['receiptNumbers'] {
  const rows = sql(
    db,
    `SELECT counter_id || '-' || year AS series, COUNT(*) AS count,
       (SELECT receipt_number FROM receipts f WHERE f.counter_id = r.counter_id AND f.year = r.year ORDER BY running_number LIMIT 1) AS first,
       (SELECT receipt_number FROM receipts l WHERE l.counter_id = r.counter_id AND l.year = r.year ORDER BY running_number DESC LIMIT 1) AS last
     FROM receipts r GROUP BY counter_id, year ORDER BY counter_id, year`,
  ).all() as { series: string; count: number; first: string; last: string }[];
  return rows.map((r) => ({ series: r.series, first: r.first, last: r.last, count: r.count }));
}
