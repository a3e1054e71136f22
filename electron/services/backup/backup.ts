import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import { ensureDeviceKey, fileDeviceKeyVault, memoryDeviceKeyVault, type DeviceKeyVault } from '../bundle/deviceKey';
import { activeIctKeyArmors } from '../bundle/ictKeys';
import { openDatabase } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { startupCheck } from '../ledger/startupCheck';
import { crashPoint, type CrashHook } from './crashPoint';
import { fsyncDir, fsyncFile, writeFileDurably } from './durableFs';
import { describeLedgerFile, type LedgerFacts } from './facts';
import { readRecoveryKey, type RecoveryKey } from './recoveryKey';
import { BACKUP_WORK_COPY } from './restoreJournal';
import { startSealingFile, type AuditHead } from './seal';

export interface BackupFile {
  file: string;
  name: string;
  bytes: number;
  madeAt: string;
}

export interface BackupResult extends BackupFile {
  facts: LedgerFacts;
  removed: string[];
  /** The audit head signed into the backup (another check compares it with the ledger's anchors). */
  head: AuditHead;
  /** Who can open it: the fingerprints it is encrypted to. */
  recipients: string[];
  signer: string;
}

/** `.sqlite.pgp`: encrypted (every backup made now); `.sqlite`: a plain backup from before, still restorable. */
export const BACKUP_NAME = /^kaunter-[A-Za-z0-9]+-(\d{8})-(\d{6})\.sqlite(\.pgp)?$/;

/** The locked court recovery key kept beside a counter's backups, so the passphrase alone restores. */
export function recoveryKeyFileName(counterId: string): string {
  return `kaunter-${counterId.replace(/[^A-Za-z0-9]/g, '')}-kunci-pemulihan.asc`;
}

function stamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

function madeAtOf(name: string): string | null {
  const match = BACKUP_NAME.exec(name);
  if (!match) return null;
  const [, d, t] = match as unknown as [string, string, string];
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}.000Z`;
}

/** The backups in a folder, newest first: only files this app named, so nothing else there is touched. */
export function listBackups(dir: string): BackupFile[] {
  if (!existsSync(dir)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(dir)) {
    const madeAt = madeAtOf(name);
    if (madeAt === null) continue;
    const file = join(dir, name);
    files.push({ file, name, bytes: statSync(file).size, madeAt });
  }
  return files.sort((a, b) => (a.madeAt < b.madeAt ? 1 : a.madeAt > b.madeAt ? -1 : a.name < b.name ? 1 : -1));
}

function requireFolder(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new AppError(
      'STORAGE',
      'Folder sandaran {dir} tidak dijumpai. Pasang semula pemacu USB atau cakera kedua, atau pilih folder lain dalam Tetapan → Sandaran.',
      { dir },
    );
  }
}

const PARTIAL = /^kaunter-[A-Za-z0-9]+-(\d{8}-\d{6}\.sqlite(\.pgp)?\.partial.*|kunci-pemulihan\.asc\.tmp)$/;

/**
 * Removes what a killed backup left: the plain working copy in the data folder, `.partial` files in
 * the backup folder. Only names this app makes, never a finished backup. Returns what was removed.
 */
export function clearBackupLeftovers(dataDir: string | null, backupDir: string | null): string[] {
  const removed: string[] = [];
  const sweep = (dir: string | null, pattern: RegExp) => {
    if (!dir || !existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      if (!pattern.test(name)) continue;
      rmSync(join(dir, name), { force: true });
      removed.push(name);
    }
  };
  // The plain working copy of a backup lives in the data folder (never on the stick) until it is sealed.
  sweep(dataDir, BACKUP_WORK_COPY);
  sweep(backupDir, PARTIAL);
  return removed;
}

function headOf(facts: LedgerFacts): AuditHead {
  return { seq: facts.auditEvents, hash: facts.auditHead };
}

function removeWorkCopy(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/** Whom a backup is encrypted to: ICT's keys (with escrow) and the court recovery key. None: refused. */
function recipientsOf(ledger: Ledger): { armored: string[]; recovery: RecoveryKey | null } {
  const recovery = readRecoveryKey(ledger.db);
  const armored = [...activeIctKeyArmors(ledger).map((k) => k.armored), ...(recovery ? [recovery.publicArmored] : [])];
  if (armored.length === 0) {
    throw new AppError(
      'CONFLICT',
      'Sandaran tidak dibuat: frasa laluan pemulihan mahkamah belum ditetapkan dan tiada kunci ICT. Penolong Pendaftar perlu menetapkan frasa laluan dalam Tetapan → Sandaran. Rekod dalam kaunter tidak terjejas.',
    );
  }
  return { armored, recovery };
}

export interface BackupOptions {
  deviceKeys?: DeviceKeyVault | undefined;
  hook?: CrashHook | undefined;
}

/**
 * Copies the ledger with SQLite's online backup into the data folder, checks the copy (quick check,
 * audit chain, continuity), seals it (encrypted to ICT, escrow and the recovery key; signed by the
 * device key with the audit head) under a `.partial` name on the stick, puts the locked recovery key
 * beside it, and renames it last: a backup is whole under its final name or not there at all. Then
 * keeps the newest `keep` backups of this counter.
 */
export async function backupLedger(
  ledger: Ledger,
  dir: string,
  keep: number,
  counterId: string,
  options: BackupOptions = {},
): Promise<BackupResult> {
  requireFolder(dir);
  clearBackupLeftovers(ledger.dataDir, dir);
  const { armored, recovery } = recipientsOf(ledger);
  const vault = options.deviceKeys ?? (ledger.dataDir ? fileDeviceKeyVault(ledger.dataDir) : memoryDeviceKeyVault());
  const signer = (await ensureDeviceKey(ledger, vault, 'system:backup')).secret;
  const at = ledger.clock();
  const counter = counterId.replace(/[^A-Za-z0-9]/g, '');
  const name = `kaunter-${counter}-${stamp(at)}.sqlite.pgp`;
  const file = join(dir, name);
  const temp = `${file}.partial`;
  const work = join(ledger.dataDir ?? tmpdir(), `kaunter.sqlite.sandaran-${process.pid}.partial`);
  try {
    await ledger.db.backup(work);
    const copy = openDatabase(work, { readonly: true });
    let facts: LedgerFacts;
    let sealing: Promise<Error | null> | null = null;
    try {
      facts = describeLedgerFile(copy);
      crashPoint('backup:copied', options.hook);
      // Sealed on a worker thread while this thread checks the copy: the two take two cores at once, and
      // the sealed file keeps its `.partial` name (removed below) unless the check passes.
      sealing = (await startSealingFile(work, temp, { recipients: armored, signer, head: headOf(facts), date: at }))
        .done;
      const check = await startupCheck(copy, work);
      if (!check.ok) {
        throw new AppError('STORAGE', 'Salinan sandaran gagal disemak: {problem}', {
          problem: check.problem?.messageMs ?? '',
        });
      }
      const failure = await sealing;
      if (failure) throw failure;
    } catch (error) {
      // The worker may still be writing `temp`: let it finish before the file is removed.
      await sealing;
      throw error;
    } finally {
      copy.close();
    }
    const head = headOf(facts);
    removeWorkCopy(work);
    fsyncFile(temp);
    crashPoint('backup:encrypted', options.hook);
    if (recovery) {
      const keyFile = join(dir, recoveryKeyFileName(counter));
      const current = existsSync(keyFile) ? readFileSync(keyFile, 'utf8') : null;
      if (current !== recovery.lockedSecretArmored) writeFileDurably(keyFile, recovery.lockedSecretArmored);
    }
    crashPoint('backup:keyfile', options.hook);
    renameSync(temp, file);
    fsyncDir(dir);
    crashPoint('backup:renamed', options.hook);
    const removed = listBackups(dir)
      .filter((b) => b.name.startsWith(`kaunter-${counter}-`))
      .slice(Math.max(1, keep))
      .map((old) => {
        rmSync(old.file, { force: true });
        return old.name;
      });
    const recipients = await Promise.all(
      armored.map(async (armoredKey) => (await openpgp.readKey({ armoredKey })).getFingerprint()),
    );
    return {
      file,
      name,
      bytes: statSync(file).size,
      madeAt: at.toISOString(),
      facts,
      removed,
      head,
      recipients,
      signer: signer.getFingerprint(),
    };
  } catch (error) {
    rmSync(temp, { force: true });
    removeWorkCopy(work);
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    const why =
      code === 'ENOSPC' || code === 'SQLITE_FULL'
        ? 'cakera sandaran penuh'
        : code === 'EACCES' || code === 'EROFS' || code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN'
          ? 'folder sandaran tidak boleh ditulis'
          : code === 'ENOENT'
            ? 'folder sandaran hilang semasa menyalin (pemacu USB dicabut?)'
            : `ralat ${code || (error as Error).message}`;
    throw new AppError('STORAGE', 'Sandaran tidak dibuat: {why}. Rekod dalam kaunter tidak terjejas.', { why });
  }
}

export function backupBaseName(file: string): string {
  return basename(file);
}
