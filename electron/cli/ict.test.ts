import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import {
  devices,
  sealLedger,
  threeCounters,
  withoutReceipt,
  type Counters,
  type Device,
} from '../../tests/support/ictCounters';
import { tempDir } from '../../tests/support/ledger';
import { trustFileOf } from '../../tests/support/ictTrust';
import { ledgerContent } from '../../tests/support/ledgerBundle';
import { fingerprintGroups } from '../services/documents/handoverDoc';

/* The ICT commands as ICT runs them: a child process through tsx, judged by exit code and output. */

const root = resolve(import.meta.dirname, '..', '..');

function kaunter(...args: string[]) {
  return kaunterWithInput(undefined, ...args);
}

function kaunterWithInput(input: string | undefined, ...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'electron/cli/kaunter.ts', ...args], { cwd: root, encoding: 'utf8', input });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** `npm run kaunter` typed in another folder: npm moves to the project and passes the folder on. */
function kaunterFrom(userDir: string, ...args: string[]) {
  const run = spawnSync('npm', ['run', '-s', '--prefix', root, 'kaunter', '--', ...args], {
    cwd: userDir,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let trust: string;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  trust = trustFileOf(device.k1, device.k2, device.k3);
});

// Each child process starts tsx afresh (a few seconds on a busy machine): a generous limit, not a timing check.
describe('kaunter ict (child process)', { timeout: 180_000 }, () => {
  it('open: exit 0 on a clean bundle, prints the signer and the counter, writes the plain files', async () => {
    const dir = tempDir('kaunter-ict-cli-');
    const sealed = await sealLedger(counters.k1, device.k1, { dir });
    const out = join(dir, 'keluar');
    const run = kaunter('ict', 'open', sealed.file, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      `Tandatangan sah, kunci berdaftar / good signature, enrolled key: ${fingerprintGroups(device.k1.privateKey.getFingerprint())}`,
    );
    expect(run.stdout).toContain('sepadan dengan manifest / matches the manifest');
    expect(run.stdout).toContain('Mahkamah / court: 05005 Mahkamah Rendah Syariah Seremban; kaunter / counter K1');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('LULUS / PASSED: semua semakan lulus / every check passed.');
    expect(readFileSync(join(out, sealed.base, 'receipts.csv'), 'utf8')).toContain('05005-K1-2026-000002');
    writeFileSync(join(dir, 'ict.sec.asc'), readFileSync(TEST_KEYS.ictSecret));
    const relative = kaunterFrom(
      dir,
      'ict',
      'open',
      basename(sealed.file),
      '--key',
      'ict.sec.asc',
      '--trust',
      trust,
      '--out',
      'relatif',
    );
    expect(relative.code).toBe(0);
    expect(existsSync(join(dir, 'relatif', sealed.base, 'cases.csv'))).toBe(true);
  });

  it('open: exit 1 when a check fails, 3 when a bundle cannot be decrypted, 2 on a usage error', async () => {
    const dir = tempDir('kaunter-ict-cli-');
    const gap = await sealLedger(counters.k3, device.k3, {
      dir,
      content: withoutReceipt(ledgerContent(counters.k3), '05100-K3-2026-000002'),
    });
    const out = join(dir, 'keluar');
    const problems = kaunter('ict', 'open', gap.file, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', out);
    expect(problems.code).toBe(1);
    expect(problems.stdout).toContain(
      'RALAT / ERROR: Siri resit 05100-K3-2026 tidak berturutan: tiada 05100-K3-2026-000002.',
    );
    const broken = await sealLedger(counters.k2, device.k2, { dir: tempDir() });
    const bytes = readFileSync(broken.file);
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0x10;
    writeFileSync(broken.file, bytes);
    const cannot = kaunter('ict', 'open', broken.file, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', out);
    expect(cannot.code).toBe(3);
    expect(cannot.stdout).toContain('GAGAL DIBUKA / CANNOT OPEN');
    expect(existsSync(join(out, broken.base))).toBe(false);
    const usage = kaunter('ict', 'open', gap.file, '--out', out);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Beri --key atau --passphrase-file / give --key or --passphrase-file.');
  });

  it('trust add asks on the terminal: a typed "ya" enrols, and the bundle then opens; exit 4 before', async () => {
    const dir = tempDir('kaunter-ict-cli-');
    const sealed = await sealLedger(counters.k2, device.k2, { dir });
    const list = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const out = join(dir, 'keluar');
    const before = kaunter('ict', 'open', sealed.file, '--key', TEST_KEYS.ictSecret, '--trust', list, '--out', out);
    expect(before.code).toBe(4);
    expect(before.stdout).toContain('TIDAK DISAHKAN / UNVERIFIED');
    const keyFile = sealed.file.replace(/\.zip\.pgp$/, '.device-key.asc');
    const declined = kaunterWithInput('', 'ict', 'trust', 'add', keyFile, '--trust', list);
    expect(declined.code).toBe(1);
    expect(existsSync(list)).toBe(false);
    const added = kaunterWithInput('ya\n', 'ict', 'trust', 'add', keyFile, '--trust', list);
    expect(added.stdout).toContain(`      ${fingerprintGroups(device.k2.privateKey.getFingerprint())}`);
    expect(added.code).toBe(0);
    const after = kaunter('ict', 'open', sealed.file, '--key', TEST_KEYS.ictSecret, '--trust', list, '--out', out);
    expect(after.code).toBe(0);
  });
});
