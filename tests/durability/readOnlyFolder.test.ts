import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { chmodSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seed } from '../../electron/cli/seed';
import { DATABASE_FILE } from '../../electron/services/ledger/ledgerFile';
import { tempDir } from '../support/ledger';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Root writes through any mode bits, so as root the child runs as "nobody": then the folder's modes are
 * what a write-protected stick or a read-only share is to the app (SQLite's own CANTOPEN/READONLY path).
 */
const OTHER_USER = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

function openAsOther(dataDir: string, printDir: string): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/durability/children/openFolder.ts', dataDir, printDir],
      { cwd: ROOT, ...OTHER_USER },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, out, err }));
  });
}

function writeProtect(dir: string): void {
  for (const name of readdirSync(dir)) chmodSync(join(dir, name), 0o444);
  chmodSync(dir, 0o555);
}

describe('a data folder that cannot be written', () => {
  it('opens read-only for look-ups with the notice saying why and what to do, and refuses every write', async () => {
    const dataDir = tempDir('kaunter-ro-');
    await seed({ dataDir, cases: 4, seed: 3, log: null, court: '05005', counter: 'K1', blockStart: 1 });
    const db = new Database(join(dataDir, DATABASE_FILE));
    const caseCount = (db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
    db.close();
    const files = readdirSync(dataDir);
    // Closed cleanly: no -shm beside the WAL database, which SQLite then cannot open in place read-only.
    expect(files.filter((name) => name.endsWith('-shm') || name.endsWith('-wal'))).toEqual([]);
    writeProtect(dataDir);
    const printDir = tempDir('kaunter-ro-print-');
    chmodSync(printDir, 0o777);

    const opened = await openAsOther(dataDir, printDir);
    expect(opened.code).toBe(0);
    // The app's log says so too, in English for ICT.
    expect(opened.err).toContain('start-up check failed: the ledger is open read-only The data folder');
    const seen = JSON.parse(opened.out) as {
      info: { ok: true; value: { readOnly: { ms: string; en: string } | null; setupDone: boolean } };
      cases: number;
      signIn: { ok: boolean };
      startupOk: boolean;
    };
    expect(seen.info.value.setupDone).toBe(true);
    expect(seen.cases).toBe(caseCount);
    expect(caseCount).toBeGreaterThanOrEqual(4);
    expect(seen.startupOk).toBe(false);
    const notice = seen.info.value.readOnly?.ms ?? '';
    expect(notice).toMatch(/^Folder data ".*" tidak boleh ditulis \(SQLITE_(CANTOPEN|READONLY)\w*\)\. /);
    expect(notice).toContain('mod baca sahaja');
    expect(notice).toContain('lindung-tulis');
    expect(seen.info.value.readOnly?.en).toMatch(/^The data folder ".*" cannot be written .* write-protect switch/);
    // A wrong PIN is refused without a write (no lockout counted on a folder that takes none).
    expect(seen.signIn.ok).toBe(false);
    // Nothing was made in the folder.
    expect(readdirSync(dataDir).sort()).toEqual(files.sort());
  }, 60_000);

  it('says in Malay and English that a new counter cannot be set up where no file can be written', async () => {
    const dataDir = tempDir('kaunter-ro-empty-');
    writeProtect(dataDir);
    const printDir = tempDir('kaunter-ro-print-');
    chmodSync(printDir, 0o777);
    const opened = await openAsOther(dataDir, printDir);
    expect(opened.code).toBe(1);
    expect(opened.err).toMatch(/^FAILED: Folder data ".*" tidak boleh ditulis \(SQLITE_CANTOPEN\)\./);
  }, 60_000);
});
