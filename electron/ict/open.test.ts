import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { beforeAll, describe, expect, it } from 'vitest';
import { rechain, readTestPublicKey, TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, threeCounters, type Counters, type Device } from '../../tests/support/ictCounters';
import { tempDir } from '../../tests/support/ledger';
import { ledgerContent } from '../../tests/support/ledgerBundle';
import { trustOf } from '../../tests/support/ictTrust';
import type { Unlock } from './decrypt';
import { KeyProblem, loadSecretKey } from './keys';
import { openBundle, type BundleOutcome } from './openBundle';
import { signersForRun, type TrustedSigners } from './trust';
import { writePlainFiles } from './writePlain';

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let ict: Unlock;
let enrolled: TrustedSigners;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  enrolled = trustOf(device.k1, device.k2, device.k3);
  ict = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
});

function opened(outcome: BundleOutcome) {
  if (!outcome.ok) throw new Error(`expected the bundle to open: ${outcome.failure.en}`);
  return outcome.bundle;
}

function failure(outcome: BundleOutcome) {
  if (outcome.ok) throw new Error('expected the bundle to fail to open');
  return outcome.failure;
}

const codes = (outcome: BundleOutcome) => opened(outcome).findings.map((f) => f.code);

describe('ict open: a good bundle', () => {
  it('verifies the signature, passes every check and writes the plain files', async () => {
    const sealed = await sealLedger(counters.k1, device.k1);
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(bundle.findings).toEqual([]);
    expect(bundle.signerFingerprint).toBe(device.k1.privateKey.getFingerprint());
    expect(bundle.manifest.counter).toBe('K1');
    expect(bundle.tables.cases.map((c) => c.case_number)).toEqual(['05005-024-0770-2026', '05005-017-0042-2026']);
    expect(bundle.totals).toMatchObject({ issuedSen: 2900, cancelledSen: 400, issuedCount: 1, cancelledCount: 1 });
    const out = tempDir('kaunter-ict-out-');
    const { folder } = writePlainFiles(bundle, out);
    expect(readdirSync(folder).sort()).toEqual([
      'appointments.csv',
      'audit.jsonl',
      'cases.csv',
      'documents.csv',
      'filings.csv',
      'hearings.csv',
      'manifest.json',
      'overrides.csv',
      'parties.csv',
      'receipt_items.csv',
      'receipts.csv',
    ]);
    expect(readFileSync(join(folder, 'cases.csv'), 'utf8')).toContain('05005-024-0770-2026,MANUAL,024');
    expect(readdirSync(out)).toEqual([sealed.base]);
  });

  it('verifies a bundle signed by a counter whose clock ran days ahead, at its own time, and says so', async () => {
    const ahead = new Date(Date.now() + 3 * 86_400_000);
    const sealed = await sealLedger(counters.k1, device.k1, { signedAt: ahead });
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(bundle.findings.map((f) => [f.severity, f.code])).toEqual([['warning', 'CLOCK_AHEAD']]);
    expect(bundle.findings[0]?.en).toMatch(/clock was 7\d\.\d hours ahead/);
    // Ahead by a few seconds, as two PCs' clocks always are: nothing to say.
    const near = await sealLedger(counters.k1, device.k1, { signedAt: new Date(Date.now() + 30_000) });
    expect(opened(await openBundle(near.file, { unlock: ict, signers: enrolled })).findings).toEqual([]);
  });

  it('opens with the export passphrase alone, and with a passphrase-protected ICT key', async () => {
    const sealed = await sealLedger(counters.k2, device.k2, { passwords: ['kata laluan eksport 2026'] });
    opened(
      await openBundle(sealed.file, {
        unlock: { secretKeys: [], passphrase: 'kata laluan eksport 2026' },
        signers: enrolled,
      }),
    );
    const locked = await openpgp.encryptKey({
      privateKey: ict.secretKeys[0] as openpgp.PrivateKey,
      passphrase: 'rahsia ICT',
    });
    const file = join(tempDir(), 'locked.sec.asc');
    writeFileSync(file, locked.armor());
    await expect(loadSecretKey(file, null)).rejects.toThrow(KeyProblem);
    await expect(loadSecretKey(file, 'salah')).rejects.toThrow(/passphrase of the secret key .* is wrong/);
    const key = await loadSecretKey(file, 'rahsia ICT');
    opened(await openBundle(sealed.file, { unlock: { secretKeys: [key], passphrase: null }, signers: enrolled }));
  });

  it('opens a bundle encrypted to both ICT keys with the escrow key alone', async () => {
    const recipients = [await readTestPublicKey(TEST_KEYS.ictPublic), await readTestPublicKey(TEST_KEYS.escrowPublic)];
    const sealed = await sealLedger(counters.k3, device.k3, { recipients });
    const escrow = { secretKeys: [await loadSecretKey(TEST_KEYS.escrowSecret, null)], passphrase: null };
    expect(opened(await openBundle(sealed.file, { unlock: escrow, signers: enrolled })).findings).toEqual([]);
  });
});

describe('ict open: a bundle that cannot be trusted is refused with its reason', () => {
  it('a changed byte', async () => {
    const sealed = await sealLedger(counters.k1, device.k1);
    const bytes = readFileSync(sealed.file);
    bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0x01;
    writeFileSync(sealed.file, bytes);
    const why = failure(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(why.kind).toBe('DAMAGED');
    expect(why.ms).toMatch(/rosak atau telah diubah/);
    expect(why.en).toMatch(/damaged or was changed/);
  });

  it('the wrong ICT key', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, {
      recipients: [await readTestPublicKey(TEST_KEYS.escrowPublic)],
    });
    const why = failure(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(why.kind).toBe('WRONG_KEY');
    expect(why.en).toMatch(/not encrypted to the key given/);
  });

  it('a wrong passphrase', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, { passwords: ['betul'] });
    const why = failure(
      await openBundle(sealed.file, { unlock: { secretKeys: [], passphrase: 'salah' }, signers: enrolled }),
    );
    expect(why.kind).toBe('WRONG_PASSPHRASE');
    expect(why.ms).toBe('Frasa laluan berkas salah (atau fail rosak): berkas tidak dapat dinyahsulit.');
  });

  it('no signature', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, { signWith: null });
    const why = failure(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(why.kind).toBe('UNSIGNED');
    expect(why.en).toMatch(/not signed/);
  });

  it('a signature by a key that is not enrolled, whatever key lies beside it', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, { signWith: device.k2.privateKey });
    const why = failure(await openBundle(sealed.file, { unlock: ict, signers: trustOf(device.k1) }));
    expect(why.kind).toBe('UNVERIFIED');
    expect(why.signer).toBe(device.k2.privateKey.getFingerprint());
    expect(why.en).toMatch(
      /^The bundle is signed by a key not enrolled.*the KS-.*\.device-key\.asc beside it is another key/,
    );
    const good = await sealLedger(counters.k1, device.k1);
    const k3File = join(tempDir(), 'k3.asc');
    writeFileSync(k3File, device.k3.armoredPublic);
    const explicit = await signersForRun({ file: '', devices: [], keys: [] }, [k3File], (f) => f);
    expect(failure(await openBundle(good.file, { unlock: ict, signers: explicit })).kind).toBe('UNVERIFIED');
  });

  it('no valid device key beside the bundle: the enrolled key is all it needs', async () => {
    const sealed = await sealLedger(counters.k1, device.k1);
    const beside = sealed.file.replace(/\.zip\.pgp$/, '.device-key.asc');
    writeFileSync(beside, 'not a key');
    opened(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    const why = failure(await openBundle(sealed.file, { unlock: ict, signers: trustOf() }));
    expect(why.kind).toBe('UNVERIFIED');
    expect(why.en).toContain('there is no valid KS-');
  });

  it('a file that is not an OpenPGP message', async () => {
    const file = join(tempDir(), 'KS-05005-K1-0001-20261128T0930.zip.pgp');
    writeFileSync(file, 'PK\u0003\u0004 not encrypted at all');
    writeFileSync(file.replace(/\.zip\.pgp$/, '.device-key.asc'), device.k1.armoredPublic);
    expect(failure(await openBundle(file, { unlock: ict, signers: enrolled })).kind).toBe('DAMAGED');
    expect(existsSync(file)).toBe(true);
  });
});

describe('ict open: a signed bundle whose contents disagree with themselves', () => {
  it('a file whose SHA-256 is not the manifest’s', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, {
      tamper: ({ files }) => {
        files['parties.csv'] = (files['parties.csv'] ?? '').replace('Aminah', 'Aminah ');
      },
    });
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(bundle.findings.map((f) => f.code)).toEqual(['FILE_HASH', 'FILE_BYTES']);
    expect(bundle.findings[0]?.en).toMatch(/^parties\.csv: SHA-256 does not match the manifest/);
  });

  it('a row count, an item sum, a total and a case number that do not add up', async () => {
    const content = ledgerContent(counters.k3);
    const cases = content.tables['cases.csv'] ?? [];
    const items = content.tables['receipt_items.csv'] ?? [];
    const sealed = await sealLedger(counters.k3, device.k3, {
      content: {
        ...content,
        tables: {
          ...content.tables,
          'cases.csv': [...cases, { ...(cases[1] as Record<string, string>), running_number: '', source: 'ESV2' }],
          'receipt_items.csv': items.map((i, n) => (n === 0 ? { ...i, amount_rm: '19.00' } : i)),
        },
      },
      tamper: ({ manifest }) => {
        manifest.totals.byMethodSen.CASH = 1;
        manifest.counts.receiptsIssued = 7;
        const audit = manifest.files.find((f) => f.name === 'audit.jsonl');
        if (audit) audit.rows += 1;
      },
    });
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: enrolled }));
    expect(bundle.findings.map((f) => f.code)).toEqual([
      'FILE_ROWS',
      'COUNTS',
      'CASE_DOUBLE',
      'RECEIPT_ITEMS',
      'TOTALS',
    ]);
    expect(bundle.findings[1]?.en).toBe('Count receiptsIssued: the files hold 3, the manifest says 7.');
    expect(bundle.findings[3]?.en).toBe(
      'Receipt 05100-K3-2026-000001: items add up to RM 19.00, not the receipt amount RM 3.00.',
    );
  });

  it('an audit event changed after it was hashed, and one deleted', async () => {
    const content = ledgerContent(counters.k1);
    const edited = content.audit.map((e, i) => (i === 3 ? { ...e, actor: 'user:9' } : e));
    const one = opened(
      await openBundle((await sealLedger(counters.k1, device.k1, { content: { ...content, audit: edited } })).file, {
        unlock: ict,
        signers: enrolled,
      }),
    );
    expect(one.findings.map((f) => [f.code, f.en])).toEqual([
      ['AUDIT_CHAIN', 'Audit chain broken at event 4: its contents were changed (the hash does not match).'],
    ]);
    const dropped = content.audit.filter((_, i) => i !== 2);
    const two = opened(
      await openBundle((await sealLedger(counters.k1, device.k1, { content: { ...content, audit: dropped } })).file, {
        unlock: ict,
        signers: enrolled,
      }),
    );
    expect(two.findings.map((f) => f.en)).toEqual(['Audit chain broken at event 3: event 3 is missing (found 4).']);
    const relinked = rechain(dropped);
    const three = opened(
      await openBundle((await sealLedger(counters.k1, device.k1, { content: { ...content, audit: relinked } })).file, {
        unlock: ict,
        signers: enrolled,
      }),
    );
    expect(three.findings).toEqual([]);
  });

  it('a receipt left out of the files while the audit chain still records it', async () => {
    const content = ledgerContent(counters.k3);
    const drop = (rows: Record<string, string>[] = []) =>
      rows.filter((r) => r.receipt_number !== '05100-K3-2026-000003');
    const tables = {
      ...content.tables,
      'receipts.csv': drop(content.tables['receipts.csv']),
      'receipt_items.csv': drop(content.tables['receipt_items.csv']),
    };
    const bundle = opened(
      await openBundle((await sealLedger(counters.k3, device.k3, { content: { ...content, tables } })).file, {
        unlock: ict,
        signers: enrolled,
      }),
    );
    expect(bundle.findings.map((f) => f.code)).toEqual(['AUDIT_RECORDS']);
    expect(bundle.findings[0]?.en).toMatch(
      /^Audit event \d+ records receipt 05100-K3-2026-000003, but it is not in receipts\.csv\.$/,
    );
  });

  it('a signature by a trusted key that is not the device the manifest names', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, { signWith: device.k2.privateKey });
    writeFileSync(sealed.file.replace(/\.zip\.pgp$/, '.device-key.asc'), device.k2.armoredPublic);
    expect(codes(await openBundle(sealed.file, { unlock: ict, signers: enrolled }))).toEqual(['SIGNER_MISMATCH']);
  });
});
