import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { testKey } from '../../../tests/support/bundle';
import { registerAt, threeCounters, type TestCounter } from '../../../tests/support/courtFolder';
import { tempDir } from '../../../tests/support/ledger';
import { verifyFolder } from '../../cli/verify';
import type { CrashStep } from '../backup/crashPoint';
import { readRecoveryKey, setRecoveryPassphrase, unlockRecoveryKey } from '../backup/recoveryKey';
import { DATABASE_NAME, finishInterruptedRestore } from '../backup/restoreJournal';
import { deviceKeyStatus, fileDeviceKeyVault, readDeviceKey } from '../bundle/deviceKey';
import { openCheckedLedger } from '../ledger/ledgerFile';
import { hashPin, verifyPin } from '../users/pin';
import { counterDir } from './layout';
import { restoreFromCourtFolder, type CourtRestoreInput } from './restore';

const numbers = (c: TestCounter, q: string): string[] => c.ledger.db.prepare(q).pluck().all() as string[];

/** K1 works and publishes; its PC then dies (its data folder deleted). What a new PC is given. */
async function k1Died() {
  const { folder, k1, k2 } = await threeCounters();
  const made = [
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124'),
    registerAt(k1, 'Rahim bin Salleh', '800202-05-5111'),
  ];
  await k1.sync({ eventsPerSegment: 5 });
  made.push(registerAt(k1, 'Siti Hajar binti Osman', '900303-05-5222'));
  await k1.sync();
  const issued = {
    cases: numbers(k1, 'SELECT case_number FROM cases'),
    receipts: numbers(k1, 'SELECT receipt_number FROM receipts'),
  };
  const key = readDeviceKey(k1.ledger);
  if (!key) throw new Error('K1 has no device key');
  const lastSeq = k1.ledger.db.prepare('SELECT MAX(seq) FROM audit_events').pluck().get() as number;
  k1.ledger.db.close();
  rmSync(k1.dataDir, { recursive: true, force: true });
  const ict = await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') });
  const input = async (dataDir: string): Promise<CourtRestoreInput> => ({
    dataDir,
    folder,
    counter: 'K1',
    decryptionKey: ict,
    deviceKeyArmored: key.publicArmored,
    fingerprint: key.fingerprint,
    supervisor: { id: k1.supervisorId, pinHash: await hashPin('654321', 10) },
    actor: 'system:cli',
    at: new Date('2026-12-01T02:00:00.000Z'),
  });
  return { folder, k2, made, issued, key, lastSeq, input };
}

function crashAt(step: CrashStep) {
  return (at: CrashStep) => {
    if (at === step) throw new Error(`power cut at ${step}`);
  };
}

describe('kaunter court restore: a new PC rebuilds a counter from the court folder', () => {
  it('rebuilds K1 whole: verify passes, the supervisor signs in with the new PIN, no number is reused', async () => {
    const { made, issued, lastSeq, input, key } = await k1Died();
    const readDeviceKeyFingerprint = key.fingerprint;
    const newPc = tempDir('kaunter-newpc-');
    const outcome = await restoreFromCourtFolder(await input(newPc));
    expect(outcome).toMatchObject({ counter: 'K1', court: '05005', lastSeq, cases: 3, receipts: 3, problem: null });
    expect(outcome.segments).toBeGreaterThan(1);
    expect(outcome.notRecovered.at(-1)?.ms).toContain(`sehingga acara ${lastSeq}`);

    const verified = verifyFolder(newPc);
    expect(verified.found && verified.summary).toMatchObject({ ok: true, cases: 3, receipts: 3 });
    expect(verified.found && verified.summary.auditEvents).toBe(lastSeq + 1);

    const { ledger, startup } = await openCheckedLedger(newPc, { clock: () => new Date('2026-12-01T03:00:00.000Z') });
    expect(startup.ok).toBe(true);
    const names = ledger.db.prepare('SELECT case_number FROM cases ORDER BY id').pluck().all();
    expect(names).toEqual(made.map((m) => m.caseNumber));
    const supervisor = ledger.db
      .prepare("SELECT pin_hash FROM users WHERE role = 'SUPERVISOR'")
      .pluck()
      .get() as string;
    expect(await verifyPin('654321', supervisor)).toBe(true);
    expect(await verifyPin('123456', supervisor)).toBe(false);
    // The next case and receipt carry numbers above every one K1 issued, and none of K1's again.
    const next = registerAt(
      { ledger, clock: { advance: () => undefined } } as unknown as TestCounter,
      'Nor Aini binti Kassim',
      '910404-05-5333',
    );
    expect(issued.cases).not.toContain(next.caseNumber);
    expect(issued.receipts).not.toContain(next.receiptNumber);
    const run = (n: string) => Number(/-(\d{4})-/.exec(n)?.[1]);
    expect(run(next.caseNumber)).toBe(Math.max(...issued.cases.map(run)) + 1);
    // The old device key is on record without its secret half: the supervisor makes a new one, as after a backup restore.
    const status = await deviceKeyStatus(ledger, fileDeviceKeyVault(newPc), 'user:1');
    expect(status).toMatchObject({ fingerprint: readDeviceKeyFingerprint, available: false });
    // It publishes on: the next segment follows K1's last one in the folder.
    const segments = ledger.db.prepare('SELECT COUNT(*) FROM court_segments').pluck().get();
    expect(segments).toBe(outcome.segments);
    ledger.db.close();
  });

  it('refuses a folder that already holds a ledger, a wrong fingerprint, a key the segments are not for; nothing written', async () => {
    const { k2, key, input } = await k1Died();
    await expect(restoreFromCourtFolder(await input(k2.dataDir))).rejects.toThrow(/sudah mempunyai pangkalan data/);
    const newPc = tempDir('kaunter-newpc-');
    await expect(
      // The last digit changed to another (a key whose fingerprint ends in 0 made this the same one, 1 in 16).
      restoreFromCourtFolder({
        ...(await input(newPc)),
        fingerprint: key.fingerprint.replace(/.$/, (last) => (last === '0' ? '1' : '0')),
      }),
    ).rejects.toThrow(/Cap jari/);
    // Another counter's key opens K1's segments (they are for it too), but a key they are not for does not.
    const stranger = await openpgp.readPrivateKey({ armoredKey: testKey('ict-escrow-test.sec') });
    await expect(restoreFromCourtFolder({ ...(await input(newPc)), decryptionKey: stranger })).rejects.toThrow(
      /Tiada segmen kaunter K1/,
    );
    expect(readdirSync(newPc).filter((n) => n.startsWith(DATABASE_NAME))).toEqual([]);
  });

  it('a damaged segment: restores up to the one before it and says where it stopped', async () => {
    const { folder, input } = await k1Died();
    const file = join(counterDir(folder, '05005', 'K1'), 'seg-000002.kseg');
    const bytes = readFileSync(file);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const newPc = tempDir('kaunter-newpc-');
    const outcome = await restoreFromCourtFolder(await input(newPc));
    expect(outcome.segments).toBe(1);
    expect(outcome.problem).toMatchObject({ segmentNo: 2 });
    const verified = verifyFolder(newPc);
    expect(verified.found && verified.summary.ok).toBe(true);
  });

  it('opens the segments with the court recovery key (the file beside the backups and its passphrase)', async () => {
    const { folder, k1 } = await threeCounters();
    await setRecoveryPassphrase(k1.ledger, `user:${k1.supervisorId}`, 'frasa laluan mahkamah seremban');
    registerAt(k1, 'Aminah binti Yusof', '850101-10-5124');
    await k1.sync();
    const locked = readRecoveryKey(k1.ledger.db)?.lockedSecretArmored ?? '';
    const key = readDeviceKey(k1.ledger);
    if (!key) throw new Error('K1 has no device key');
    k1.ledger.db.close();
    rmSync(k1.dataDir, { recursive: true, force: true });
    const newPc = tempDir('kaunter-newpc-');
    const outcome = await restoreFromCourtFolder({
      dataDir: newPc,
      folder,
      counter: 'K1',
      decryptionKey: await unlockRecoveryKey(locked, 'frasa laluan mahkamah seremban'),
      deviceKeyArmored: key.publicArmored,
      fingerprint: key.fingerprint,
      supervisor: { id: k1.supervisorId, pinHash: await hashPin('654321', 10) },
      actor: 'system:cli',
      at: new Date('2026-12-01T02:00:00.000Z'),
    });
    expect(outcome).toMatchObject({ cases: 1, receipts: 1, problem: null });
    expect(verifyFolder(newPc)).toMatchObject({ found: true, summary: { ok: true } });
  });

  it.each<CrashStep>(['restore:prepared', 'restore:journal', 'restore:aside-all', 'restore:placed'])(
    'a power cut at %s leaves no ledger or a whole one, never half of one',
    async (step) => {
      const { input } = await k1Died();
      const newPc = tempDir('kaunter-newpc-');
      await expect(restoreFromCourtFolder({ ...(await input(newPc)), hook: crashAt(step) })).rejects.toThrow(
        /power cut/,
      );
      finishInterruptedRestore(newPc);
      if (existsSync(join(newPc, DATABASE_NAME))) {
        const verified = verifyFolder(newPc);
        expect(verified.found && verified.summary).toMatchObject({ ok: true, cases: 3 });
      } else {
        expect(readdirSync(newPc).filter((n) => n.startsWith(DATABASE_NAME))).toEqual([]);
        await restoreFromCourtFolder(await input(newPc));
        expect(verifyFolder(newPc)).toMatchObject({ found: true, summary: { ok: true } });
      }
    },
  );
});
