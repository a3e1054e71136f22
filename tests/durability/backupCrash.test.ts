/**
 * A backup pulled at the wall at every named step: the stick holds a whole, openable backup under its
 * final name or none at all, the plain working copy never outlives the next run, and the next good run
 * leaves exactly its backups and the locked recovery key.
 */
import { spawn } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_RECOVERY_PASSPHRASE } from '../../electron/cli/seed';
import { BACKUP_NAME, recoveryKeyFileName } from '../../electron/services/backup/backup';
import { BACKUP_STEPS, type CrashStep } from '../../electron/services/backup/crashPoint';
import { clearIncoming } from '../../electron/services/backup/restoreJournal';
import { stageBackup } from '../../electron/services/backup/stage';
import { openLedger } from '../../electron/services/ledger/ledgerFile';
import { tempDir } from '../support/ledger';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
let template: string;

function kaunter(args: string[], crashAt: CrashStep | null): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli/kaunter.ts', ...args], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, KAUNTER_CRASH_AT: crashAt ?? '' },
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

beforeAll(async () => {
  template = tempDir('kaunter-backup-crash-template-');
  dirs.push(template);
  expect((await kaunter(['seed', '--data', template, '--cases', '3'], null)).code).toBe(0);
}, 60_000);

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function opens(file: string): Promise<void> {
  const scratch = tempDir('kaunter-backup-open-');
  dirs.push(scratch);
  await stageBackup(scratch, file, { passphrase: DEMO_RECOVERY_PASSPHRASE }, null);
  clearIncoming(scratch);
}

describe('kaunter backup killed at every step', () => {
  it.each(BACKUP_STEPS)(
    '%s leaves a whole backup or none, and the next run clears the rest',
    { timeout: 60_000 },
    async (step) => {
      const data = tempDir('kaunter-backup-crash-data-');
      const usb = tempDir('kaunter-backup-crash-usb-');
      dirs.push(data, usb);
      cpSync(template, data, { recursive: true });
      expect(await kaunter(['backup', '--data', data, '--to', usb], step)).toMatchObject({ signal: 'SIGKILL' });
      const finals = readdirSync(usb).filter((name) => BACKUP_NAME.test(name));
      expect(finals).toHaveLength(step === 'backup:renamed' ? 1 : 0);
      for (const name of finals) await opens(join(usb, name));
      // The next start clears the plain working copy even before any backup runs.
      openLedger(data).db.close();
      expect(readdirSync(data).filter((name) => name.includes('sandaran-'))).toEqual([]);

      expect((await kaunter(['backup', '--data', data, '--to', usb], null)).code).toBe(0);
      const left = readdirSync(usb);
      const backups = left.filter((name) => BACKUP_NAME.test(name));
      expect(backups.length).toBeGreaterThanOrEqual(1);
      expect(left.sort()).toEqual([...backups, recoveryKeyFileName('K1')].sort());
      expect(readdirSync(data).filter((name) => name.includes('sandaran-'))).toEqual([]);
      for (const name of backups) await opens(join(usb, name));
    },
  );
});
