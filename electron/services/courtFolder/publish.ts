import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import type { CrashHook } from '../backup/crashPoint';
import { crashPoint } from '../backup/crashPoint';
import { readRecoveryKey } from '../backup/recoveryKey';
import { activeIctKeyArmors } from '../bundle/ictKeys';
import { readDeviceKey } from '../bundle/deviceKey';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import { rowToEvent, type AuditEvent, type AuditRow } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { enrolledKeys } from './enrolment';
import { counterDir, courtCodeOf, isTemporaryName, segmentName } from './layout';
import {
  openSegment,
  sealSegment,
  sha256Hex,
  SEGMENT_FORMAT,
  SEGMENT_VERSION,
  type Row,
  type SegmentBody,
  type SegmentRows,
} from './segment';
import { SegmentExists, writeSegmentOnce } from './segmentFile';
import { carriesSettings, takeSettingsSnapshot } from './settingsSnapshot';

/** At most this many events in one segment, so a counter back after days offline writes several. */
export const EVENTS_PER_SEGMENT = 2000;

export interface PublishOptions {
  folder: string;
  signer: openpgp.PrivateKey;
  crash?: CrashHook;
  eventsPerSegment?: number;
}

export type PublishOutcome =
  | { reachable: true; published: number[]; adopted: number[]; lastSegment: number; lastSeq: number }
  | { reachable: false; published: number[]; reason: string }
  | { reachable: true; published: number[]; refused: { segmentNo: number; messageMs: string; messageEn: string } };

interface SegmentRow {
  segment_no: number;
  file_name: string;
  first_seq: number;
  last_seq: number;
  chain_head: string;
  sha256: string;
}

function lastPublished(ledger: Ledger): SegmentRow | undefined {
  return sql(ledger.db, 'SELECT * FROM court_segments ORDER BY segment_no DESC LIMIT 1').get() as
    SegmentRow | undefined;
}

function record(ledger: Ledger, segmentNo: number, body: SegmentBody, sha256: string): void {
  const { header } = body;
  sql(
    ledger.db,
    `INSERT INTO court_segments (segment_no, file_name, first_seq, last_seq, chain_head, sha256, published_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    segmentNo,
    segmentName(segmentNo),
    header.firstSeq,
    header.lastSeq,
    header.chainHead,
    sha256,
    header.publishedAt,
  );
}

const idsOf = (events: AuditEvent[], entity: string): number[] => [
  ...new Set(events.filter((e) => e.entity === entity).map((e) => Number(e.entityId))),
];

function rowsWhere(ledger: Ledger, table: string, column: string, ids: number[]): Row[] {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(', ');
  return sql(ledger.db, `SELECT * FROM ${table} WHERE ${column} IN (${marks}) ORDER BY id`).all(...ids) as Row[];
}

function itemsOf(ledger: Ledger, receiptIds: number[]): Row[] {
  if (receiptIds.length === 0) return [];
  const marks = receiptIds.map(() => '?').join(', ');
  return sql(ledger.db, `SELECT * FROM receipt_items WHERE receipt_id IN (${marks}) ORDER BY receipt_id, line`).all(
    ...receiptIds,
  ) as Row[];
}

/** The rows the events made or changed, as they stand now (read in the same snapshot as the events). */
function rowsFor(ledger: Ledger, events: AuditEvent[]): SegmentRows {
  const caseIds = idsOf(events, 'case');
  const receiptIds = idsOf(events, 'receipt');
  return {
    cases: rowsWhere(ledger, 'cases', 'id', caseIds),
    parties: rowsWhere(ledger, 'parties', 'case_id', caseIds),
    filings: rowsWhere(ledger, 'filings', 'case_id', caseIds),
    receipts: rowsWhere(ledger, 'receipts', 'id', receiptIds),
    receiptItems: itemsOf(ledger, receiptIds),
    ...(carriesSettings(events) ? { settings: takeSettingsSnapshot(ledger.db) } : {}),
  };
}

/** The next segment's content, events and rows read in one snapshot of the ledger; null when nothing is new. */
function nextBody(ledger: Ledger, after: SegmentRow | undefined, limit: number, at: Date): SegmentBody | null {
  return ledger.db.transaction((): SegmentBody | null => {
    const events = (
      sql(ledger.db, 'SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?').all(
        after?.last_seq ?? 0,
        limit,
      ) as AuditRow[]
    ).map(rowToEvent);
    const last = events.at(-1);
    const first = events[0];
    if (!first || !last) return null;
    const { court } = requireCourtConfig(ledger);
    const key = readDeviceKey(ledger);
    return {
      header: {
        format: SEGMENT_FORMAT,
        version: SEGMENT_VERSION,
        court: courtCodeOf(court),
        counter: court.counterId,
        fingerprint: key?.fingerprint ?? '',
        segmentNo: (after?.segment_no ?? 0) + 1,
        firstSeq: first.seq,
        lastSeq: last.seq,
        previousSha256: after?.sha256 ?? null,
        chainHead: last.hash,
        publishedAt: at.toISOString(),
      },
      events,
      rows: rowsFor(ledger, events),
    };
  })();
}

/**
 * Whom a segment is for: every enrolled counter, ICT, this counter itself, and the court recovery key
 * (a new PC rebuilds from the segments with ICT's key or the recovery passphrase: the device key's secret
 * half never leaves the PC that made it).
 */
function recipients(ledger: Ledger): string[] {
  const own = readDeviceKey(ledger);
  const recovery = readRecoveryKey(ledger.db);
  return [
    ...(own ? [own.publicArmored] : []),
    ...(recovery ? [recovery.publicArmored] : []),
    ...[...enrolledKeys(ledger).values()].map((k) => k.publicArmored),
    ...activeIctKeyArmors(ledger).map((k) => k.armored),
  ];
}

/** Leftovers of a write cut short (power cut between writing and naming): never read, cleared here. */
function clearTemporaries(dir: string): void {
  for (const name of readdirSync(dir)) if (isTemporaryName(name)) unlinkSync(join(dir, name));
}

function sameEvents(ledger: Ledger, events: AuditEvent[]): boolean {
  for (const e of events) {
    const hash = sql(ledger.db, 'SELECT hash FROM audit_events WHERE seq = ?').pluck().get(e.seq) as string | undefined;
    if (hash !== e.hash) return false;
  }
  return true;
}

/**
 * A segment file found under the next number that the ledger has not recorded: one this counter wrote
 * before a power cut cut off the recording. Taken as published when it opens with this counter's key,
 * is signed by it, and holds exactly the ledger's next events; anything else is refused.
 */
async function adopt(
  ledger: Ledger,
  file: string,
  segmentNo: number,
  after: SegmentRow | undefined,
  signer: openpgp.PrivateKey,
): Promise<boolean> {
  const bytes = readFileSync(file);
  const opened = await openSegment(bytes, signer);
  if (!opened.ok) return false;
  const { header, events } = opened.body;
  const fits =
    header.segmentNo === segmentNo &&
    header.firstSeq === (after?.last_seq ?? 0) + 1 &&
    header.previousSha256 === (after?.sha256 ?? null) &&
    events.length === header.lastSeq - header.firstSeq + 1 &&
    (await opened.verify(signer.toPublic().armor())) &&
    sameEvents(ledger, events);
  if (!fits) return false;
  ledger.db.transaction(() => record(ledger, segmentNo, opened.body, sha256Hex(bytes)))();
  return true;
}

function folderReachable(folder: string): string | null {
  try {
    if (!statSync(folder).isDirectory()) return `"${folder}" bukan folder / is not a folder`;
    return null;
  } catch (error) {
    return `${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`;
  }
}

/**
 * Publishes every event not yet in a segment. Runs off the clerk's path (the sync round calls it in
 * the background); with the folder gone or full it stops where it is and the next round goes on from the
 * last segment the ledger recorded, so nothing is skipped and nothing written twice.
 */
export async function publishSegments(ledger: Ledger, options: PublishOptions): Promise<PublishOutcome> {
  const published: number[] = [];
  const adopted: number[] = [];
  const gone = folderReachable(options.folder);
  if (gone) return { reachable: false, published, reason: gone };
  const { court } = requireCourtConfig(ledger);
  const dir = counterDir(options.folder, courtCodeOf(court), court.counterId);
  const limit = options.eventsPerSegment ?? EVENTS_PER_SEGMENT;
  try {
    mkdirSync(dir, { recursive: true });
    clearTemporaries(dir);
    for (;;) {
      const after = lastPublished(ledger);
      const segmentNo = (after?.segment_no ?? 0) + 1;
      const file = join(dir, segmentName(segmentNo));
      if (existsSync(file)) {
        if (await adopt(ledger, file, segmentNo, after, options.signer)) {
          adopted.push(segmentNo);
          continue;
        }
        return {
          reachable: true,
          published,
          refused: {
            segmentNo,
            messageMs: `Fail ${segmentName(segmentNo)} dalam folder kaunter ini bukan segmen yang ditulis oleh kaunter ini. Penerbitan dihentikan; hubungi ICT.`,
            messageEn: `File ${segmentName(segmentNo)} in this counter's folder is not a segment this counter wrote. Publishing stopped; call ICT.`,
          },
        };
      }
      const body = nextBody(ledger, after, limit, ledger.clock());
      if (!body) break;
      const bytes = await sealSegment(body, {
        signer: options.signer,
        recipients: recipients(ledger),
        date: ledger.clock(),
      });
      writeSegmentOnce(dir, segmentNo, bytes, options.crash);
      crashPoint('court:renamed', options.crash);
      ledger.db.transaction(() => record(ledger, segmentNo, body, sha256Hex(bytes)))();
      published.push(segmentNo);
    }
  } catch (error) {
    if (error instanceof SegmentExists) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
      return { reachable: false, published, reason: `${options.folder}: ${code}` };
    throw error;
  }
  const last = lastPublished(ledger);
  return {
    reachable: true,
    published,
    adopted,
    lastSegment: last?.segment_no ?? 0,
    lastSeq: last?.last_seq ?? 0,
  };
}
