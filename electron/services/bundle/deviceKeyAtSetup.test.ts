import { confirmClock } from '../series/clockGuard';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { describe, expect, it } from 'vitest';
import { setupSchema } from '@shared/schemas/setup';
import { runExportCommand } from '../../cli/exportCommand';
import { seed } from '../../cli/seed';
import { openLedger } from '../ledger/ledgerFile';
import { completeSetup } from '../court/setup';
import { readPdf } from '../documents/pdfText';
import { testKey, testKeyFile } from '../../../tests/support/bundle';
import {
  SETUP,
  dispatcherFor,
  freshLedger,
  frozenClock,
  readyLedger,
  tempDir,
  unwrap,
} from '../../../tests/support/ledger';
import { DATABASE_FILE } from '../ledger/ledgerFile';
import { DEVICE_KEY_FILE, NO_DEVICE_KEY, fileDeviceKeyVault, memoryDeviceKeyVault, readDeviceKey } from './deviceKey';
import { exportBundle } from './exportBundle';
import { importIctKey } from './ictKeys';

const DAY = 24 * 60 * 60 * 1000;

/** Decrypts with the ICT test key and checks the signature as of `at`; the signature's own date back. */
async function signedAt(pgp: Uint8Array, deviceKeyArmored: string, at: Date): Promise<Date> {
  const { signatures } = await openpgp.decrypt({
    message: await openpgp.readMessage({ binaryMessage: pgp }),
    decryptionKeys: await openpgp.readPrivateKey({ armoredKey: testKey('ict-test.sec') }),
    verificationKeys: await openpgp.readKey({ armoredKey: deviceKeyArmored }),
    expectSigned: true,
    format: 'binary',
    date: at,
  });
  const [signature] = signatures;
  if (!signature) throw new Error('unsigned');
  await signature.verified;
  const packet = (await signature.signature).packets[0];
  if (!packet?.created) throw new Error('no signature date');
  return packet.created;
}

describe('the device key made at setup', () => {
  it('is made by Tetapan Awal, in the same transaction as the setup, and printed on the setup slip', async () => {
    const dataDir = tempDir();
    const ledger = freshLedger({ dataDir, file: join(dataDir, DATABASE_FILE) });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('setup.complete', SETUP));
    const key = readDeviceKey(ledger);
    expect(key?.fingerprint).toMatch(/^[0-9a-f]{40}$/);
    const secret = await openpgp.readPrivateKey({ armoredKey: readFileSync(join(dataDir, DEVICE_KEY_FILE), 'utf8') });
    expect(secret.getFingerprint()).toBe(key?.fingerprint);
    const actions = ledger.db.prepare('SELECT action FROM audit_events ORDER BY seq').pluck().all();
    expect(actions.slice(0, 3)).toEqual(['user.create', 'setup.complete', 'deviceKey.create']);

    const slip = unwrap(await dispatch('bundle.setupSlip', { toPrinter: false }));
    const text = (await readPdf(readFileSync(slip.pdfFile))).map((p) => p.text).join(' ');
    const groups = (key?.fingerprint ?? '').toUpperCase().match(/.{4}/g) ?? [];
    expect(text).toContain(groups.slice(0, 5).join(' '));
    // The slip made no second key.
    expect(ledger.db.prepare("SELECT COUNT(*) FROM audit_events WHERE action = 'deviceKey.create'").pluck().get()).toBe(
      1,
    );
    ledger.db.close();
  });

  it('is made by kaunter seed, and the CLI export of the seeded folder signs with it', async () => {
    const dataDir = tempDir();
    await seed({ dataDir, cases: 2, seed: 1, log: null, court: '05005', counter: 'K1', blockStart: 1 });
    expect(existsSync(join(dataDir, DEVICE_KEY_FILE))).toBe(true);
    const ledger = openLedger(dataDir);
    const recorded = readDeviceKey(ledger);
    ledger.db.close();
    expect(recorded).not.toBeNull();
    const out = tempDir('kaunter-usb-');
    const lines = await runExportCommand({
      data: dataDir,
      out,
      ictKeys: [testKeyFile('ict-test.pub')],
      passphraseFile: null,
    });
    const groups = (recorded?.fingerprint ?? '').match(/.{4}/g)?.join(' ') ?? '';
    expect(lines.join('\n')).toMatch(new RegExp(`${recorded?.fingerprint ?? 'x'}|${groups}`, 'i'));
  }, 60_000);

  it('is never made by an export: a ledger with no key on record is refused with the reason, and nothing is written', async () => {
    const dataDir = tempDir();
    const ledger = freshLedger({ dataDir, file: join(dataDir, DATABASE_FILE) });
    // A folder set up before setup made keys: no key on record.
    const { user } = await completeSetup(ledger, setupSchema.parse(SETUP));
    await importIctKey(ledger, user.id, testKey('ict-test.pub'));
    const vault = fileDeviceKeyVault(dataDir);
    const out = tempDir('kaunter-usb-');
    await expect(exportBundle(ledger, { folder: out, vault, by: null })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: NO_DEVICE_KEY,
    });
    expect(readDeviceKey(ledger)).toBeNull();
    expect(await vault.load()).toBeNull();
    expect(readdirSync(out)).toEqual([]);
    expect(ledger.db.prepare('SELECT COUNT(*) FROM exports').pluck().get()).toBe(0);
    ledger.db.close();
  });

  it('signs by the app clock: an export with the clock days behind or ahead of the key, or of the system clock, goes through', async () => {
    // Later than the system clock and than the ICT test key's making, so only the device key's date can matter.
    const ictKey = await openpgp.readKey({ armoredKey: testKey('ict-test.pub') });
    const base = Math.max(Date.now(), ictKey.getCreationTime().getTime());
    for (const [setupAt, exportAt] of [
      // The app's clock days ahead of the system's, at setup and at export.
      [base + 4 * DAY, base + 4 * DAY],
      // The clock put back three days after setup: the key is "from the future" to the export.
      [base + 10 * DAY, base + 7 * DAY],
      // Moved on a few days after setup.
      [base + 10 * DAY, base + 14 * DAY],
    ] as const) {
      const clock = frozenClock(new Date(setupAt).toISOString());
      const vault = memoryDeviceKeyVault();
      const { ledger, supervisor } = await readyLedger({}, { clock, deviceKeys: vault });
      await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
      const key = readDeviceKey(ledger);
      expect(key?.createdAt.slice(0, 16)).toBe(new Date(setupAt).toISOString().slice(0, 16));
      clock.set(new Date(exportAt).toISOString());
      // A clock put back stops numbering (the export's sequence too) until a supervisor confirms the date.
      if (exportAt < setupAt) confirmClock(ledger, supervisor.id, supervisor);
      const out = tempDir('kaunter-usb-');
      const result = await exportBundle(ledger, { folder: out, vault, by: null });
      expect(result.exportedAt).toBe(new Date(exportAt).toISOString());
      const signed = await signedAt(
        readFileSync(join(out, result.files.pgp)),
        readFileSync(join(out, result.files.deviceKey), 'utf8'),
        new Date(Math.max(setupAt, exportAt)),
      );
      // Dated by the app's clock, never before the key was made.
      expect(Math.floor(signed.getTime() / 1000)).toBe(Math.floor(Math.max(setupAt, exportAt) / 1000));
    }
  }, 60_000);
});
