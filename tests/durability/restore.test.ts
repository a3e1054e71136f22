/**
 * A restore pulled at the wall at every named step (the CLI's and the app's): after the next open the
 * folder holds either the old ledger or the fully restored one, it verifies, and the next case and
 * receipt never repeat a number the set-aside ledger (or the ledger before the restore) handed out.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupLedger } from '../../electron/services/backup/backup';
import { RESTORE_STEPS, type CrashStep } from '../../electron/services/backup/crashPoint';
import { memoryBackupPlan } from '../../electron/services/backup/plan';
import { JOURNAL_FILE } from '../../electron/services/backup/restoreJournal';
import { createBackups } from '../../electron/services/backup/schedule';
import { DATABASE_FILE, openCheckedLedger } from '../../electron/services/ledger/ledgerFile';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { verifyLedger } from '../../electron/services/ledger/verify';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap, type TypedDispatch } from '../support/ledger';

const ROOT = join(import.meta.dirname, '..', '..');
const PASSPHRASE = 'Pemulihan Seremban 2026';
const CLAIMANT = { side: 'CLAIMANT', name: 'Siti Hajar binti Kamal', idType: 'MYKAD', idNumber: '900202-05-5122' };

async function registerAndPay(dispatch: TypedDispatch): Promise<{ caseNumber: string; receiptNumber: string }> {
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
  );
  const receipt = unwrap(
    await dispatch('payments.take', {
      caseId: registered.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: CLAIMANT.name,
      payerIdNumber: CLAIMANT.idNumber,
      method: 'CASH',
      tenderedSen: 10_000,
    }),
  );
  return { caseNumber: registered.caseNumber, receiptNumber: receipt.receiptNumber };
}

function dispatcherOn(ledger: Ledger): TypedDispatch {
  return dispatcherFor(ledger, { log: { error: () => undefined }, backups: createBackups(memoryBackupPlan()) });
}

function numbersIn(file: string): { cases: Set<string>; receipts: Set<string> } {
  const db = new Database(file, { readonly: true });
  try {
    return {
      cases: new Set(db.prepare('SELECT case_number FROM cases ORDER BY id').pluck().all() as string[]),
      receipts: new Set(db.prepare('SELECT receipt_number FROM receipts ORDER BY id').pluck().all() as string[]),
    };
  } finally {
    db.close();
  }
}

/** Runs a child and expects it killed at the step (or, with no step, to finish by itself). */
function runChild(args: string[], step: CrashStep | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, KAUNTER_CRASH_AT: step ?? '', KAUNTER_RECOVERY_PASSPHRASE: PASSPHRASE },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (step !== null && signal === 'SIGKILL') resolve();
      else if (step === null && code === 0) resolve();
      else reject(new Error(`child ended with ${signal ?? code} at ${step ?? 'no step'}: ${stderr}`));
    });
  });
}

let template: string;
let backupFile: string;
let before: { cases: Set<string>; receipts: Set<string> };
let inBackup: { cases: Set<string>; receipts: Set<string> };
const dirs: string[] = [];

beforeAll(async () => {
  template = tempDir('kaunter-restore-template-');
  const backupDir = tempDir('kaunter-restore-backups-');
  dirs.push(template, backupDir);
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const { ledger } = await readyLedger(
    { recoveryPassphrase: PASSPHRASE },
    { file: join(template, DATABASE_FILE), dataDir: template, clock },
  );
  const dispatch = dispatcherOn(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  for (let i = 0; i < 2; i++) await registerAndPay(dispatch);
  backupFile = (await backupLedger(ledger, backupDir, 5, 'K1')).file;
  clock.advance(60_000);
  for (let i = 0; i < 3; i++) await registerAndPay(dispatch);
  ledger.db.close();
  before = numbersIn(join(template, DATABASE_FILE));
  // The backup is sealed; what it holds is read from a plain copy made at the same moment.
  inBackup = { cases: new Set([...before.cases].slice(0, 2)), receipts: new Set([...before.receipts].slice(0, 2)) };
}, 60_000);

afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** After the crash: open as the app does, check, issue one more case and receipt, compare. */
async function afterCrash(dataDir: string, step: CrashStep | null): Promise<'old' | 'restored'> {
  const { ledger, startup } = await openCheckedLedger(dataDir, { pinCost: 10 });
  try {
    expect(startup.ok, startup.problem?.messageMs).toBe(true);
    expect(existsSync(join(dataDir, JOURNAL_FILE))).toBe(false);
    expect(readdirSync(dataDir).filter((n) => n.includes('.restoring'))).toEqual([]);
    const held = numbersIn(join(dataDir, DATABASE_FILE));
    const state = held.cases.size === before.cases.size ? 'old' : 'restored';
    if (state === 'restored') expect(held.cases).toEqual(inBackup.cases);
    const dispatch = dispatcherOn(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const next = await registerAndPay(dispatch);
    // Every ledger that ever handed out numbers here: the one before the restore and anything set aside.
    const aside = existsSync(join(dataDir, 'diketepikan'))
      ? readdirSync(join(dataDir, 'diketepikan')).filter((n) => n.endsWith('.sqlite'))
      : [];
    for (const earlier of [before, ...aside.map((n) => numbersIn(join(dataDir, 'diketepikan', n)))]) {
      expect(earlier.cases.has(next.caseNumber), `${step}: ${next.caseNumber} issued twice`).toBe(false);
      expect(earlier.receipts.has(next.receiptNumber), `${step}: ${next.receiptNumber} issued twice`).toBe(false);
    }
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
    return state;
  } finally {
    ledger.db.close();
  }
}

const EXPECTED: Record<CrashStep, 'old' | 'restored'> = {
  'restore:copied': 'old',
  'restore:prepared': 'old',
  'restore:journal': 'restored',
  'restore:aside-db': 'restored',
  'restore:aside-all': 'restored',
  'restore:placed': 'restored',
  'restore:done': 'restored',
} as Record<CrashStep, 'old' | 'restored'>;

describe.each([
  {
    how: 'kaunter restore --yes',
    args: (dir: string) => ['electron/cli/kaunter.ts', 'restore', '--data', dir, '--from', backupFile, '--yes'],
  },
  { how: 'the in-app restore', args: (dir: string) => ['tests/durability/children/restoreInApp.ts', dir, backupFile] },
])('$how killed at every step', ({ args }) => {
  it.each(RESTORE_STEPS)(
    '%s leaves the old ledger or the restored one, never a number twice',
    { timeout: 60_000 },
    async (step) => {
      const dataDir = tempDir('kaunter-restore-crash-');
      dirs.push(dataDir);
      cpSync(template, dataDir, { recursive: true });
      await runChild(args(dataDir), step);
      expect(await afterCrash(dataDir, step)).toBe(EXPECTED[step]);
    },
  );

  it('runs to the end when nothing kills it', { timeout: 60_000 }, async () => {
    const dataDir = tempDir('kaunter-restore-whole-');
    dirs.push(dataDir);
    cpSync(template, dataDir, { recursive: true });
    await runChild(args(dataDir), null);
    expect(await afterCrash(dataDir, null)).toBe('restored');
  });
});

describe('kaunter restore into an empty or missing folder (the PC died)', () => {
  it.each(['empty', 'missing'])(
    'restores into a %s folder, then numbers go on from the backup',
    { timeout: 60_000 },
    async (kind) => {
      const parent = tempDir('kaunter-restore-newpc-');
      dirs.push(parent);
      const dataDir = kind === 'empty' ? parent : join(parent, 'baharu', 'data');
      await runChild(['electron/cli/kaunter.ts', 'restore', '--data', dataDir, '--from', backupFile, '--yes'], null);
      const { ledger, startup } = await openCheckedLedger(dataDir, { pinCost: 10 });
      try {
        expect(startup.ok).toBe(true);
        expect(numbersIn(join(dataDir, DATABASE_FILE)).cases).toEqual(inBackup.cases);
        expect(existsSync(join(dataDir, 'diketepikan')) && readdirSync(join(dataDir, 'diketepikan')).length > 0).toBe(
          false,
        );
        expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
      } finally {
        ledger.db.close();
      }
    },
  );
});
