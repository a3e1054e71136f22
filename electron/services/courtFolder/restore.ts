import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import { crashPoint, type CrashHook } from '../backup/crashPoint';
import { DATABASE_NAME, INCOMING_FILE, clearIncoming, swapInRestored } from '../backup/restoreJournal';
import { openDatabase, type Db } from '../db/open';
import { sql } from '../db/statements';
import { appendAudit, type AuditEvent } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { raiseFloor } from '../series/floors';
import { SERIES } from '../series/kinds';
import { normaliseFingerprint, readCounterKey, type EnrolledCounter } from './enrolment';
import { counterDir, courtDir } from './layout';
import type { CourtProblem } from './replica';
import { field, latestRows, rebuildRecords } from './rebuildRecords';
import { verifiedSegments, type VerifiedSegment } from './verifySegments';
import { latestSettings } from './settingsSnapshot';

/*
 * Kaunter court restore: a replacement PC rebuilds a counter's ledger from the segments that counter
 * published in the court folder. Its own secret device key died with the old PC (the OS vault keeps it
 * on that PC only), so the segments are opened with a key they were also encrypted to: ICT's secret key
 * or the court recovery key (its locked file lies beside every backup, opened with the recovery
 * passphrase). Trust is the old device key's fingerprint from the setup slip, as for enrolment.
 *
 * What is rebuilt: the audit chain exactly as published (every event, same hashes), and from it and the
 * rows the segments carry the court, the users (without PINs: a supervisor gets a new one, the clerks
 * are given theirs again), the cases with their parties, filings, receipts and their lines, the outages;
 * the configuration as the last segment that carried it holds it (case types, fees, filing types,
 * calendar, last ESV3 numbers, court-wide settings, ICT's keys, enrolled counters: settingsSnapshot.ts);
 * every number series continues above the highest number the history shows. The rest (appointments,
 * documents, hearings, day closes, the imported ESV3 cause book…) is listed as not recovered, as is
 * everything after the last published segment, which no other machine ever held.
 */

export interface CourtRestoreInput {
  dataDir: string;
  folder: string;
  counter: string;
  /** State + court code (05005); found in the folder when only one court there has this counter. */
  court?: string | undefined;
  /** A secret key the segments were encrypted to, unlocked (ICT's, or the court recovery key). */
  decryptionKey: openpgp.PrivateKey;
  /** The old counter's public device key and the fingerprint typed from its setup slip. */
  deviceKeyArmored: string;
  fingerprint: string;
  /**
   * The first-run screen restores over the running app's ledger, empty (nothing recorded): it is put
   * aside like any ledger a restore replaces, closed before by the swap around it (ledger/ledgerSwap.ts).
   */
  overEmptyLedger?: boolean;
  /** The supervisor (a user id of the old ledger) who gets a new PIN, already hashed. */
  supervisor: { id: number; pinHash: string };
  actor: string;
  at: Date;
  hook?: CrashHook;
}

export interface CourtRestoreOutcome {
  court: string;
  counter: string;
  segments: number;
  lastSeq: number;
  lastEventAt: string | null;
  cases: number;
  receipts: number;
  filings: number;
  /** The first segment that could not be used (nothing from it on was restored), or null. */
  problem: CourtProblem | null;
  /** What the restored ledger does not hold, each in Malay and English. */
  notRecovered: { ms: string; en: string }[];
}

const refuse = (key: MessageKey, values?: MessageValues): never => {
  throw new AppError('CONFLICT', key, values);
};

/** Which court folder holds this counter: the one given, or the only one there. */
function findCourt(folder: string, counter: string, court: string | undefined): string {
  if (court !== undefined) return court;
  const found = existsSync(folder)
    ? readdirSync(folder).filter((name) => {
        const dir = counterDir(folder, name, counter);
        return /^\d{5}$/.test(name) && existsSync(dir) && statSync(dir).isDirectory();
      })
    : [];
  if (found.length === 1 && found[0]) return found[0];
  if (found.length === 0)
    return refuse('Tiada folder kaunter {counter} dalam folder mahkamah {folder}.', { counter, folder });
  return refuse('Kaunter {counter} ada dalam lebih daripada satu mahkamah dalam folder ini: nyatakan --court.', {
    counter,
  });
}

/**
 * Each number series as the rows show it: the last number, and a recorded start where a stretch begins
 * above 1 or after a hole (a number the old counter handed out whose row no segment carried), so the
 * continuity check reads the hole as known and the next number is above every one held.
 */
function recordSeries(db: Db, at: string): void {
  for (const kind of [SERIES.case, SERIES.receipt]) {
    const { table, where, key, number } = kind.held;
    const rows = sql(db, `SELECT ${key} AS k, ${number} AS n FROM ${table} WHERE ${where} ORDER BY k, n`).all() as {
      k: string;
      n: number;
    }[];
    let previous: { k: string; n: number } | null = null;
    for (const row of rows) {
      if (previous?.k !== row.k || row.n !== previous.n + 1) {
        if (row.n !== 1) kind.recordJump(db, row.k, row.n, at);
      }
      kind.recordLast(db, row.k, row.n);
      previous = row;
    }
  }
}

/** Appointment references and export numbers the history names: their rows are not in the segments. */
function raiseFloorsFromEvents(db: Db, events: AuditEvent[], at: string): void {
  for (const e of events) {
    if (e.action === 'appointment.register') {
      const m = /^JT-(.+)-(\d{4})-(\d+)$/.exec(String(field(e.data, 'reference') ?? ''));
      if (m) raiseFloor(db, 'appointment', `${m[1]}:${m[2]}`, Number(m[3]) + 1, 'court-restore', at);
    }
    if (e.action === 'bundle.export') raiseFloor(db, 'export', 'bundle', Number(e.entityId) + 1, 'court-restore', at);
  }
}

function recordSegments(db: Db, segments: VerifiedSegment[]): void {
  for (const { name, sha256, body } of segments) {
    const h = body.header;
    sql(
      db,
      `INSERT INTO court_segments (segment_no, file_name, first_seq, last_seq, chain_head, sha256, published_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(h.segmentNo, name, h.firstSeq, h.lastSeq, h.chainHead, sha256, h.publishedAt);
  }
}

const NOT_CARRIED: { actions: string[]; ms: string; en: string }[] = [
  {
    actions: ['appointment.register', 'appointment.book'],
    ms: 'janji temu (nombornya tidak diulang)',
    en: 'appointments (their numbers are not reused)',
  },
  {
    actions: ['document.issue', 'recovery.notice'],
    ms: 'dokumen dan notis yang dikeluarkan (PDF kekal dalam komputer lama)',
    en: 'documents and notices issued (the PDFs stayed on the old PC)',
  },
  { actions: ['hearing.set'], ms: 'tarikh sebutan dan perbicaraan', en: 'mention and hearing dates' },
  { actions: ['day.close', 'day.reopen'], ms: 'tutup hari', en: 'day closes' },
  {
    actions: ['bundle.export'],
    ms: 'rekod eksport (nombornya tidak diulang)',
    en: 'export records (their numbers are not reused)',
  },
  {
    actions: ['causeBook.import'],
    ms: 'buku kausa ESV3 yang diimport (import semula fail ICT di Tetapan)',
    en: "the imported ESV3 cause book (import ICT's file again in Settings)",
  },
];

/** Segments from an app before settingsSnapshot.ts carried no configuration: the shipped one stands in. */
const SETTINGS_NOT_CARRIED = {
  ms: 'tetapan yang diubah selepas tetapan awal (jenis kes, fi, jenis dokumen, cuti, kunci ICT): semak di Tetapan',
  en: 'settings changed after the first setup (case types, fees, filing types, holidays, ICT keys): check them in Settings',
};

/** Never in the ledger, so never in a segment: this PC's own, chosen again on the new one. */
const MACHINE_LOCAL = {
  ms: 'pilihan komputer ini sendiri: pencetak, bahasa skrin, folder sandaran (pilih semula di Tetapan)',
  en: "this PC's own choices: printers, screen language, backup folder (choose them again in Settings)",
};

function notRecovered(events: AuditEvent[], published: { seq: number; at: string | null }, settingsCarried: boolean) {
  const actions = new Set(events.map((e) => e.action));
  const out = NOT_CARRIED.filter((n) => n.actions.some((a) => actions.has(a))).map(({ ms, en }) => ({ ms, en }));
  if (!settingsCarried) out.push(SETTINGS_NOT_CARRIED);
  out.push(MACHINE_LOCAL);
  out.push({
    ms: `semua yang direkodkan selepas acara terakhir yang diterbitkan: dipulihkan sehingga acara ${published.seq}, ${published.at ?? '—'}`,
    en: `everything recorded after the last published event: restored up to event ${published.seq}, ${published.at ?? '—'}`,
  });
  return out;
}

export interface CourtHistory {
  court: string;
  fingerprint: string;
  key: openpgp.PublicKey;
  segments: VerifiedSegment[];
  /** The first segment that could not be used, or null. */
  problem: CourtProblem | null;
}

/**
 * The counter's published history, every segment opened and checked up to the first problem: what a
 * restore would rebuild (the first-run screen shows it before anything is written). Refused when the
 * counter is not in the folder, the key is not the setup slip's, or not one segment can be used.
 */
export async function readCourtHistory(
  input: Pick<
    CourtRestoreInput,
    'folder' | 'counter' | 'court' | 'decryptionKey' | 'deviceKeyArmored' | 'fingerprint' | 'at'
  >,
): Promise<CourtHistory> {
  const { folder, counter } = input;
  const court = findCourt(folder, counter, input.court);
  if (!existsSync(courtDir(folder, court)))
    refuse('Tiada folder kaunter {counter} dalam folder mahkamah {folder}.', { counter, folder });
  const { key, fingerprint } = await readCounterKey(input.deviceKeyArmored);
  if (normaliseFingerprint(input.fingerprint) !== fingerprint)
    refuse(
      'Cap jari kunci ini ({fingerprint}) tidak sama dengan cap jari pada slip persediaan. Kunci tidak didaftarkan.',
      {
        fingerprint,
      },
    );
  const enrolled: EnrolledCounter = {
    id: 0,
    counterId: counter,
    fingerprint,
    publicArmored: input.deviceKeyArmored,
    enrolledAt: input.at.toISOString(),
    revokedAt: null,
  };
  const { segments, problem } = await verifiedSegments(folder, court, counter, enrolled, input.decryptionKey);
  if (segments.length === 0) {
    // Why nothing could be used, said once: the first segment's own problem (a wrong key, a bad signature).
    if (problem)
      refuse('Tiada segmen kaunter {counter} yang boleh dibaca dan disahkan: {problem}', {
        counter,
        problem: problem.messageMs,
      });
    refuse('Tiada segmen kaunter {counter} yang boleh dibaca dan disahkan: tiada apa-apa dipulihkan.', { counter });
  }
  return { court, fingerprint, key, segments, problem };
}

/**
 * Rebuilds `counter`'s ledger into the empty data folder `dataDir` from its segments. The new database is
 * made whole beside the ledger's name (`kaunter.sqlite.restoring`) and takes the name through the backup
 * restore's journal: a crash before the journal leaves a stray copy the next open removes (no ledger), a
 * crash after it is finished by the next open.
 */
export async function restoreFromCourtFolder(input: CourtRestoreInput): Promise<CourtRestoreOutcome> {
  const { dataDir, counter } = input;
  mkdirSync(dataDir, { recursive: true });
  if (!input.overEmptyLedger && existsSync(join(dataDir, DATABASE_NAME)))
    refuse(
      'Folder data {dataDir} sudah mempunyai pangkalan data kaunter: pemulihan daripada folder mahkamah hanya ke folder kosong.',
      {
        dataDir,
      },
    );
  const at = input.at.toISOString();
  const { court, fingerprint, key, segments, problem: stopped } = await readCourtHistory(input);
  const events = segments.flatMap((s) => s.body.events);
  const last = events.at(-1);

  clearIncoming(dataDir);
  const db = openDatabase(join(dataDir, INCOMING_FILE));
  const ledger: Ledger = { db, clock: () => input.at, dataDir, pinCost: 0 };
  const rows = latestRows(segments);
  const settings = latestSettings(segments.map((s) => s.body));
  try {
    db.transaction(() => {
      rebuildRecords(ledger, events, rows, input.supervisor, settings);
      recordSeries(db, at);
      raiseFloorsFromEvents(db, events, at);
      recordSegments(db, segments);
      // The old key stays on record, as after a backup restore onto a new PC: its secret half is gone, so
      // the supervisor makes a new one (Tetapan → Kunci dan Eksport) before this counter signs again.
      sql(db, 'INSERT INTO device_key (id, fingerprint, public_armored, created_at) VALUES (1, ?, ?, ?)').run(
        fingerprint,
        input.deviceKeyArmored,
        key.getCreationTime().toISOString(),
      );
      appendAudit(db, {
        at,
        actor: input.actor,
        action: 'ledger.restoreFromCourtFolder',
        entity: 'ledger',
        entityId: 1,
        data: {
          court,
          counter,
          fingerprint,
          segments: segments.length,
          lastSeq: last?.seq ?? 0,
          lastEventAt: last?.at ?? null,
          newPinFor: input.supervisor.id,
          stoppedAt: stopped ? { segmentNo: stopped.segmentNo, kind: stopped.kind } : null,
        },
      });
    })();
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
  crashPoint('restore:prepared', input.hook);
  mkdirSync(join(dataDir, 'diketepikan'), { recursive: true });
  swapInRestored(dataDir, `diketepikan/tiada-${at.replace(/[-:.]/g, '')}.sqlite`, input.hook);
  crashPoint('restore:done', input.hook);
  return {
    court,
    counter,
    segments: segments.length,
    lastSeq: last?.seq ?? 0,
    lastEventAt: last?.at ?? null,
    cases: rows.cases.size,
    receipts: rows.receipts.size,
    filings: rows.filings.size,
    problem: stopped,
    notRecovered: notRecovered(events, { seq: last?.seq ?? 0, at: last?.at ?? null }, settings !== null),
  };
}
