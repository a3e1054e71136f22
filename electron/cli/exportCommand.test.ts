import { existsSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { counterWithRecords, testKeyFile } from '../../tests/support/bundle';
import { SETUP, freshLedger, tempDir } from '../../tests/support/ledger';
import { setupSchema } from '@shared/schemas/setup';
import { DATABASE_FILE } from '../services/ledger/ledgerFile';
import { completeSetup } from '../services/court/setup';
import { DEVICE_KEY_FILE, PROTECTED_DEVICE_KEY_FILE, ensureDeviceKey } from '../services/bundle/deviceKey';
import { CliFailure, runExportCommand } from './exportCommand';

/** A counter's data folder, closed as if copied off its PC. */
async function copiedFolder(withDeviceKey = true) {
  const counter = await counterWithRecords(2, { importKey: false });
  if (withDeviceKey) await ensureDeviceKey(counter.ledger, counter.vault, 'user:1');
  counter.ledger.db.close();
  return counter.dataDir;
}

describe('kaunter export', () => {
  it('exports a copied data folder to the keys given, with a passphrase from a file', async () => {
    const data = await copiedFolder();
    const out = tempDir('kaunter-usb-');
    const passphraseFile = join(tempDir(), 'frasa.txt');
    writeFileSync(passphraseFile, 'frasa-laluan-panjang\n');
    const lines = await runExportCommand({
      data,
      out,
      ictKeys: [testKeyFile('ict-test.pub'), testKeyFile('ict-escrow-test.pub')],
      passphraseFile,
    });
    expect(lines[0]).toMatch(/^Eksport 1 siap \/ export 1 done: .*KS-05005-K1-0001-\d{8}T\d{4}\.zip\.pgp$/);
    const result = JSON.parse(lines.at(-1) ?? '{}') as { recipients: string[]; withPassphrase: boolean };
    expect(result.recipients).toHaveLength(2);
    expect(result.withPassphrase).toBe(true);
    expect(readdirSync(out)).toHaveLength(3);
  });

  it('says it cannot sign when the device key is protected by the counter PC', async () => {
    const data = await copiedFolder();
    renameSync(join(data, DEVICE_KEY_FILE), join(data, PROTECTED_DEVICE_KEY_FILE));
    const out = tempDir('kaunter-usb-');
    const failing = runExportCommand({ data, out, ictKeys: [testKeyFile('ict-test.pub')], passphraseFile: null });
    await expect(failing).rejects.toBeInstanceOf(CliFailure);
    await expect(failing).rejects.toThrow(/Tidak dapat menandatangani[^]*Cannot sign: .*Windows account/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a folder with no device key on record, in both languages, and makes none', async () => {
    const data = tempDir();
    const ledger = freshLedger({ dataDir: data, file: join(data, DATABASE_FILE) });
    // Set up before setup made the key (no vault given).
    await completeSetup(ledger, setupSchema.parse(SETUP));
    ledger.db.close();
    const out = tempDir('kaunter-usb-');
    const failing = runExportCommand({ data, out, ictKeys: [testKeyFile('ict-test.pub')], passphraseFile: null });
    await expect(failing).rejects.toThrow(/tiada kunci peranti yang direkodkan[^]*no device key on record/);
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(data, DEVICE_KEY_FILE))).toBe(false);
  });

  it('says the key is missing when the database names one the folder lacks', async () => {
    const data = await copiedFolder();
    renameSync(join(data, DEVICE_KEY_FILE), join(tempDir(), 'elsewhere.asc'));
    const failing = runExportCommand({
      data,
      out: tempDir(),
      ictKeys: [testKeyFile('ict-test.pub')],
      passphraseFile: null,
    });
    await expect(failing).rejects.toThrow(/Copy the whole data folder/);
  });

  it('refuses a private key given as an ICT key, in both languages', async () => {
    const data = await copiedFolder();
    const failing = runExportCommand({
      data,
      out: tempDir(),
      ictKeys: [testKeyFile('ict-test.sec')],
      passphraseFile: null,
    });
    await expect(failing).rejects.toThrow(/kunci RAHSIA[^]*Export failed \(VALIDATION\)/);
  });

  it('refuses a folder with no database and a call with no key', async () => {
    await expect(
      runExportCommand({
        data: tempDir(),
        out: tempDir(),
        ictKeys: [testKeyFile('ict-test.pub')],
        passphraseFile: null,
      }),
    ).rejects.toThrow(/No database at/);
    const data = await copiedFolder(false);
    await expect(runExportCommand({ data, out: tempDir(), ictKeys: [], passphraseFile: null })).rejects.toThrow(
      /At least one --ict-key/,
    );
  });
});
