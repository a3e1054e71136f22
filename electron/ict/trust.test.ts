import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeDeviceKey, TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, threeCounters, type Counters, type Device } from '../../tests/support/ictCounters';
import { trustFileOf } from '../../tests/support/ictTrust';
import { frozenClock, tempDir } from '../../tests/support/ledger';
import { ledgerContent } from '../../tests/support/ledgerBundle';
import { fingerprintGroups } from '../services/documents/handoverDoc';
import { runIct, type Io } from './cli';
import { EXIT } from './exitCodes';
import { readTrustList } from './trustFile';

/*
 * Issue 16, item 4: a bundle forged with its own key beside it (a changed party name, a manifest
 * re-hashed to match, signed by a new key, that key placed beside it as `.device-key.asc`) used to
 * give `ict open` exit 0 and "every check passed". Now only the keys ICT enrolled from the setup slips
 * verify anything.
 */

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let forger: Device;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  forger = await makeDeviceKey('K1');
});

function capture(answers: (string | null)[] = []) {
  const lines: string[] = [];
  const asked: string[] = [];
  const io: Io = {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
    ask: (q) => {
      asked.push(q);
      return Promise.resolve(answers.shift() ?? null);
    },
  };
  return { lines, asked, io, text: () => lines.join('\n') };
}

const ict = (...args: string[]) => ['--key', TEST_KEYS.ictSecret, ...args];

/** K1's genuine export and, in another folder, the forgery of it with the forger's key beside it. */
async function genuineAndForged() {
  const genuine = await sealLedger(counters.k1, device.k1, { dir: tempDir('kaunter-ict-usb-') });
  const content = ledgerContent(counters.k1);
  const parties = (content.tables['parties.csv'] ?? []).map((p) =>
    p.name === 'Aminah binti Yusof' ? { ...p, name: 'Orang Lain binti Palsu' } : p,
  );
  // bundleFiles works the manifest out from the contents: every hash, count and the signer match.
  const forged = await sealLedger(counters.k1, forger, {
    dir: tempDir('kaunter-ict-forged-'),
    content: { ...content, tables: { ...content.tables, 'parties.csv': parties } },
  });
  const keyFile = genuine.file.replace(/\.zip\.pgp$/, '.device-key.asc');
  return { genuine, forged, keyFile };
}

describe('a forged bundle with its own key beside it', () => {
  it('is UNVERIFIED (exit 4) from ict open and ict merge while no key is enrolled', async () => {
    const { forged } = await genuineAndForged();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const out = tempDir('kaunter-ict-out-');
    const open = capture();
    expect(await runIct(['open', forged.file, ...ict('--trust', trust, '--out', out)], open.io)).toBe(EXIT.UNVERIFIED);
    expect(open.text()).not.toMatch(/LULUS|PASSED/);
    expect(open.text()).toContain('EMPTY: no bundle can be verified');
    expect(open.text()).toContain(
      `  TIDAK DISAHKAN / UNVERIFIED: Berkas ditandatangani oleh kunci peranti yang tidak didaftarkan dalam senarai amanah ICT: ${fingerprintGroups(forger.privateKey.getFingerprint())}`,
    );
    expect(open.text()).toContain(
      `npm run kaunter -- ict trust add ${forged.file.replace(/\.zip\.pgp$/, '.device-key.asc')}`,
    );
    expect(open.lines.at(-1)).toBe(
      'TIDAK DISAHKAN / UNVERIFIED: 1 berkas ditandatangani oleh kunci yang tidak didaftarkan, tidak digunakan / bundle(s) signed by a key not enrolled, not used; 0 masalah / problems.',
    );
    expect(readdirSync(out)).toEqual([]);
    const merge = capture();
    expect(await runIct(['merge', forged.file, ...ict('--trust', trust, '--out', out)], merge.io, frozenClock())).toBe(
      EXIT.UNVERIFIED,
    );
    expect(parse(readFileSync(join(out, 'worklist.csv'), 'utf8').slice(1), { columns: true })).toEqual([]);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('TIDAK BERSIH');
    expect(html).toContain(forged.base);
    expect(html).not.toContain('Orang Lain');
  });

  it('stays UNVERIFIED with the genuine key enrolled, which passes the genuine bundle; merge leaves the forgery out', async () => {
    const { genuine, forged, keyFile } = await genuineAndForged();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const slip = fingerprintGroups(device.k1.privateKey.getFingerprint());
    const add = capture();
    expect(await runIct(['trust', 'add', keyFile, '--fingerprint', slip, '--trust', trust], add.io)).toBe(EXIT.CLEAN);
    expect(add.asked).toEqual([]);
    const out = tempDir('kaunter-ict-out-');
    const good = capture();
    expect(await runIct(['open', genuine.file, ...ict('--trust', trust, '--out', out)], good.io)).toBe(EXIT.CLEAN);
    expect(good.text()).toContain(`good signature, enrolled key: ${slip}`);
    expect(good.lines.at(-1)).toBe('LULUS / PASSED: semua semakan lulus / every check passed.');
    const bad = capture();
    expect(await runIct(['open', forged.file, ...ict('--trust', trust, '--out', out)], bad.io)).toBe(EXIT.UNVERIFIED);
    expect(readdirSync(out)).toEqual([genuine.base]);
    const merged = tempDir('kaunter-ict-merged-');
    const merge = capture();
    const code = await runIct(
      ['merge', genuine.file, forged.file, ...ict('--trust', trust, '--out', merged)],
      merge.io,
      frozenClock(),
    );
    expect(code).toBe(EXIT.UNVERIFIED);
    expect(merge.text()).toContain(`== ${forged.base}\n  TIDAK DISAHKAN / UNVERIFIED:`);
    const worklist = readFileSync(join(merged, 'worklist.csv'), 'utf8');
    expect(worklist).toContain('Aminah binti Yusof');
    expect(worklist).not.toContain('Orang Lain');
  });
});

describe('a merge with a bundle that cannot be opened and one unverified', () => {
  it('exits 3 and counts both', async () => {
    const { genuine, forged } = await genuineAndForged();
    const damaged = await sealLedger(counters.k2, device.k2, { dir: tempDir() });
    const bytes = readFileSync(damaged.file);
    bytes[bytes.length - 30] = (bytes[bytes.length - 30] ?? 0) ^ 0xff;
    writeFileSync(damaged.file, bytes);
    const run = capture();
    const trust = trustFileOf(device.k1, device.k2);
    const out = tempDir('kaunter-ict-merged-');
    const files = [genuine.file, forged.file, damaged.file];
    expect(await runIct(['merge', ...files, ...ict('--trust', trust, '--out', out)], run.io, frozenClock())).toBe(
      EXIT.CANNOT_OPEN,
    );
    expect(run.lines.at(-1)).toBe(
      'GAGAL / FAILED: 1 berkas tidak dapat dibuka / bundle(s) could not be opened, 1 tidak disahkan / unverified; 0 masalah / problems.',
    );
  });
});

describe('--signer for one run', () => {
  it('a fingerprint typed from the slip vouches for the key beside the bundle, and for no other', async () => {
    const { genuine, forged } = await genuineAndForged();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const slip = fingerprintGroups(device.k1.privateKey.getFingerprint());
    const out = tempDir('kaunter-ict-out-');
    const good = capture();
    expect(
      await runIct(['open', genuine.file, ...ict('--trust', trust, '--signer', slip, '--out', out)], good.io),
    ).toBe(EXIT.CLEAN);
    expect(good.text()).toContain(`--signer ${slip}`);
    const bad = capture();
    expect(await runIct(['open', forged.file, ...ict('--trust', trust, '--signer', slip, '--out', out)], bad.io)).toBe(
      EXIT.UNVERIFIED,
    );
    expect(existsSync(trust)).toBe(false);
  });

  it('a key file given with --signer is trusted for the run', async () => {
    const { genuine, keyFile } = await genuineAndForged();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const run = capture();
    const out = tempDir('kaunter-ict-out-');
    expect(
      await runIct(['open', genuine.file, ...ict('--trust', trust, '--signer', keyFile, '--out', out)], run.io),
    ).toBe(EXIT.CLEAN);
  });

  it('a --signer that is neither a fingerprint nor a file is refused before anything opens', async () => {
    const { genuine } = await genuineAndForged();
    const run = capture();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const code = await runIct(
      ['open', genuine.file, ...ict('--trust', trust, '--signer', '5A84 D531', '--out', tempDir())],
      run.io,
    );
    expect(code).toBe(EXIT.CANNOT_OPEN);
    expect(run.text()).toContain('neither a 40-hex-digit fingerprint nor a key file');
  });
});

describe('ict trust add, list, remove', () => {
  it('shows the fingerprint grouped as on the setup slip and enrols only on "ya"', async () => {
    const { keyFile } = await genuineAndForged();
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const slip = fingerprintGroups(device.k1.privateKey.getFingerprint());
    const no = capture(['tidak']);
    expect(await runIct(['trust', 'add', keyFile, '--trust', trust], no.io)).toBe(EXIT.PROBLEMS);
    expect(no.lines).toContain(`      ${slip}`);
    expect(no.asked).toHaveLength(1);
    expect(no.lines.at(-1)).toBe('Tidak didaftarkan / not enrolled.');
    expect(existsSync(trust)).toBe(false);
    const eof = capture([null]);
    expect(await runIct(['trust', 'add', keyFile, '--trust', trust], eof.io)).toBe(EXIT.PROBLEMS);
    expect(existsSync(trust)).toBe(false);
    const yes = capture(['YA ']);
    expect(await runIct(['trust', 'add', keyFile, '--trust', trust], yes.io, frozenClock())).toBe(EXIT.CLEAN);
    const list = await readTrustList(trust);
    expect(list.devices.map((d) => [d.fingerprint, d.label, d.from])).toEqual([
      [device.k1.privateKey.getFingerprint(), 'Kaunter Sandaran K1 (TEST) <k1@example.invalid>', basename(keyFile)],
    ]);
    const again = capture();
    expect(await runIct(['trust', 'add', keyFile, '--trust', trust, '--yes'], again.io)).toBe(EXIT.CLEAN);
    expect(again.text()).toContain('already enrolled');
    expect((await readTrustList(trust)).devices).toHaveLength(1);
  });

  it('refuses a key whose fingerprint is not the one given with --fingerprint, and writes nothing', async () => {
    const trust = join(tempDir('kaunter-ict-trust-'), 'trusted-devices.json');
    const file = join(tempDir(), 'forger.asc');
    writeFileSync(file, forger.armoredPublic);
    const run = capture(['ya']);
    const slip = fingerprintGroups(device.k1.privateKey.getFingerprint());
    expect(await runIct(['trust', 'add', file, '--fingerprint', slip, '--trust', trust], run.io)).toBe(EXIT.PROBLEMS);
    expect(run.text()).toContain('TIDAK SEPADAN / DOES NOT MATCH');
    expect(run.asked).toEqual([]);
    expect(existsSync(trust)).toBe(false);
    const typo = capture();
    expect(await runIct(['trust', 'add', file, '--fingerprint', '5A84', '--trust', trust], typo.io)).toBe(EXIT.USAGE);
  });

  it('warns when another key with the same name is already enrolled', async () => {
    const trust = trustFileOf(device.k1);
    const file = join(tempDir(), 'forger.asc');
    writeFileSync(file, forger.armoredPublic);
    const run = capture();
    expect(await runIct(['trust', 'add', file, '--yes', '--trust', trust], run.io)).toBe(EXIT.CLEAN);
    expect(run.text()).toContain(
      `another key for "Kaunter Sandaran K1 (TEST) <k1@example.invalid>" is enrolled: ${fingerprintGroups(device.k1.privateKey.getFingerprint())}`,
    );
  });

  it('lists and removes; a removed key verifies nothing', async () => {
    const { genuine } = await genuineAndForged();
    const trust = trustFileOf(device.k1, device.k2);
    const list = capture();
    expect(await runIct(['trust', 'list', '--trust', trust], list.io)).toBe(EXIT.CLEAN);
    expect(list.text()).toContain(fingerprintGroups(device.k1.privateKey.getFingerprint()));
    expect(list.text()).toContain(fingerprintGroups(device.k2.privateKey.getFingerprint()));
    const gone = capture();
    const fpr = fingerprintGroups(device.k1.privateKey.getFingerprint());
    expect(await runIct(['trust', 'remove', fpr, '--trust', trust], gone.io)).toBe(EXIT.CLEAN);
    expect((await readTrustList(trust)).devices.map((d) => d.fingerprint)).toEqual([
      device.k2.privateKey.getFingerprint(),
    ]);
    expect(await runIct(['trust', 'remove', fpr, '--trust', trust], capture().io)).toBe(EXIT.PROBLEMS);
    const open = capture();
    expect(await runIct(['open', genuine.file, ...ict('--trust', trust, '--out', tempDir())], open.io)).toBe(
      EXIT.UNVERIFIED,
    );
  });

  it('enrolments run at once all end up in the list; a lock left by a killed process is taken over', async () => {
    const keys = await Promise.all([1, 2, 3, 4, 5].map((n) => makeDeviceKey(`K${n}`)));
    // One key already in: reading the list then takes a few awaits, so unlocked changes would interleave.
    const trust = trustFileOf(device.k1);
    // A lock file whose process is gone (a pid far above any the kernel hands out here).
    writeFileSync(`${trust}.lock`, '2147483646');
    const files = keys.map((k, i) => {
      const file = join(tempDir(), `k${i + 1}.asc`);
      writeFileSync(file, k.armoredPublic);
      return file;
    });
    const codes = await Promise.all(
      files.map((f) => runIct(['trust', 'add', f, '--yes', '--trust', trust], capture().io)),
    );
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    expect((await readTrustList(trust)).devices.map((d) => d.fingerprint).sort()).toEqual(
      [device.k1, ...keys].map((k) => k.privateKey.getFingerprint()).sort(),
    );
    expect(existsSync(`${trust}.lock`)).toBe(false);
    expect(await runIct(['trust', 'remove', '0'.repeat(40), '--trust', trust], capture().io)).toBe(EXIT.PROBLEMS);
    expect((await readTrustList(trust)).devices).toHaveLength(6);
  });

  it('waits while another live process holds the lock, and writes only once it is released', async () => {
    const trust = trustFileOf(device.k1);
    writeFileSync(`${trust}.lock`, String(process.pid));
    const file = join(tempDir(), 'k2.asc');
    writeFileSync(file, device.k2.armoredPublic);
    let done = false;
    const adding = runIct(['trust', 'add', file, '--yes', '--trust', trust], capture().io).then((code) => {
      done = true;
      return code;
    });
    // Give it time to reach the lock; however long it takes, it must not write past a held lock.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(done).toBe(false);
    expect((await readTrustList(trust)).devices).toHaveLength(1);
    rmSync(`${trust}.lock`);
    expect(await adding).toBe(EXIT.CLEAN);
    expect((await readTrustList(trust)).devices).toHaveLength(2);
  });

  it('refuses a trust list edited by hand, as a whole', async () => {
    const { genuine } = await genuineAndForged();
    const trust = trustFileOf(device.k1, forger);
    const json = JSON.parse(readFileSync(trust, 'utf8')) as { devices: { fingerprint: string }[] };
    // The forger's entry made to carry the genuine key's fingerprint, to pass a look at the list.
    const [first, second] = json.devices;
    if (!first || !second) throw new Error('two entries expected');
    second.fingerprint = first.fingerprint;
    writeFileSync(trust, JSON.stringify(json));
    const run = capture();
    expect(await runIct(['open', genuine.file, ...ict('--trust', trust, '--out', tempDir())], run.io)).toBe(
      EXIT.CANNOT_OPEN,
    );
    expect(run.text()).toContain('is not its key');
    expect(run.text()).toContain('the file was edited');
    writeFileSync(trust, '{"format":"kaunter-ict-trusted-devices"');
    const broken = capture();
    expect(await runIct(['trust', 'list', '--trust', trust], broken.io)).toBe(EXIT.CANNOT_OPEN);
    expect(broken.text()).toContain('not valid JSON');
  });
});
