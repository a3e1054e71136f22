import { closeSync, existsSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { openDatabase } from '../db/open';
import type { Ledger } from '../ledger';
import { startupCheck } from '../startupCheck';
import { describeLedgerFile, type LedgerFacts } from './facts';

export interface BackupFile {
  file: string;
  name: string;
  bytes: number;
  madeAt: string;
}

export interface BackupResult extends BackupFile {
  facts: LedgerFacts;
  removed: string[];
}

const NAME = /^kaunter-[A-Za-z0-9]+-(\d{8})-(\d{6})\.sqlite$/;

function stamp(at: Date): string {
  const iso = at.toISOString();
  return `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
}

function madeAtOf(name: string): string | null {
  const match = NAME.exec(name);
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
  return files.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
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
      `Folder sandaran ${dir} tidak dijumpai. Pasang semula pemacu USB atau cakera kedua, atau pilih folder lain dalam Tetapan → Sandaran.`,
    );
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies the ledger with SQLite's online backup into `dir`, flushes it, re-opens the copy read-only
 * and checks it (quick check, audit chain, continuity) before it takes its final name; then keeps the
 * newest `keep` backups of this counter. A copy that fails its check is removed and reported, never kept.
 */
export async function backupLedger(
  ledger: Ledger,
  dir: string,
  keep: number,
  counterId: string,
): Promise<BackupResult> {
  requireFolder(dir);
  const at = ledger.clock();
  const name = `kaunter-${counterId.replace(/[^A-Za-z0-9]/g, '')}-${stamp(at)}.sqlite`;
  const file = join(dir, name);
  const temp = `${file}.partial`;
  try {
    await ledger.db.backup(temp);
    fsyncFile(temp);
    const copy = openDatabase(temp, { readonly: true });
    let facts: LedgerFacts;
    try {
      const check = await startupCheck(copy, temp);
      if (!check.ok) {
        throw new AppError('STORAGE', `Salinan sandaran gagal disemak: ${check.problem?.messageMs ?? ''}`);
      }
      facts = describeLedgerFile(copy);
    } finally {
      copy.close();
    }
    renameSync(temp, file);
    const removed = listBackups(dir)
      .filter((b) => b.name.startsWith(`kaunter-${counterId.replace(/[^A-Za-z0-9]/g, '')}-`))
      .slice(Math.max(1, keep))
      .map((old) => {
        rmSync(old.file, { force: true });
        return old.name;
      });
    return { file, name, bytes: statSync(file).size, madeAt: at.toISOString(), facts, removed };
  } catch (error) {
    rmSync(temp, { force: true });
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
    throw new AppError('STORAGE', `Sandaran tidak dibuat: ${why}. Rekod dalam kaunter tidak terjejas.`);
  }
}

export function backupBaseName(file: string): string {
  return basename(file);
}
