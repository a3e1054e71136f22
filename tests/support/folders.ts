import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync } from 'node:fs';
import { tempDir } from './ledger';

/**
 * A folder that refuses writes like a locked or full USB stick. As root (CI containers) file modes do
 * not stop writes, so a tiny tmpfs is mounted read-only or nearly full; otherwise the folder is chmod 500.
 */
export function unwritableFolder(kind: 'ro' | 'full'): { path: string; release(): void } {
  const path = tempDir('kaunter-usb-');
  if (process.getuid?.() === 0) {
    const options = kind === 'ro' ? 'ro,size=64k' : 'size=4k';
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', path]);
    return {
      path,
      release: () => {
        execFileSync('umount', [path]);
        rmSync(path, { recursive: true, force: true });
      },
    };
  }
  if (kind === 'full') throw new Error('a full folder needs root to mount a small tmpfs');
  chmodSync(path, 0o500);
  return {
    path,
    release: () => {
      chmodSync(path, 0o700);
      rmSync(path, { recursive: true, force: true });
    },
  };
}
