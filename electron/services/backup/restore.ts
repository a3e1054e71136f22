import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { appendAudit } from '../audit';
import { openDatabase, type Db } from '../db/open';
import type { Ledger } from '../ledger';
import { startupCheck } from '../startupCheck';
import { setHeadAnchorAside } from '../integrity/headAnchor';
import { carryNumbersForward, type LostNumbers } from './carryForward';
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
}

function openBackup(file: string): Db {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `Fail sandaran ${file} tidak dijumpai.`);
  try {
    return openDatabase(file, { readonly: true });
  } catch {
    throw new AppError('VALIDATION', `Fail ${file} bukan pangkalan data Kaunter Sandaran yang boleh dibuka.`);
  }
}

/** What restoring `file` would bring back and what it would lose, checked before anything is touched. */
export async function compareBackup(current: Db, file: string): Promise<BackupComparison> {
  const db = openBackup(file);
  try {
    const check = await startupCheck(db, file);
    const backup = describeLedgerFile(db);
    const now = describeLedgerFile(current);
    const atSameSeq =
      backup.auditEvents === 0
        ? null
        : (current.prepare('SELECT hash FROM audit_events WHERE seq = ?').get(backup.auditEvents) as
            { hash: string } | undefined);
    const sameHistory = backup.auditEvents === 0 || atSameSeq?.hash === backup.auditHead;
    return {
      name: file.split(/[\\/]/).pop() ?? file,
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

/**
 * Puts a backup in place of the ledger of `dataDir`. The ledger must be closed. The current database
 * (with its WAL and shared-memory files) is moved to `diketepikan/` beside it, never deleted.
 */
export function replaceWithBackup(dataDir: string, databaseFile: string, file: string, at: Date): string {
  const target = join(dataDir, databaseFile);
  const asideDir = join(dataDir, 'diketepikan');
  mkdirSync(asideDir, { recursive: true });
  const aside = join(asideDir, `${databaseFile.replace(/\.sqlite$/, '')}-${stamp(at)}.sqlite`);
  const incoming = `${target}.restoring`;
  copyFileSync(file, incoming);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
  }
  setHeadAnchorAside(dataDir, aside);
  renameSync(incoming, target);
  return aside;
}

/**
 * The restore itself goes into the restored chain (who, from which file, where the old ledger went,
 * which numbers it had handed out beyond the backup), in the same transaction that raises the series
 * above those numbers.
 */
export function recordRestore(
  ledger: Ledger,
  actor: string,
  details: { backup: string; setAside: string; lostEvents: number },
): LostNumbers {
  return ledger.db.transaction(() => {
    const at = ledger.clock().toISOString();
    const lostNumbers = carryNumbersForward(ledger.db, details.setAside, at);
    appendAudit(ledger.db, {
      at,
      actor,
      action: 'ledger.restore',
      entity: 'ledger',
      entityId: 1,
      data: { ...details, lostNumbers },
    });
    return lostNumbers;
  })();
}
