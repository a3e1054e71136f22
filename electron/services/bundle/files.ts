import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, ref } from '@shared/errors';

/** An fs failure on the target folder (a USB stick) in words the supervisor can act on. */
export function targetError(error: unknown, folder: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code ?? '';
  // Each ends: Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError(
        'STORAGE',
        'Folder tujuan "{folder}" tiada lagi (USB dicabut?). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.',
        { folder },
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(
        'STORAGE',
        'Ruang dalam "{folder}" tidak mencukupi (cakera/USB penuh). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.',
        { folder },
      );
    case 'EROFS':
    case 'EACCES':
    case 'EPERM':
      return new AppError(
        'STORAGE',
        'Folder tujuan "{folder}" tidak boleh ditulis (baca sahaja atau tiada kebenaran). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.',
        { folder },
      );
    case 'EIO':
      return new AppError(
        'STORAGE',
        'Ralat baca/tulis pada "{folder}" (USB longgar atau rosak?). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.',
        { folder },
      );
    default:
      return new AppError(
        'STORAGE',
        'Eksport ke "{folder}" gagal ({why}). Tiada fail eksport ditinggalkan dengan nama akhir; betulkan dan cuba lagi.',
        {
          folder,
          why: code === '' ? ref('ralat tidak diketahui') : code,
        },
      );
  }
}

/** Checks the folder is there and is a folder before any work is done. */
export function checkTargetFolder(folder: string): void {
  let isDir = false;
  try {
    isDir = statSync(folder).isDirectory();
  } catch (error) {
    throw targetError(error, folder);
  }
  if (!isDir)
    throw new AppError('VALIDATION', '"{folder}" bukan folder. Pilih folder pada USB atau cakera.', { folder });
}

export function writeAndSync(file: string, bytes: Uint8Array): void {
  const fd = openSync(file, 'wx', 0o644);
  try {
    let offset = 0;
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes the folder's entry list, so renames survive a power cut (a no-op where folders cannot be opened). */
export function syncFolder(folder: string): void {
  let fd: number;
  try {
    fd = openSync(folder, 'r');
  } catch {
    return;
  }
  try {
    fsyncSync(fd);
  } catch {
    // Windows cannot fsync a directory handle; NTFS journals the rename itself.
  } finally {
    closeSync(fd);
  }
}

/** A set of files written under temporary names, then all renamed, or on failure none left behind. */
export class StagedFiles {
  private readonly temps = new Map<string, string>();
  private readonly placed: string[] = [];

  constructor(private readonly folder: string) {}

  write(name: string, bytes: Uint8Array): string {
    const temp = join(this.folder, `.${name}.tmp-${process.pid}-${Date.now()}`);
    this.temps.set(name, temp);
    writeAndSync(temp, bytes);
    return temp;
  }

  read(name: string): Buffer {
    const temp = this.temps.get(name);
    if (temp === undefined) throw new Error(`${name} was not staged`);
    return readFileSync(temp);
  }

  /** Renames every staged file to its final name; the names must not be taken. */
  commit(): void {
    for (const name of this.temps.keys()) {
      const final = join(this.folder, name);
      let exists = true;
      try {
        statSync(final);
      } catch {
        exists = false;
      }
      if (exists)
        throw new AppError('CONFLICT', 'Fail "{name}" sudah ada dalam folder tujuan; tiada apa-apa ditimpa.', { name });
    }
    for (const [name, temp] of this.temps) {
      renameSync(temp, join(this.folder, name));
      this.placed.push(join(this.folder, name));
    }
    this.temps.clear();
    syncFolder(this.folder);
  }

  /** Removes whatever this export left: staged temps and any final name it already placed. */
  discard(): void {
    for (const file of [...this.temps.values(), ...this.placed]) {
      try {
        rmSync(file, { force: true });
      } catch {
        // A folder that is gone has nothing left to clean.
      }
    }
    this.temps.clear();
    this.placed.length = 0;
  }
}
