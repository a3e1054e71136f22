import { readFileSync, statSync } from 'node:fs';
import { sha256Hex } from './segment';

/*
 * Every sync round makes sure the segments already read are still in the court folder as they were read
 * (REMOVED / CHANGED). A counter publishes a segment after almost every clerk action, so after a month of
 * downtime a counter's stream holds thousands of small files, and re-reading and re-hashing every one of
 * every counter every 5 s grows without end (9,000 segments: 130–160 ms a counter a round on a local disk;
 * on a Windows share every open is a round trip on the network). So a file is hashed again only when it
 * looks different from when its hash last matched — another size, modification time or file id — and in
 * any case once it has gone FULL_REHASH_AFTER_MS without being hashed, and at every start of the app (what
 * was seen is kept in this process only). An edit that keeps the size and puts the old time back is
 * therefore found within that interval rather than at the next round; everything else at the next round,
 * as before.
 */

/** The longest a segment goes unhashed while its file looks unchanged. */
export const FULL_REHASH_AFTER_MS = 60 * 60 * 1000;

interface Seen {
  size: number;
  mtimeMs: number;
  ino: number;
  hashedAt: number;
}

export type AcceptedFileState = 'SAME' | 'REMOVED' | 'CHANGED';

export class AcceptedFiles {
  private readonly seen = new Map<string, Seen>();

  /** `now`: a clock that only goes forward (this process's own, not the counter's, which may be set back). */
  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Whether `file` still holds the bytes whose SHA-256 is `sha256`. */
  check(file: string, sha256: string): AcceptedFileState {
    const key = `${sha256}\n${file}`;
    const before = statSync(file, { throwIfNoEntry: false });
    if (before === undefined) {
      this.seen.delete(key);
      return 'REMOVED';
    }
    const last = this.seen.get(key);
    const now = this.now();
    if (
      last !== undefined &&
      last.size === before.size &&
      last.mtimeMs === before.mtimeMs &&
      last.ino === before.ino &&
      now - last.hashedAt < FULL_REHASH_AFTER_MS
    )
      return 'SAME';
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        this.seen.delete(key);
        return 'REMOVED';
      }
      throw error;
    }
    if (sha256Hex(bytes) !== sha256) {
      this.seen.delete(key);
      return 'CHANGED';
    }
    // What the file looked like before it was read: if it changed while being read, the next round sees
    // another size or time and hashes it again.
    this.seen.set(key, { size: before.size, mtimeMs: before.mtimeMs, ino: before.ino, hashedAt: now });
    return 'SAME';
  }
}

let shared: AcceptedFiles | null = null;

/** The process's one record of what the accepted segments looked like. */
export function acceptedFiles(): AcceptedFiles {
  return (shared ??= new AcceptedFiles());
}
