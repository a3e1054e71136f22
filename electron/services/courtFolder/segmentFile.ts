import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crashPoint, type CrashHook } from '../backup/crashPoint';
import { fsyncDir } from '../backup/durableFs';
import { segmentName, temporaryName } from './layout';

/** A segment's final name is already taken: a published segment is never overwritten. */
export class SegmentExists extends Error {
  constructor(readonly file: string) {
    super(`segment already exists: ${file}`);
  }
}

/**
 * Writes a segment once: a hidden temporary name, fsync of the file, the final name taken without
 * replacing anything, fsync of the folder. The final name is a hard link where the file system makes
 * one (atomic, and refuses a name that exists); elsewhere (some network shares) a check then a rename,
 * which is safe because only this counter, holding its ledger's writer lock, writes its subfolder.
 */
export function writeSegmentOnce(dir: string, segmentNo: number, bytes: Uint8Array, crash?: CrashHook): string {
  const file = join(dir, segmentName(segmentNo));
  if (existsSync(file)) throw new SegmentExists(file);
  const temp = join(dir, temporaryName(segmentNo));
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  crashPoint('court:tmp-written', crash);
  try {
    linkSync(temp, file);
    unlinkSync(temp);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      unlinkSync(temp);
      throw new SegmentExists(file);
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EXDEV') throw error;
    if (existsSync(file)) {
      unlinkSync(temp);
      throw new SegmentExists(file);
    }
    renameSync(temp, file);
  }
  fsyncDir(dir);
  return file;
}
