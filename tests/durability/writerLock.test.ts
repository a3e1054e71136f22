import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_RECOVERY_PASSPHRASE, seed } from '../../electron/cli/seed';
import { backupLedger } from '../../electron/services/backup/backup';
import { LOOK_UP_ONLY_MS, openCheckedLedger, openLedger } from '../../electron/services/ledger/ledgerFile';
import { takeWriterLock, WriterRefusal } from '../../electron/services/ledger/writerLock';
import { tempDir } from '../support/ledger';

const ROOT = join(import.meta.dirname, '..', '..');

interface Ran {
  code: number | null;
  out: string;
  err: string;
}

function run(script: string, args: string[]): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

const kaunter = (...args: string[]) => run('electron/cli/kaunter.ts', args);

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** Starts the browser host on `dataDir` and resolves once it serves; rejects with its output if it exits. */
function startHost(dataDir: string, renderer: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/host/main.ts', '--data', dataDir, '--port', '0', '--renderer', renderer],
      { cwd: ROOT },
    );
    children.push(child);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Buka / open:')) resolve(child);
    });
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

async function seededFolder(): Promise<{ dataDir: string; backup: string; renderer: string; passphrase: string }> {
  const dataDir = tempDir('kaunter-writer-');
  await seed({ dataDir, cases: 3, seed: 1, log: null, court: '05005', counter: 'K1', blockStart: 1 });
  const backups = join(dataDir, '..', `${dataDir.split('/').pop()}-sandaran`);
  mkdirSync(backups, { recursive: true });
  const ledger = openLedger(dataDir);
  try {
    await backupLedger(ledger, backups, 5, 'K1');
  } finally {
    ledger.db.close();
  }
  const [backup] = readdirSync(backups).filter((name) => name.endsWith('.sqlite.pgp'));
  if (!backup) throw new Error(`no backup in ${backups}: ${readdirSync(backups).join(', ')}`);
  const renderer = tempDir('kaunter-renderer-');
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  // The demo passphrase seed sets, as the restore preview reads it.
  const passphrase = join(backups, 'frasa-laluan.txt');
  writeFileSync(passphrase, DEMO_RECOVERY_PASSPHRASE);
  return { dataDir, backup: join(backups, backup), renderer, passphrase };
}

describe('one writer per data folder', () => {
  it('refuses a second host, seed, restore --yes and export beside a running host, naming it; verify and a restore preview still run; a SIGKILL frees the folder', async () => {
    const { dataDir, backup, renderer, passphrase } = await seededFolder();
    const host = await startHost(dataDir, renderer);
    const pid = String(host.pid);

    const second = await run('electron/host/main.ts', ['--data', dataDir, '--port', '0', '--renderer', renderer]);
    expect(second.code).toBe(1);
    expect(second.err).toContain('sedang digunakan oleh hos pelayar Kaunter Sandaran');
    expect(second.err).toContain(`PID ${pid}`);
    expect(second.err).toContain('FAILED: This data folder is in use by');

    const seeded = await kaunter('seed', '--data', dataDir, '--cases', '1');
    expect(seeded.code).toBe(1);
    expect(seeded.err).toContain(`PID ${pid}`);

    const restored = await kaunter(
      'restore',
      '--data',
      dataDir,
      '--from',
      backup,
      '--passphrase-file',
      passphrase,
      '--yes',
    );
    expect(restored.code).toBe(1);
    expect(restored.err).toContain(`PID ${pid}`);
    expect(restored.out).not.toContain('DIPULIHKAN');

    const exported = await kaunter('export', '--data', dataDir, '--out', dataDir, '--ict-key', backup);
    expect(exported.code).toBe(1);
    expect(exported.err).toContain(`PID ${pid}`);

    const verified = await kaunter('verify', '--data', dataDir);
    expect(verified.err).toBe('');
    expect(verified.code).toBe(0);
    const preview = await kaunter('restore', '--data', dataDir, '--from', backup, '--passphrase-file', passphrase);
    expect(preview.code).toBe(0);
    expect(preview.out).toContain('Tiada apa-apa diubah');

    await killed(host);
    const after = await kaunter('seed', '--data', dataDir, '--cases', '1');
    expect(after.err).toBe('');
    expect(after.code).toBe(0);
  }, 120_000);

  it('refuses this process too while a child holds the folder, and shares the lock between opens in one process', async () => {
    const { dataDir, renderer } = await seededFolder();
    const first = openLedger(dataDir);
    const second = openLedger(dataDir);
    first.db.close();
    // The second open still holds the folder: a child process is refused.
    const refused = await kaunter('seed', '--data', dataDir, '--cases', '1');
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`PID ${process.pid}`);
    second.db.close();

    const host = await startHost(dataDir, renderer);
    let refusal: unknown;
    try {
      takeWriterLock(dataDir, 'vitest');
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(WriterRefusal);
    expect((refusal as WriterRefusal).kind).toBe('busy');
    expect((refusal as WriterRefusal).holder?.pid).toBe(host.pid);
    // The app (Electron) beside a writer: opened for look-ups, the notice naming the holder, in both languages.
    const beside = await openCheckedLedger(dataDir);
    expect(beside.startup.ok).toBe(false);
    expect(beside.ledger.readOnlyReason?.ms).toContain(
      `sedang digunakan oleh hos pelayar Kaunter Sandaran (PID ${host.pid}`,
    );
    expect(beside.ledger.readOnlyReason?.ms).toContain(LOOK_UP_ONLY_MS);
    expect(beside.ledger.readOnlyReason?.en).toMatch(/^This data folder is in use by .* none can be made here\.$/);
    expect(beside.ledger.db.prepare('SELECT COUNT(*) FROM cases').pluck().get()).toBeGreaterThan(0);
    expect(() => beside.ledger.db.exec('UPDATE cases SET id = id')).toThrow(/readonly/);
    beside.ledger.db.close();
    await killed(host);
    takeWriterLock(dataDir, 'vitest').release();
  }, 60_000);
});
