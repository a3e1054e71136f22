import { BUNDLE_CSV_COLUMNS, type BundleCsvName, type BundleManifest } from '../../../shared/bundle/format';
import { sql } from '../db/statements';
import type { Db } from '../db/open';
import { csvFile, type CsvValue } from './csv';

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

type Row = Record<string, CsvValue>;

function ordered(name: BundleCsvName, rows: Row[]): CsvValue[][] {
  const columns = BUNDLE_CSV_COLUMNS[name];
  return rows.map((row) => columns.map((c) => row[c] ?? null));
}

function tableExists(db: Db, table: string): boolean {
  return sql(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/**
 * A table another part of the app owns (filings, appointments): its columns that carry a bundle column's
 * name go out as they are (`*_at` as court time, `amount_sen` as `amount_rm`); a missing table is a header.
 */
function optionalTable(db: Db, name: 'filings.csv' | 'appointments.csv', table: string): Row[] {
  if (!tableExists(db, table)) return [];
  const users = new Map(
    (sql(db, 'SELECT id, name FROM users').all() as { id: number; name: string }[]).map((u) => [u.id, u.name]),
  );
  const rows = db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as Record<string, unknown>[];
  return rows.map((source) => {
    const row: Row = {};
    for (const column of BUNDLE_CSV_COLUMNS[name]) {
      let value: unknown = source[column];
      if (column === 'amount_rm' && value === undefined)
        value = rm(typeof source.amount_sen === 'number' ? source.amount_sen : null);
      else if (column.endsWith('_by') && typeof value === 'number') value = users.get(value) ?? String(value);
      else if (column.endsWith('_at') && typeof value === 'string') value = courtIso(value);
      row[column] = typeof value === 'string' || typeof value === 'number' ? value : null;
    }
    return row;
  });
}

export interface RangeFigure {
  first: string;
  last: string;
  count: number;
}

export interface Snapshot {
  csv: Record<BundleCsvName, { text: string; rows: number }>;
  /** audit.jsonl as bytes: at 100,000 cases it passes the longest string V8 will make. */
  audit: { bytes: Buffer; length: number; head: string };
  counts: Record<string, number>;
  totals: BundleManifest['totals'];
  ranges: BundleManifest['ranges'];
  outages: BundleManifest['outages'];
}

/** Reads the whole ledger at one instant (call inside a transaction) and lays it out as the bundle's files. */
export function takeSnapshot(db: Db): Snapshot {
  const cases = sql(
    db,
    `SELECT c.*, u.name AS registered_by_name FROM cases c JOIN users u ON u.id = c.registered_by ORDER BY c.id`,
  ).all() as Record<string, string | number | null>[];
  const caseRows: Row[] = cases.map((c) => ({
    ...c,
    registered_at: courtIso(c.registered_at as string),
    registered_by: c.registered_by_name ?? null,
    esv3_done_at: courtIso(c.esv3_done_at as string | null),
    claim_rm: rm(c.claim_sen as number | null),
  }));

  const parties = sql(
    db,
    `SELECT c.case_number, p.side AS role, p.name, p.id_type, p.id_number, p.address, p.phone, p.position
     FROM parties p JOIN cases c ON c.id = p.case_id ORDER BY p.case_id, p.position`,
  ).all() as Row[];

  const receipts = sql(
    db,
    `SELECT r.*, u.name AS issued_by_name, r.cancel_reason AS cancelled_reason, o.receipt_number AS replaces_number
     FROM receipts r JOIN users u ON u.id = r.issued_by LEFT JOIN receipts o ON o.id = r.replaces_receipt_id
     ORDER BY r.counter_id, r.year, r.running_number`,
  ).all() as Record<string, string | number | null>[];
  const receiptRows: Row[] = receipts.map((r) => ({
    ...r,
    issued_at: courtIso(r.issued_at as string),
    issued_by: r.issued_by_name ?? null,
    amount_rm: rm(r.total_sen as number),
    replaces_receipt_number: r.replaces_number ?? null,
  }));

  const items = sql(
    db,
    `SELECT r.receipt_number, i.line, i.fee_code, i.description, i.amount_sen, i.quantity, i.exempt_reason
     FROM receipt_items i JOIN receipts r ON r.id = i.receipt_id ORDER BY r.counter_id, r.year, r.running_number, i.line`,
  ).all() as Record<string, string | number | null>[];
  const itemRows: Row[] = items.map((i) => ({ ...i, amount_rm: rm(i.amount_sen as number) }));

  const documents = sql(
    db,
    `SELECT d.kind, d.reference, d.case_number, d.issued_at, u.name AS issued_by, d.copies, d.status, d.pdf_sha256
     FROM documents d JOIN users u ON u.id = d.issued_by ORDER BY d.id`,
  ).all() as Row[];
  const documentRows = documents.map((d) => ({ ...d, issued_at: courtIso(d.issued_at as string) }));

  const all: Record<BundleCsvName, Row[]> = {
    'cases.csv': caseRows,
    'parties.csv': parties,
    'receipts.csv': receiptRows,
    'receipt_items.csv': itemRows,
    'filings.csv': optionalTable(db, 'filings.csv', 'filings'),
    'appointments.csv': optionalTable(db, 'appointments.csv', 'appointments'),
    'documents.csv': documentRows,
  };
  const csv = {} as Snapshot['csv'];
  for (const [name, rows] of Object.entries(all) as [BundleCsvName, Row[]][]) {
    csv[name] = { text: csvFile(BUNDLE_CSV_COLUMNS[name], ordered(name, rows)), rows: rows.length };
  }

  const audit = auditLines(db);

  const issued = receipts.filter((r) => r.status === 'ISSUED');
  const byMethodSen: Record<string, number> = {};
  for (const r of issued)
    byMethodSen[r.method as string] = (byMethodSen[r.method as string] ?? 0) + (r.total_sen as number);
  const issuedSen = issued.reduce((sum, r) => sum + (r.total_sen as number), 0);
  const cancelledSen = receipts
    .filter((r) => r.status === 'CANCELLED')
    .reduce((sum, r) => sum + (r.total_sen as number), 0);

  return {
    csv,
    audit,
    counts: {
      cases: cases.length,
      casesManual: cases.filter((c) => c.source === 'MANUAL').length,
      parties: parties.length,
      receipts: receipts.length,
      receiptsIssued: issued.length,
      receiptsCancelled: receipts.length - issued.length,
      receiptItems: items.length,
      filings: all['filings.csv'].length,
      appointments: all['appointments.csv'].length,
      documents: documents.length,
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
    })),
  };
}

/**
 * Every audit event in seq order, one JSON object per line: the stored fields in their order, `data` the
 * very canonical JSON it was hashed with. SQLite writes each line (json_quote escapes as JSON does), which
 * spares building tens of thousands of objects for a file that is most of the bundle.
 */
function auditLines(db: Db): Snapshot['audit'] {
  const rows = sql(
    db,
    `SELECT '{"seq":' || seq || ',"at":' || json_quote(at) || ',"actor":' || json_quote(actor)
       || ',"action":' || json_quote(action) || ',"entity":' || json_quote(entity)
       || ',"entityId":' || json_quote(entity_id) || ',"data":' || data || ',"prev":"' || prev
       || '","hash":"' || hash || '"}' FROM audit_events ORDER BY seq`,
  )
    .pluck()
    .iterate() as IterableIterator<string>;
  const chunks: Buffer[] = [];
  let batch: string[] = [];
  let length = 0;
  for (const line of rows) {
    batch.push(line);
    length += 1;
    if (batch.length === 5000) {
      chunks.push(Buffer.from(`${batch.join('\n')}\n`, 'utf8'));
      batch = [];
    }
  }
  if (batch.length > 0) chunks.push(Buffer.from(`${batch.join('\n')}\n`, 'utf8'));
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
