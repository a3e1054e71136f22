import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** True when `file` resolves to a path inside `dir` (not `dir` itself). */
export function isInside(dir: string, file: string): boolean {
  const relative = path.relative(path.resolve(dir), path.resolve(file));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Proves an existing folder takes a file by writing and removing one: the only test that holds on
 * Windows, where a read-only share, a write-protected stick or a folder's permissions pass an access
 * check. Null when it does, else the reason (the system's error code).
 */
export function writeRefusal(folder: string): string | null {
  const probe = path.join(folder, `.kaunter-uji-${process.pid}`);
  try {
    const fd = openSync(probe, 'w');
    try {
      writeSync(fd, 'uji');
    } finally {
      closeSync(fd);
    }
    rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return errorCode(error);
  }
}

/** A file-system error as the system names it (ENOENT, EACCES …), or its message when it has no code. */
export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}
