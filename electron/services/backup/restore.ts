import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import { appendAudit } from '../ledger/audit';
import { openDatabase, type Db } from '../db/open';
import { startupCheck } from '../ledger/startupCheck';
import { ledgerHead } from '../integrity/headAnchor';
import { carryNumbersForward, type LostNumbers } from './carryForward';
import { crashPoint, type CrashHook } from './crashPoint';
import { DATABASE_NAME, INCOMING_FILE, swapInRestored } from './restoreJournal';
import { describeLedgerFile, type LedgerFacts } from './facts';

export interface BackupComparison {
  name: string;
  ok: boolean;
  problem: string | null;
  backup: LedgerFacts;
  current: LedgerFacts;
  /** The backup's history is the start of the current one (nothing in it differs, the current may be longer). */
  sameHistory: boolean;
  /** What the current ledger holds that the backup does not: lost if the backup is restored. */
  lost: { auditEvents: number; cases: number; receipts: number };
  /** False for a plain backup made before backups were encrypted. */
  encrypted?: boolean;
  /** The device key that signed the backup and the audit head it signed (encrypted backups). */
  signature?: { fingerprint: string; head: { seq: number; hash: string | null } } | null;
}

function openBackup(file: string): Db {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'Fail sandaran {file} tidak dijumpai.', { file });
  try {
    return openDatabase(file, { readonly: true });
  } catch {
    throw new AppError('VALIDATION', 'Fail {file} bukan pangkalan data Kaunter Sandaran yang boleh dibuka.', { file });
  }
}

const NO_LEDGER: LedgerFacts = { cases: 0, receipts: 0, auditEvents: 0, auditHead: null, lastEventAt: null };

/**
 * What restoring the plain database `file` would bring back and what it would lose, checked before
 * anything is touched. `current` is null on a new PC (nothing to lose).
 */
export async function compareBackup(current: Db | null, file: string, name?: string): Promise<BackupComparison> {
  const db = openBackup(file);
  try {
    const check = await startupCheck(db, file);
    const backup = describeLedgerFile(db);
    const now = current ? describeLedgerFile(current) : NO_LEDGER;
    const atSameSeq =
      backup.auditEvents === 0 || current === null
        ? null
        : (current.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(backup.auditEvents) as
            { hash: string } | undefined);
    const sameHistory = backup.auditEvents === 0 || current === null || atSameSeq?.hash === backup.auditHead;
    return {
      name: name ?? file.split(/[\\/]/).pop() ?? file,
      ok: check.ok,
      problem: check.problem?.messageMs ?? null,
      backup,
      current: now,
      sameHistory,
      lost: {
        auditEvents: Math.max(0, now.auditEvents - backup.auditEvents),
        cases: Math.max(0, now.cases - backup.cases),
        receipts: Math.max(0, now.receipts - backup.receipts),
      },
    };
  } finally {
    db.close();
  }
}

function stamp(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');
}

/** Where the current database goes: `diketepikan/` beside it, never deleted, a fresh name each time. */
function asideName(dataDir: string, at: Date): string {
  mkdirSync(join(dataDir, 'diketepikan'), { recursive: true });
  for (let n = 1; ; n++) {
    const name = `diketepikan/kaunter-${stamp(at)}${n === 1 ? '' : `-${n}`}.sqlite`;
    if (!existsSync(join(dataDir, name))) return name;
  }
}

export interface RestoreDetails {
  /** Who restores (`user:3`, `system:cli`, `system:first-run`). */
  actor: string;
  /** The backup's name or path, for the record. */
  backup: string;
  /** The comparison's count of events lost; counted again from the files at the swap when the old one reads. */
  lostEvents: number;
  at: Date;
  hook?: CrashHook;
}

export interface RestoreOutcome {
  /** Where the old ledger went; null when the folder had none (a new PC). */
  setAside: string | null;
  /** Null when there was no ledger to carry numbers from. */
  lostNumbers: LostNumbers | null;
}

/**
 * The events the ledger being put aside holds beyond the backup's, counted when it is closed: the
 * comparison shown to the supervisor was made before, and work that ended since (a payment the swap let
 * finish) is lost too. The comparison's count when the old file does not read.
 */
function eventsLost(incoming: Db, currentFile: string, compared: number): number {
  let current: Db;
  try {
    current = openDatabase(currentFile, { readonly: true });
  } catch {
    return compared;
  }
  try {
    return Math.max(0, (ledgerHead(current)?.seq ?? 0) - (ledgerHead(incoming)?.seq ?? 0));
  } catch {
    return compared;
  } finally {
    current.close();
  }
}

/**
 * Restores the plain backup database already copied to `INCOMING_FILE` in `dataDir`. The ledger must
 * be closed. Before it takes the ledger's place, the incoming copy gets its number floors (above every
 * number the current ledger handed out) and the restore's own audit event; then the journalled swap.
 * A crash at any instant leaves the old ledger, or the restored one once the next open finishes it.
 */
export function restoreIncoming(dataDir: string, details: RestoreDetails): RestoreOutcome {
  const current = join(dataDir, DATABASE_NAME);
  const hadLedger = existsSync(current);
  const aside = asideName(dataDir, details.at);
  const incoming = openDatabase(join(dataDir, INCOMING_FILE));
  let lostNumbers: LostNumbers | null;
  try {
    lostNumbers = incoming.transaction(() => {
      const at = details.at.toISOString();
      const lost = hadLedger ? carryNumbersForward(incoming, current, at) : null;
      const lostEvents = hadLedger ? eventsLost(incoming, current, details.lostEvents) : details.lostEvents;
      appendAudit(incoming, {
        at,
        actor: details.actor,
        action: 'ledger.restore',
        entity: 'ledger',
        entityId: 1,
        data: {
          backup: details.backup,
          setAside: hadLedger ? join(dataDir, aside) : null,
          lostEvents,
          lostNumbers: lost,
        },
      });
      return lost;
    })();
    // One file, no WAL beside it, so the swap moves exactly one file into place.
    incoming.pragma('journal_mode = DELETE');
  } finally {
    incoming.close();
  }
  crashPoint('restore:prepared', details.hook);
  swapInRestored(dataDir, aside, details.hook);
  crashPoint('restore:done', details.hook);
  return { setAside: hadLedger ? join(dataDir, aside) : null, lostNumbers };
}
