import { execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/support/ledger';
import { DEMO_RECOVERY_PASSPHRASE } from './seed';

const run = promisify(execFile);
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const CLI = join(import.meta.dirname, 'kaunter.ts');

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function kaunter(...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], {
      env: { ...process.env, KAUNTER_RECOVERY_PASSPHRASE: DEMO_RECOVERY_PASSPHRASE },
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout + failed.stderr };
  }
}

describe('kaunter backup and restore', () => {
  it('backs up a folder, then restores it only with --yes, setting the current database aside', async () => {
    const data = tempDir('kaunter-cli-data-');
    const to = tempDir('kaunter-cli-backup-');
    dirs.push(data, to);
    expect((await kaunter('seed', '--data', data, '--cases', '3')).code).toBe(0);
    const backup = await kaunter('backup', '--data', data, '--to', to);
    expect(backup.code).toBe(0);
    const held = /(\d+) kes \/ cases/.exec(backup.out)?.[1];
    expect(Number(held)).toBeGreaterThanOrEqual(3);
    expect(readdirSync(to).sort()).toEqual([
      expect.stringMatching(/^kaunter-K1-\d{8}-\d{6}\.sqlite\.pgp$/),
      'kaunter-K1-kunci-pemulihan.asc',
    ]);
    const file = readdirSync(to).find((name) => name.endsWith('.pgp'));
    expect((await kaunter('seed', '--data', data, '--cases', '2', '--seed', '9')).code).toBe(0);

    const look = await kaunter('restore', '--data', data, '--from', join(to, file ?? ''));
    expect(look.code).toBe(0);
    expect(look.out).toMatch(/Akan hilang \/ would be lost: [1-9]\d* kes/);
    expect(look.out).toContain('Tiada apa-apa diubah');
    expect(existsSync(join(data, 'diketepikan'))).toBe(false);

    const restore = await kaunter('restore', '--data', data, '--from', join(to, file ?? ''), '--yes');
    expect(restore.code).toBe(0);
    expect(restore.out).toContain(`DIPULIHKAN / RESTORED: ${held} kes`);
    expect(readdirSync(join(data, 'diketepikan')).some((name) => name.endsWith('.sqlite'))).toBe(true);
    const verify = await kaunter('verify', '--data', data);
    expect(verify.code).toBe(0);
  }, 90_000); // four tsx processes one after another: 9 s idle, past 30 s on a loaded 2-core machine

  it('says why when the backup folder is missing', async () => {
    const data = tempDir('kaunter-cli-data-');
    dirs.push(data);
    await kaunter('seed', '--data', data, '--cases', '1');
    const result = await kaunter('backup', '--data', data, '--to', join(data, 'tiada-di-sini'));
    expect(result.code).toBe(1);
    expect(result.out).toContain('tidak dijumpai');
  });
});
