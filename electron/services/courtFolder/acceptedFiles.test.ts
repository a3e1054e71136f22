import { renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/ledger';
import { AcceptedFiles, FULL_REHASH_AFTER_MS } from './acceptedFiles';
import { sha256Hex } from './segment';

const WRITTEN_AT = 1_796_000_000;

function segmentFile(bytes = 'segmen asal: 4,000 bait'): { file: string; sha256: string } {
  const file = join(tempDir('kaunter-accepted-'), 'seg-000001.kseg');
  writeFileSync(file, bytes);
  // A whole second, so that putting the time back below gives exactly the time the check saw.
  utimesSync(file, WRITTEN_AT, WRITTEN_AT);
  return { file, sha256: sha256Hex(Buffer.from(bytes)) };
}

/** The same number of bytes, other bytes, and the file's old modification time put back. */
function editKeepingLook(file: string, bytes: string): void {
  const before = statSync(file);
  writeFileSync(file, bytes);
  utimesSync(file, WRITTEN_AT, WRITTEN_AT);
  const after = statSync(file);
  expect([after.size, after.mtimeMs, after.ino]).toEqual([before.size, before.mtimeMs, before.ino]);
}

describe('accepted segment files, checked each sync round', () => {
  it('finds a file rewritten with other bytes at the next round', () => {
    const { file, sha256 } = segmentFile();
    const files = new AcceptedFiles(() => 0);
    expect(files.check(file, sha256)).toBe('SAME');
    writeFileSync(file, 'segmen ditulis semula, lebih panjang');
    expect(files.check(file, sha256)).toBe('CHANGED');
  });

  it('finds a file removed, or replaced by another file of the same size', () => {
    const { file, sha256 } = segmentFile();
    const files = new AcceptedFiles(() => 0);
    expect(files.check(file, sha256)).toBe('SAME');
    const other = `${file}.lain`;
    writeFileSync(other, 'segmen lain: 4,000 bait');
    rmSync(file);
    expect(files.check(file, sha256)).toBe('REMOVED');
    renameSync(other, file);
    expect(files.check(file, sha256)).toBe('CHANGED');
  });

  it('hashes again a file that looks unchanged once the interval has passed, and at every new start', () => {
    const { file, sha256 } = segmentFile();
    let now = 1_000;
    const files = new AcceptedFiles(() => now);
    expect(files.check(file, sha256)).toBe('SAME');
    // Edited with the same size and its old time put back: not hashed again while it looks the same ...
    editKeepingLook(file, 'segmen ubah: 4,000 bait');
    now += FULL_REHASH_AFTER_MS - 1;
    expect(files.check(file, sha256)).toBe('SAME');
    // ... but once the interval is up, and by a new process (a new record) at once.
    expect(new AcceptedFiles(() => now).check(file, sha256)).toBe('CHANGED');
    now += 1;
    expect(files.check(file, sha256)).toBe('CHANGED');
  });

  it('keeps saying CHANGED for a changed file, and SAME again once the bytes are put back', () => {
    const { file, sha256 } = segmentFile();
    const files = new AcceptedFiles(() => 0);
    writeFileSync(file, 'segmen diubah: 4,000 bait');
    expect(files.check(file, sha256)).toBe('CHANGED');
    expect(files.check(file, sha256)).toBe('CHANGED');
    writeFileSync(file, 'segmen asal: 4,000 bait');
    expect(files.check(file, sha256)).toBe('SAME');
  });
});
