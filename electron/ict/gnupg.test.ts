import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, threeCounters, type Counters, type Device } from '../../tests/support/ictCounters';
import { tempDir } from '../../tests/support/ledger';
import { trustOf } from '../../tests/support/ictTrust';
import { loadPublicKeys, loadSecretKey } from './keys';
import { openBundle } from './openBundle';
import { readZip } from './zip';

/*
 * ICT may open a bundle with GnuPG instead of this tool. Both must agree: what gpg decrypts with a good
 * signature, ict open accepts, and a one-byte change makes both refuse. Also a bundle GnuPG itself
 * signed and encrypted opens here, so the reader is not tied to openpgp.js's output. Needs `gpg` (GnuPG
 * 2.2+), as the issue requires on our machines.
 */

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let home: string;

function gpg(args: string[], input?: Buffer) {
  return spawnSync('gpg', ['--homedir', home, '--batch', '--yes', '--pinentry-mode', 'loopback', ...args], { input });
}

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  home = tempDir('kaunter-gnupg-');
  expect(gpg(['--import', TEST_KEYS.ictSecret]).status).toBe(0);
});

describe('ict open and GnuPG agree', () => {
  it('gpg decrypts a bundle with a good signature; a one-byte change makes gpg and ict open fail', async () => {
    const dir = tempDir('kaunter-gnupg-in-');
    const sealed = await sealLedger(counters.k1, device.k1, { dir });
    expect(gpg(['--import', sealed.file.replace(/\.zip\.pgp$/, '.device-key.asc')]).status).toBe(0);
    const good = gpg(['--status-fd', '2', '--decrypt', sealed.file]);
    expect(good.status).toBe(0);
    expect(good.stderr.toString()).toContain('[GNUPG:] GOODSIG');
    expect([...readZip(new Uint8Array(good.stdout)).keys()]).toContain('manifest.json');
    const bytes = readFileSync(sealed.file);
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] ?? 0) ^ 0x01;
    writeFileSync(sealed.file, bytes);
    expect(gpg(['--decrypt', sealed.file]).status).not.toBe(0);
    const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
    expect((await openBundle(sealed.file, { unlock, signers: trustOf(device.k1) })).ok).toBe(false);
  });

  it('opens a bundle that GnuPG signed and encrypted', async () => {
    const dir = tempDir('kaunter-gnupg-in-');
    const sealed = await sealLedger(counters.k2, device.k2, { dir });
    const unlock = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
    const zip = gpg(['--decrypt', sealed.file]).stdout;
    expect(
      gpg(['--passphrase', '', '--quick-gen-key', 'Kaunter K2 GnuPG (TEST)', 'ed25519', 'sign', 'never']).status,
    ).toBe(0);
    const resealed = join(dir, 'KS-05005-K2-0001-GNUPG.zip.pgp');
    const made = gpg(
      [
        '--trust-model',
        'always',
        '-u',
        'Kaunter K2 GnuPG',
        '--recipient',
        'ict-test@example.invalid',
        '--sign',
        '--encrypt',
        '--output',
        resealed,
      ],
      zip,
    );
    expect(made.status).toBe(0);
    const besideFile = resealed.replace(/\.zip\.pgp$/, '.device-key.asc');
    writeFileSync(besideFile, execFileSync('gpg', ['--homedir', home, '--armor', '--export', 'Kaunter K2 GnuPG']));
    expect(existsSync(resealed)).toBe(true);
    // Trusted by its fingerprint, as typed from a slip with --signer: the key beside it is used for it.
    const [gnupgKey] = await loadPublicKeys(besideFile);
    const signers = { keys: [], fingerprints: [gnupgKey?.getFingerprint() ?? ''] };
    const outcome = await openBundle(resealed, { unlock, signers });
    if (!outcome.ok) throw new Error(outcome.failure.en);
    // Signed by a key other than the one the manifest names: opened, and that is the one error (the
    // renamed bundle has no .manifest.txt beside it: a warning).
    expect(outcome.bundle.findings.map((f) => [f.code, f.severity])).toEqual([
      ['SIGNER_MISMATCH', 'error'],
      ['MANIFEST_TEXT', 'warning'],
    ]);
  });
});
