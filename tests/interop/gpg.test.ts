import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../electron/services/bundle/exportBundle';
import type { ExportResultView } from '@shared/bundleViews';
import { counterWithRecords, testKeyFile } from '../support/bundle';
import { tempDir } from '../support/ledger';

/**
 * What ICT does with the tools they already have: GnuPG 2.2 opens the bundle with their secret key or
 * the passphrase alone, reports the device key's good signature, and refuses a bundle changed by one byte.
 */
const PASSPHRASE = 'serahan-ICT-2026';
let out: string;
let result: ExportResultView;
let passphraseFile: string;

interface Gpg {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  statusLines: string[];
}

function gpg(home: string, args: string[]): Gpg {
  const run = spawnSync(
    'gpg',
    ['--homedir', home, '--batch', '--pinentry-mode', 'loopback', '--no-tty', '--status-fd', '2', ...args],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const stderr = run.stderr.toString('utf8');
  return {
    status: run.status,
    stdout: run.stdout,
    stderr,
    statusLines: stderr.split('\n').filter((l) => l.startsWith('[GNUPG:] ')),
  };
}

function keyring(...imports: string[]): string {
  const home = tempDir('kaunter-gnupg-');
  for (const file of imports) expect(gpg(home, ['--import', file]).status).toBe(0);
  return home;
}

function sha(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The ZIP gpg wrote out matches the manifest inside it, file by file. */
function expectZipMatchesManifest(zip: Buffer): void {
  const files = unzipSync(zip);
  const manifest = JSON.parse(Buffer.from(files['manifest.json'] as Uint8Array).toString('utf8')) as {
    files: { name: string; sha256: string; bytes: number }[];
  };
  // Format v3: nine CSV files and audit.jsonl.
  expect(manifest.files.length).toBe(10);
  for (const entry of manifest.files) {
    const bytes = files[entry.name];
    expect(bytes, entry.name).toBeDefined();
    expect(sha(bytes as Uint8Array)).toBe(entry.sha256);
  }
}

beforeAll(async () => {
  const counter = await counterWithRecords(4);
  out = tempDir('kaunter-usb-');
  result = await exportBundle(counter.ledger, {
    folder: out,
    vault: counter.vault,
    by: { id: counter.supervisor.id, name: counter.supervisor.name },
    passphrase: PASSPHRASE,
  });
  passphraseFile = join(tempDir(), 'frasa.txt');
  writeFileSync(passphraseFile, PASSPHRASE);
});

describe('a bundle opened with GnuPG', () => {
  it('decrypts with the ICT secret key and reports a good signature by the device key', () => {
    const home = keyring(testKeyFile('ict-test.sec'), join(out, result.files.deviceKey));
    const run = gpg(home, ['--decrypt', join(out, result.files.pgp)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] GOODSIG'))).toBe(true);
    const validsig = run.statusLines.find((l) => l.startsWith('[GNUPG:] VALIDSIG'));
    expect(validsig?.split(' ')[2]).toBe(result.deviceKeyFingerprint.toUpperCase());
    expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] DECRYPTION_OKAY'))).toBe(true);
    expectZipMatchesManifest(run.stdout);
    // Info-ZIP, what ICT's own scripts would use, reads the archive too.
    const zipFile = join(tempDir(), 'bundle.zip');
    writeFileSync(zipFile, run.stdout);
    const unzip = spawnSync('unzip', ['-t', zipFile]);
    expect(unzip.status, unzip.stdout.toString()).toBe(0);
    expect(unzip.stdout.toString()).toContain('No errors detected');
  });

  it('was encrypted without AEAD to a v4 key, as GnuPG 2.2 expects', () => {
    const home = keyring(testKeyFile('ict-test.sec'), join(out, result.files.deviceKey));
    const run = gpg(home, ['--list-packets', join(out, result.files.pgp)]);
    expect(run.status, run.stderr).toBe(0);
    const listing = run.stdout.toString('utf8');
    expect(listing).toContain(':encrypted data packet:');
    expect(listing).toContain('mdc_method: 2');
    expect(listing).toMatch(/symkey enc packet: version 4, cipher 9, aead 0/);
    expect(listing).not.toMatch(/aead [1-9]|:aead encrypted packet:/);
    expect(listing).toMatch(/:signature packet: algo 22[^]*version 4/);
  });

  it('decrypts with the passphrase alone in an empty keyring (and cannot check the signer there)', () => {
    const home = keyring();
    const run = gpg(home, ['--passphrase-file', passphraseFile, '--decrypt', join(out, result.files.pgp)]);
    expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] DECRYPTION_OKAY'))).toBe(true);
    // Without the device's public key the signature cannot be checked: gpg says so with a non-zero exit.
    expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] NO_PUBKEY'))).toBe(true);
    expect(run.status).not.toBe(0);
    expectZipMatchesManifest(run.stdout);
  });

  it('with the passphrase and the device key alone: good signature, exit 0', () => {
    const home = keyring(join(out, result.files.deviceKey));
    const run = gpg(home, ['--passphrase-file', passphraseFile, '--decrypt', join(out, result.files.pgp)]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] GOODSIG'))).toBe(true);
    expectZipMatchesManifest(run.stdout);
  });

  it('fails on a bundle changed by one byte', () => {
    const home = keyring(testKeyFile('ict-test.sec'), join(out, result.files.deviceKey));
    const bytes = readFileSync(join(out, result.files.pgp));
    for (const at of [Math.floor(bytes.length / 2), bytes.length - 3]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const file = join(tempDir(), 'diubah.zip.pgp');
      writeFileSync(file, changed);
      const run = gpg(home, ['--decrypt', file]);
      expect(run.status, `byte ${at}`).not.toBe(0);
      // gpg may stream a GOODSIG before it finds the broken MDC; the verdict is the exit code and this.
      expect(run.statusLines.some((l) => l.startsWith('[GNUPG:] DECRYPTION_OKAY'))).toBe(false);
    }
  });

  it('matches the SHA-256 printed in the manifest.txt', () => {
    const text = readFileSync(join(out, result.files.manifestText), 'utf8');
    expect(text).toContain(sha(readFileSync(join(out, result.files.pgp))));
  });
});
