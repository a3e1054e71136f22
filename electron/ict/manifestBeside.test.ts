import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { counterWithRecords } from '../../tests/support/bundle';
import { devices, sealLedger, threeCounters, type Counters, type Device } from '../../tests/support/ictCounters';
import { trustFileOf, trustOf } from '../../tests/support/ictTrust';
import { tempDir } from '../../tests/support/ledger';
import { exportBundle } from '../services/bundle/exportBundle';
import { runIct } from './cli';
import { EXIT } from './exitCodes';
import { loadSecretKey } from './keys';
import { openBundle } from './openBundle';
import type { Unlock } from './decrypt';

/*
 * Issue 16, item 4: the `.manifest.txt` beside a bundle is not signed. It is compared, field by field,
 * with what the signed manifest inside makes of it.
 */

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let ict: Unlock;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  ict = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
});

const textOf = (file: string) => file.replace(/\.zip\.pgp$/, '.manifest.txt');

async function findings(file: string) {
  const outcome = await openBundle(file, { unlock: ict, signers: trustOf(device.k1, device.k2, device.k3) });
  if (!outcome.ok) throw new Error(outcome.failure.en);
  return outcome.bundle.findings.filter((f) => f.code === 'MANIFEST_TEXT').map((f) => [f.severity, f.en]);
}

describe('the .manifest.txt beside a bundle', () => {
  it('an edited one is reported field by field, and ict open exits 1', async () => {
    const sealed = await sealLedger(counters.k1, device.k1);
    const text = readFileSync(textOf(sealed.file), 'utf8');
    expect(text).toContain('Jumlah (total)             RM 29.00');
    writeFileSync(
      textOf(sealed.file),
      text
        .replace('Mahkamah Rendah Syariah Seremban', 'Mahkamah Rendah Syariah Kuala Pilah')
        .replace('Jumlah (total)             RM 29.00', 'Jumlah (total)             RM 2900.00')
        .replace(/(SHA-256\s+: )[0-9a-f]{8}/, '$100000000'),
    );
    expect(await findings(sealed.file)).toEqual([
      [
        'error',
        `manifest.txt "SHA-256" reads "00000000${sealed.sha256.slice(8)}", the signed manifest says "${sealed.sha256}".`,
      ],
      [
        'error',
        'manifest.txt "Mahkamah (court)" reads "Mahkamah Rendah Syariah Kuala Pilah (05005)", the signed manifest says "Mahkamah Rendah Syariah Seremban (05005)".',
      ],
      [
        'error',
        'manifest.txt "Jumlah kutipan (totals, resit dikeluarkan / issued) › Jumlah (total)" reads "RM 2900.00", the signed manifest says "RM 29.00".',
      ],
    ]);
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const trust = trustFileOf(device.k1);
    const code = await runIct(
      ['open', sealed.file, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', tempDir()],
      io,
    );
    expect(code).toBe(EXIT.PROBLEMS);
    expect(lines.join('\n')).toContain(
      'RALAT / ERROR: manifest.txt «Mahkamah (court)» tertulis «Mahkamah Rendah Syariah Kuala Pilah (05005)», manifest bertandatangan «Mahkamah Rendah Syariah Seremban (05005)».',
    );
  });

  it('a line taken out and a line put in are reported', async () => {
    const sealed = await sealLedger(counters.k3, device.k3);
    const text = readFileSync(textOf(sealed.file), 'utf8');
    const edited = text
      .split('\r\n')
      .filter((l) => !l.startsWith('Eksport akhir (final)'))
      .map((l) => (l.startsWith('Kaunter (counter)') ? `${l}\r\nDisahkan oleh : Ketua Pendaftar` : l))
      .join('\r\n');
    writeFileSync(textOf(sealed.file), edited);
    expect(await findings(sealed.file)).toEqual([
      ['error', 'manifest.txt lacks "Eksport akhir (final)"; the signed manifest: "Tidak".'],
      ['error', 'manifest.txt has "Disahkan oleh: Ketua Pendaftar", which is not in the signed manifest.'],
    ]);
  });

  it('line endings changed by a copy are not a difference; a missing file or a renamed bundle is a warning', async () => {
    const sealed = await sealLedger(counters.k2, device.k2);
    writeFileSync(textOf(sealed.file), readFileSync(textOf(sealed.file), 'utf8').replace(/\r\n/g, '\n'));
    expect(await findings(sealed.file)).toEqual([]);
    const renamed = join(tempDir(), 'KS-05005-K2-0001-SALINAN.zip.pgp');
    renameSync(sealed.file, renamed);
    renameSync(textOf(sealed.file), textOf(renamed));
    expect(await findings(renamed)).toEqual([
      [
        'warning',
        `manifest.txt "Fail (file)" reads "${sealed.base}.zip.pgp", the signed manifest says "KS-05005-K2-0001-SALINAN.zip.pgp".`,
      ],
    ]);
    rmSync(textOf(renamed));
    expect(await findings(renamed)).toEqual([
      [
        'warning',
        'No KS-05005-K2-0001-SALINAN.manifest.txt beside the bundle: the handover figures cannot be compared with it.',
      ],
    ]);
  });

  it('the app’s own export passes: its manifest.txt is what the signed manifest makes of it', async () => {
    const counter = await counterWithRecords(3);
    const out = tempDir('kaunter-usb-');
    const result = await exportBundle(counter.ledger, {
      folder: out,
      vault: counter.vault,
      by: { id: counter.supervisor.id, name: counter.supervisor.name },
    });
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const key = join(out, result.files.deviceKey);
    expect(await runIct(['trust', 'add', key, '--yes', '--trust', trust], io)).toBe(EXIT.CLEAN);
    const pgp = join(out, result.files.pgp);
    const code = await runIct(['open', pgp, '--key', TEST_KEYS.ictSecret, '--trust', trust, '--out', tempDir()], io);
    expect(lines.at(-1)).toBe('LULUS / PASSED: semua semakan lulus / every check passed.');
    expect(code).toBe(EXIT.CLEAN);
  });
});
