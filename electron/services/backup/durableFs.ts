import { closeSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Makes a rename or a new name in `dir` survive a power cut. Windows cannot open a folder for fsync
 * (its renames are written through by NTFS), so there the call is a no-op.
 */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Writes a small file whole or not at all: temp name, fsync, rename, fsync of the folder. */
export function writeFileDurably(file: string, bytes: Uint8Array | string): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, bytes);
  fsyncFile(temp);
  renameSync(temp, file);
  fsyncDir(dirname(file));
}
