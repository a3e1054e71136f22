import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dispatcherFor,
  frozenClock,
  readyLedger,
  tempDir,
  unwrap,
  type TypedDispatch,
} from '../../../tests/support/ledger';
import { DATABASE_FILE } from '../ledger/ledgerFile';
import type { Ledger } from '../ledger/ledger';
import { verifyLedger } from '../ledger/verify';
import { backupLedger, listBackups } from './backup';
import { memoryBackupPlan } from './plan';
import { createBackups } from './schedule';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const approval = { supervisorId: 1, supervisorPin: '123456' };
const PASSPHRASE = 'Pemulihan Seremban 2026';

async function counterOnDisk() {
  const dataDir = tempDir('kaunter-data-');
  const backupDir = tempDir('kaunter-backup-');
  dirs.push(dataDir, backupDir);
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const { ledger } = await readyLedger(
    { recoveryPassphrase: PASSPHRASE },
    { file: join(dataDir, DATABASE_FILE), dataDir, clock },
  );
  const backups = createBackups(memoryBackupPlan());
  const log = { error: () => undefined };
  const dispatch = dispatcherFor(ledger, { log, backups, clock: () => clock() });
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  return { ledger, dataDir, backupDir, clock, backups, dispatch };
}

async function register(dispatch: TypedDispatch, times = 1): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < times; i++) {
    const registered = unwrap(
      await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] }),
    );
    unwrap(
      await dispatch('payments.take', {
        caseId: registered.id,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: CLAIMANT.name,
        payerIdNumber: CLAIMANT.idNumber,
        method: 'CASH',
        tenderedSen: 10_000,
      }),
    );
    numbers.push(registered.caseNumber);
  }
  return numbers;
}

const count = (ledger: Ledger, table: string) =>
  (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('backups', () => {
  it('copies the ledger, checks the copy and keeps only the newest K of this counter', async () => {
    const { ledger, backupDir, clock, dispatch } = await counterOnDisk();
    await register(dispatch, 3);
    writeFileSync(join(backupDir, 'nota-ict.txt'), 'bukan sandaran');
    const made: string[] = [];
    for (let i = 0; i < 4; i++) {
      clock.advance(60_000);
      made.push((await backupLedger(ledger, backupDir, 2, 'K1')).name);
    }
    const left = listBackups(backupDir).map((b) => b.name);
    expect(left).toEqual([made[3], made[2]]);
    expect(readdirSync(backupDir)).toContain('nota-ict.txt');
    expect(readdirSync(backupDir).some((name) => name.endsWith('.partial'))).toBe(false);
    clock.advance(60_000);
    const latest = await backupLedger(ledger, backupDir, 2, 'K1');
    expect(latest.facts).toMatchObject({ cases: 3, auditEvents: count(ledger, 'audit_events') });
    expect(latest.removed).toEqual([made[2]]);
  });

  it('refuses a folder that is gone with a clear message and leaves nothing behind', async () => {
    const { ledger, backupDir } = await counterOnDisk();
    const gone = join(backupDir, 'usb-dicabut');
    await expect(backupLedger(ledger, gone, 5, 'K1')).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringContaining('tidak dijumpai') as unknown,
    });
    expect(existsSync(gone)).toBe(false);
  });

  it('is made at day close and when the interval is due, and the status says when the last good one was', async () => {
    const { ledger, backupDir, clock, backups, dispatch } = await counterOnDisk();
    unwrap(await dispatch('backup.savePlan', { supervisorPin: '123456', dir: backupDir, everyMinutes: 30, keep: 10 }));
    expect(await backups.runIfDue(ledger)).not.toBeNull();
    clock.advance(10 * 60_000);
    expect(await backups.runIfDue(ledger)).toBeNull();
    clock.advance(21 * 60_000);
    expect(await backups.runIfDue(ledger)).not.toBeNull();
    clock.advance(60_000);
    await register(dispatch);
    unwrap(await dispatch('dayClose.close', { ...approval, date: '2026-11-28', cashCountedSen: 2500 }));
    const status = unwrap(await dispatch('backup.status', {}));
    expect(status.files).toHaveLength(3);
    expect(status.lastGoodAt).toBe(clock().toISOString());
    expect(status.last?.facts.cases).toBe(1);
  });

  it('refuses a plan whose folder is missing or is the data folder itself, and keeps the old plan', async () => {
    const { dataDir, backupDir, dispatch } = await counterOnDisk();
    unwrap(await dispatch('backup.savePlan', { supervisorPin: '123456', dir: backupDir, everyMinutes: 30, keep: 10 }));
    const missing = await dispatch('backup.savePlan', {
      supervisorPin: '123456',
      dir: join(backupDir, 'tiada'),
      everyMinutes: 30,
      keep: 10,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const same = await dispatch('backup.savePlan', {
      supervisorPin: '123456',
      dir: dataDir,
      everyMinutes: 30,
      keep: 10,
    });
    expect(same.ok ? '' : same.error.message).toContain('tidak boleh sama');
    const tooOften = await dispatch('backup.savePlan', {
      supervisorPin: '123456',
      dir: backupDir,
      everyMinutes: 1,
      keep: 10,
    });
    expect(tooOften).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(unwrap(await dispatch('backup.status', {})).dir).toBe(backupDir);
  });
});

describe('restore', () => {
  async function backedUpThenMore() {
    const counter = await counterOnDisk();
    unwrap(
      await counter.dispatch('backup.savePlan', {
        supervisorPin: '123456',
        dir: counter.backupDir,
        everyMinutes: 30,
        keep: 10,
      }),
    );
    await register(counter.dispatch, 2);
    const status = unwrap(await counter.dispatch('backup.run', {}));
    counter.clock.advance(60_000);
    await register(counter.dispatch, 3);
    return { ...counter, name: status.files[0]?.name ?? '' };
  }

  it('shows what a backup holds and what restoring it would lose, changing nothing', async () => {
    const { ledger, dispatch, name } = await backedUpThenMore();
    const before = count(ledger, 'audit_events');
    const comparison = unwrap(await dispatch('backup.compare', { name, passphrase: PASSPHRASE }));
    expect(comparison).toMatchObject({
      ok: true,
      sameHistory: true,
      backup: { cases: 2 },
      current: { cases: 5 },
      lost: { cases: 3, receipts: 3, auditEvents: 9 },
    });
    expect(count(ledger, 'audit_events')).toBe(before);
  });

  it("answers a retry of the restore's request id from the restored ledger, without restoring twice", async () => {
    const { ledger, dispatch, name } = await backedUpThenMore();
    const meta = { requestId: 'pulih-sandaran-0001' };
    const input = { ...approval, name, passphrase: PASSPHRASE };
    const first = unwrap(await dispatch('backup.restore', input, meta));
    const restores = () =>
      (
        ledger.db.prepare("SELECT COUNT(*) AS n FROM audit_events WHERE action = 'ledger.restore'").get() as {
          n: number;
        }
      ).n;
    expect(restores()).toBe(1);
    const setAside = () => readdirSync(join(first.setAside, '..')).length;
    const asideAfterFirst = setAside();
    // The restore signed everyone out; the screen's retry comes with the same id.
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const again = await dispatch('backup.restore', input, meta);
    expect(again).toEqual({ ok: true, value: first, replayed: true });
    expect(restores()).toBe(1);
    // A second restore would have set the restored database aside too.
    expect(setAside()).toBe(asideAfterFirst);
  });

  it('puts the backup in place after the supervisor PIN, sets the current database aside and records the restore', async () => {
    const { ledger, dataDir, dispatch, name } = await backedUpThenMore();
    const wrongPin = await dispatch('backup.restore', {
      ...approval,
      supervisorPin: '000000',
      name,
      passphrase: PASSPHRASE,
    });
    expect(wrongPin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(count(ledger, 'cases')).toBe(5);

    const restored = unwrap(await dispatch('backup.restore', { ...approval, name, passphrase: PASSPHRASE }));
    expect(restored.facts.cases).toBe(2);
    expect(count(ledger, 'cases')).toBe(2);
    expect(existsSync(restored.setAside)).toBe(true);
    expect(readdirSync(join(dataDir, 'diketepikan')).length).toBeGreaterThan(0);
    const last = ledger.db.prepare('SELECT action, data FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
      action: string;
      data: string;
    };
    expect(last.action).toBe('ledger.restore');
    expect(JSON.parse(last.data)).toMatchObject({ backup: name, lostEvents: 9 });
    expect(verifyLedger(ledger.db).ok).toBe(true);
    // Everyone signs in again against the restored ledger.
    expect(unwrap(await dispatch('auth.session', {}))).toBeNull();
  });

  it('never hands out again a case or receipt number issued after the backup', async () => {
    const { ledger, dispatch, name } = await backedUpThenMore();
    const restored = unwrap(await dispatch('backup.restore', { ...approval, name, passphrase: PASSPHRASE }));
    expect(restored.lostNumbers).toEqual({
      readable: true,
      cases: [{ series: '024/2026', first: 772, last: 774 }],
      receipts: [{ series: 'K1/2026', first: 3, last: 5 }],
      appointments: [],
      exports: [],
    });
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const [next] = await register(dispatch);
    expect(next).toBe('05005-024-0775-2026');
    const receipt = ledger.db.prepare('SELECT receipt_number AS n FROM receipts ORDER BY id DESC LIMIT 1').get() as {
      n: string;
    };
    expect(receipt.n).toBe('05005-K1-2026-000006');
    // The jumps are recorded, so the ledger still verifies whole, at start-up and in full.
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true, problem: null });
  });

  it('refuses a damaged backup and anything that is not a backup name', async () => {
    const { ledger, backupDir, dispatch, name } = await backedUpThenMore();
    writeFileSync(join(backupDir, name), 'bukan pangkalan data');
    const damaged = await dispatch('backup.restore', { ...approval, name, passphrase: PASSPHRASE });
    expect(damaged.ok).toBe(false);
    expect(count(ledger, 'cases')).toBe(5);
    const escape = await dispatch('backup.compare', { name: '../kaunter.sqlite' });
    expect(escape).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('is refused to a clerk', async () => {
    const { dispatch, name } = await backedUpThenMore();
    unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: 2, pin: '654321' }));
    expect(await dispatch('backup.restore', { ...approval, name, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
