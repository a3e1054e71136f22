import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import * as openpgp from 'openpgp';
import { afterEach, describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { dispatcherFor, frozenClock, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { fileDeviceKeyVault } from '../bundle/deviceKey';
import { importIctKey } from '../bundle/ictKeys';
import { DATABASE_FILE, openLedger } from '../ledger/ledgerFile';
import { backupLedger, listBackups, recoveryKeyFileName } from './backup';
import { memoryBackupPlan } from './plan';
import { createBackups } from './schedule';
import { sealBackup } from './seal';
import { checkBackupFolder } from './status';

const PASSPHRASE = 'Pemulihan Seremban 2026';
const PARTY = {
  side: 'CLAIMANT',
  name: 'Wan Nurul Izzati binti Wan Hamid',
  idType: 'MYKAD',
  idNumber: '880303-06-5528',
};
const approval = { supervisorId: 1, supervisorPin: '123456' };
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function counter(options: { passphrase?: string | null; ictKey?: boolean } = {}) {
  const dataDir = tempDir('kaunter-sealed-data-');
  const backupDir = tempDir('kaunter-sealed-usb-');
  dirs.push(dataDir, backupDir);
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const passphrase = options.passphrase === undefined ? PASSPHRASE : options.passphrase;
  const { ledger } = await readyLedger(passphrase ? { recoveryPassphrase: passphrase } : {}, {
    file: join(dataDir, DATABASE_FILE),
    dataDir,
    clock,
  });
  if (options.ictKey) await importIctKey(ledger, 1, testKey('ict-test.pub'));
  const backups = createBackups(memoryBackupPlan({ dir: backupDir }));
  const dispatch = dispatcherFor(ledger, { log: { error: () => undefined }, backups });
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(
    await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }),
  );
  return { ledger, dataDir, backupDir, clock, dispatch, caseNumber: registered.caseNumber };
}

const count = (db: { prepare: Database.Database['prepare'] }, table: string) =>
  (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('a backup on the stick', () => {
  it('holds no readable name, number, PIN hash or SQLite header; only the backup and the locked key are left', async () => {
    const { ledger, backupDir, dataDir, caseNumber } = await counter({ ictKey: true });
    const pinHash = (ledger.db.prepare('SELECT pin_hash FROM users WHERE id = 1').get() as { pin_hash: string })
      .pin_hash;
    const result = await backupLedger(ledger, backupDir, 5, 'K1');
    expect(readdirSync(backupDir).sort()).toEqual([recoveryKeyFileName('K1'), result.name].sort());
    expect(readdirSync(dataDir).filter((name) => name.includes('sandaran'))).toEqual([]);
    for (const name of readdirSync(backupDir)) {
      const text = readFileSync(join(backupDir, name)).toString('latin1');
      for (const secret of [
        'SQLite format 3',
        PARTY.name,
        PARTY.idNumber,
        caseNumber,
        pinHash,
        PASSPHRASE,
        'Seremban',
      ]) {
        expect(text.includes(secret), `${secret} readable in ${name}`).toBe(false);
      }
    }
    expect(result.head).toEqual({ seq: result.facts.auditEvents, hash: result.facts.auditHead });
    expect(result.recipients).toHaveLength(2);
  });

  it('opens with `gpg --decrypt` and the ICT secret key, giving the SQLite ledger with a good device signature', async () => {
    const { ledger, backupDir } = await counter({ ictKey: true });
    const result = await backupLedger(ledger, backupDir, 5, 'K1');
    const home = tempDir('kaunter-gnupg-');
    dirs.push(home);
    const gpg = (...args: string[]) =>
      execFileSync('gpg', ['--homedir', home, '--batch', '--yes', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(join(home, 'ict.sec.asc'), testKey('ict-test.sec'));
    const device = ledger.db.prepare('SELECT public_armored FROM device_key').pluck().get() as string;
    writeFileSync(join(home, 'device.asc'), device);
    gpg('--import', join(home, 'ict.sec.asc'));
    gpg('--import', join(home, 'device.asc'));
    const out = join(home, 'kaunter.sqlite');
    gpg('--output', out, '--decrypt', result.file);
    const db = new Database(out, { readonly: true });
    try {
      expect(count(db, 'cases')).toBe(1);
    } finally {
      db.close();
    }
  });

  it('is refused, with what to set, when there is neither a recovery passphrase nor an ICT key', async () => {
    const { ledger, backupDir } = await counter({ passphrase: null });
    await expect(backupLedger(ledger, backupDir, 5, 'K1')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('Tetapan → Sandaran') as unknown,
    });
    expect(readdirSync(backupDir)).toEqual([]);
  });

  it('clears what a killed run left (plain work copy, .partial files) and never a finished backup', async () => {
    const { ledger, backupDir, dataDir } = await counter();
    const first = await backupLedger(ledger, backupDir, 5, 'K1');
    writeFileSync(join(backupDir, 'kaunter-K1-20261128-005900.sqlite.pgp.partial'), 'separuh');
    writeFileSync(join(backupDir, `${recoveryKeyFileName('K1')}.tmp`), 'separuh');
    writeFileSync(join(dataDir, 'kaunter.sqlite.sandaran-4242.partial'), 'SQLite format 3');
    writeFileSync(join(dataDir, 'kaunter.sqlite.sandaran-4242.partial-wal'), '');
    writeFileSync(join(backupDir, 'nota-ict.txt'), 'bukan sandaran');
    ledger.clock = frozenClock('2026-11-28T02:00:00.000Z');
    const second = await backupLedger(ledger, backupDir, 5, 'K1');
    expect(readdirSync(backupDir).sort()).toEqual(
      [first.name, second.name, recoveryKeyFileName('K1'), 'nota-ict.txt'].sort(),
    );
    expect(readdirSync(dataDir).filter((name) => name.includes('sandaran'))).toEqual([]);
  });

  it('is not made when its copy fails the check while it is being sealed: nothing new is left on the stick', async () => {
    const { ledger, backupDir, dataDir } = await counter();
    const first = await backupLedger(ledger, backupDir, 5, 'K1');
    // A name changed in the file without its audit event: the check of the next copy must refuse it.
    ledger.db.prepare("UPDATE parties SET name = 'Nama Diubah Tanpa Peristiwa' WHERE id = 1").run();
    ledger.clock = frozenClock('2026-11-28T02:00:00.000Z');
    await expect(backupLedger(ledger, backupDir, 5, 'K1')).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringContaining('gagal disemak') as unknown,
    });
    expect(readdirSync(backupDir).sort()).toEqual([first.name, recoveryKeyFileName('K1')].sort());
    expect(readdirSync(dataDir).filter((name) => name.includes('sandaran'))).toEqual([]);
  });

  it('says the stick is gone when its folder disappears under the sealing, and leaves no work copy', async () => {
    const { ledger, backupDir, dataDir } = await counter();
    const made = backupLedger(ledger, backupDir, 5, 'K1');
    rmSync(backupDir, { recursive: true });
    await expect(made).rejects.toMatchObject({
      code: 'STORAGE',
      message: expect.stringContaining('pemacu USB dicabut') as unknown,
    });
    expect(readdirSync(dataDir).filter((name) => name.includes('sandaran'))).toEqual([]);
  });
});

describe('restoring an encrypted backup', () => {
  it('opens with the passphrase alone on a new PC, from the first-run screen, then the supervisor signs in', async () => {
    const { ledger, backupDir, caseNumber } = await counter();
    const { file } = await backupLedger(ledger, backupDir, 5, 'K1');
    const newPc = tempDir('kaunter-newpc-');
    dirs.push(newPc);
    // Only the stick came over: the backup and the locked recovery key beside it.
    const stick = join(newPc, 'usb');
    mkdirSync(stick);
    for (const name of readdirSync(backupDir)) copyFileSync(join(backupDir, name), join(stick, name));
    const fresh = openLedger(join(newPc, 'data'), { pinCost: 10 });
    const dispatch = dispatcherFor(fresh, {
      log: { error: () => undefined },
      backups: createBackups(memoryBackupPlan()),
    });
    const onStick = join(stick, file.split('/').pop() ?? '');
    const wrong = await dispatch('firstRun.compareBackup', { file: onStick, passphrase: 'bukan frasa yang betul' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(readdirSync(join(newPc, 'data')).filter((n) => n.includes('restoring'))).toEqual([]);
    const look = unwrap(await dispatch('firstRun.compareBackup', { file: onStick, passphrase: PASSPHRASE }));
    expect(look).toMatchObject({ ok: true, encrypted: true, backup: { cases: 1 }, current: { cases: 0 } });
    expect(look.signature?.head.seq).toBe(look.backup.auditEvents);
    unwrap(await dispatch('firstRun.restoreBackup', { file: onStick, passphrase: PASSPHRASE }));
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const found = unwrap(await dispatch('cases.search', { query: caseNumber }));
    expect(JSON.stringify(found)).toContain(caseNumber);
    // Public channels: once the ledger holds anything they refuse.
    expect(await dispatch('firstRun.restoreBackup', { file: onStick, passphrase: PASSPHRASE })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    fresh.db.close();
  });

  it('opens with the ICT secret key instead of the passphrase', async () => {
    const { ledger, backupDir, dispatch } = await counter({ ictKey: true });
    const { name } = await backupLedger(ledger, backupDir, 5, 'K1');
    const look = unwrap(await dispatch('backup.compare', { name, secretKey: testKey('ict-test.sec') }));
    expect(look).toMatchObject({ ok: true, encrypted: true });
    const noKey = await dispatch('backup.compare', { name });
    expect(noKey.ok ? '' : noKey.error.message).toContain('frasa laluan pemulihan');
  });

  it('refuses a wrong passphrase or a backup not signed by this counter before anything changes', async () => {
    const { ledger, backupDir, dataDir, dispatch } = await counter();
    const { name } = await backupLedger(ledger, backupDir, 5, 'K1');
    const before = count(ledger.db, 'audit_events');
    const wrong = await dispatch('backup.restore', { ...approval, name, passphrase: 'salah salah salah' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // A forged backup: a copy with a name changed, sealed to the recovery key by someone else's key.
    const forged = join(dataDir, 'palsu.sqlite');
    await ledger.db.backup(forged);
    const db = new Database(forged);
    db.prepare("UPDATE parties SET name = 'Orang Lain'").run();
    db.close();
    const recovery = JSON.parse(
      ledger.db.prepare("SELECT value FROM court_settings WHERE key = 'backup.recoveryKey'").pluck().get() as string,
    ) as { publicArmored: string };
    const { privateKey } = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ name: 'penyerang' }],
      format: 'object',
    });
    const sealed = await sealBackup(readFileSync(forged), {
      recipients: [recovery.publicArmored],
      signer: privateKey,
      head: { seq: before, hash: null },
      date: new Date(),
    });
    const forgedName = 'kaunter-K1-20261128-013000.sqlite.pgp';
    writeFileSync(join(backupDir, forgedName), sealed);
    const refused = await dispatch('backup.restore', { ...approval, name: forgedName, passphrase: PASSPHRASE });
    expect(refused.ok ? '' : refused.error.message).toContain('Tandatangan peranti');
    expect(count(ledger.db, 'audit_events')).toBe(before);
    expect(readdirSync(dataDir).filter((n) => n.includes('restoring'))).toEqual([]);
  });

  it('refuses a backup signed by this counter whose signed head is not what it holds', async () => {
    const { ledger, backupDir, dataDir, dispatch } = await counter();
    await backupLedger(ledger, backupDir, 5, 'K1');
    const copy = join(dataDir, 'dipotong.sqlite');
    await ledger.db.backup(copy);
    const head = ledger.db.prepare('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as {
      seq: number;
      hash: string;
    };
    const db = new Database(copy);
    db.exec('DROP TRIGGER IF EXISTS audit_events_no_delete');
    for (const trigger of db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger'").pluck().all() as string[])
      db.exec(`DROP TRIGGER "${trigger}"`);
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(head.seq);
    db.close();
    const signer = await openpgp.readPrivateKey({
      armoredKey: (await fileDeviceKeyVault(dataDir).load()) ?? '',
    });
    const recovery = JSON.parse(
      ledger.db.prepare("SELECT value FROM court_settings WHERE key = 'backup.recoveryKey'").pluck().get() as string,
    ) as { publicArmored: string };
    writeFileSync(
      join(backupDir, 'kaunter-K1-20261128-013000.sqlite.pgp'),
      await sealBackup(readFileSync(copy), { recipients: [recovery.publicArmored], signer, head, date: new Date() }),
    );
    const refused = await dispatch('backup.compare', {
      name: 'kaunter-K1-20261128-013000.sqlite.pgp',
      passphrase: PASSPHRASE,
    });
    expect(refused.ok ? '' : refused.error.message).toContain('Kepala rantaian audit');
  });

  it('still restores an old plain SQLite backup', async () => {
    const { ledger, backupDir, dispatch } = await counter();
    await ledger.db.backup(join(backupDir, 'kaunter-K1-20261128-003000.sqlite'));
    unwrap(await dispatch('cases.register', { caseTypeCode: '024', proceeding: 'SAMAN', parties: [PARTY] }));
    expect(listBackups(backupDir).map((b) => b.name)).toEqual(['kaunter-K1-20261128-003000.sqlite']);
    const restored = unwrap(
      await dispatch('backup.restore', { ...approval, name: 'kaunter-K1-20261128-003000.sqlite' }),
    );
    expect(restored.facts.cases).toBe(1);
  });
});

describe('the backup folder', () => {
  it('is refused anywhere inside the data folder, however it is spelled', async () => {
    const { dataDir } = await counter();
    const inside = join(dataDir, 'sandaran', 'usb');
    mkdirSync(inside, { recursive: true });
    const plan = { everyMinutes: 30, keep: 5 };
    expect(() => checkBackupFolder({ ...plan, dir: inside }, dataDir)).toThrow('di dalam folder data');
    expect(() => checkBackupFolder({ ...plan, dir: `${dataDir}/sandaran/../sandaran/usb` }, dataDir)).toThrow(
      'di dalam folder data',
    );
    const outside = tempDir('kaunter-usb-');
    dirs.push(outside);
    expect(() => checkBackupFolder({ ...plan, dir: outside }, dataDir)).not.toThrow();
    expect(existsSync(inside)).toBe(true);
  });
});
