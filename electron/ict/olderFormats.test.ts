import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_VERSION, csvColumnsOf } from '@shared/bundle/format';
import { TEST_KEYS } from '../../tests/support/bundleBuilder';
import { devices, sealLedger, threeCounters, type Counters, type Device } from '../../tests/support/ictCounters';
import { trustFileOf, trustOf } from '../../tests/support/ictTrust';
import { tempDir } from '../../tests/support/ledger';
import { ledgerContent } from '../../tests/support/ledgerBundle';
import { runIct } from './cli';
import type { Unlock } from './decrypt';
import { EXIT } from './exitCodes';
import { loadSecretKey } from './keys';
import { openBundle, type BundleOutcome } from './openBundle';
import { WORKLIST_COLUMNS } from './worklist';

/*
 * Format v3 added files (hearings.csv, overrides.csv) and columns at the end of others. A counter still
 * running the version before writes v2 (or v1): `ict open` and `ict merge` read those as they are, with
 * the v3 worklist columns left empty, and a v3 bundle without one of its files is refused.
 */

let counters: Counters;
let device: Record<'k1' | 'k2' | 'k3', Device>;
let ict: Unlock;

beforeAll(async () => {
  counters = await threeCounters();
  device = await devices();
  ict = { secretKeys: [await loadSecretKey(TEST_KEYS.ictSecret, null)], passphrase: null };
});

function opened(outcome: BundleOutcome) {
  if (!outcome.ok) throw new Error(`expected the bundle to open: ${outcome.failure.en}`);
  return outcome.bundle;
}

const V3_ONLY = ['hearings.csv', 'overrides.csv'];

describe('bundles of an older format', () => {
  it.each([1, 2] as const)('a v%i bundle opens clean, without the v3 files and columns', async (version) => {
    const sealed = await sealLedger(counters.k1, device.k1, { content: { ...ledgerContent(counters.k1), version } });
    expect(sealed.manifest.version).toBe(version);
    expect(sealed.manifest.files.map((f) => f.name)).not.toContain('hearings.csv');
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: trustOf(device.k1) }));
    expect(bundle.findings).toEqual([]);
    expect(bundle.tables.hearings).toEqual([]);
    expect(bundle.tables.overrides).toEqual([]);
    expect(bundle.tables.cases.length).toBeGreaterThan(0);
    expect(Object.keys(bundle.tables.cases[0] ?? {})).toEqual(csvColumnsOf('cases.csv', version));
    expect(Object.keys(bundle.tables.cases[0] ?? {})).not.toContain('esv2_receipt_number');
  });

  it('ict merge of a v2 bundle exits clean; the v3 worklist columns are there and empty', async () => {
    const sealed = await sealLedger(counters.k1, device.k1, {
      content: { ...ledgerContent(counters.k1), version: 2 },
    });
    const out = tempDir('kaunter-ict-v2-');
    const io = { out: () => undefined, err: (l: string) => console.error(l) };
    const key = ['--key', TEST_KEYS.ictSecret, '--trust', trustFileOf(device.k1)];
    expect(await runIct(['merge', sealed.file, ...key, '--out', out], io)).toBe(EXIT.CLEAN);
    const rows = parse(readFileSync(join(out, 'worklist.csv'), 'utf8').replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.length).toBe(counters.k1.db.prepare('SELECT COUNT(*) AS n FROM cases').pluck().get());
    expect(Object.keys(rows[0] ?? {})).toEqual([...WORKLIST_COLUMNS]);
    for (const row of rows) {
      expect(row.parties).not.toBe('');
      for (const column of ['esv2_receipt_number', 'hearings', 'overrides', 'notices', 'appointments'])
        expect(row[column], column).toBe('');
    }
  });

  it.each(V3_ONLY)('a v3 bundle without %s is refused as a file missing', async (name) => {
    expect(BUNDLE_VERSION).toBe(3);
    const sealed = await sealLedger(counters.k1, device.k1, {
      tamper: (zip) => {
        delete zip.files[name];
        zip.manifest.files = zip.manifest.files.filter((f) => f.name !== name);
      },
    });
    const bundle = opened(await openBundle(sealed.file, { unlock: ict, signers: trustOf(device.k1) }));
    expect(bundle.findings.map((f) => f.code)).toEqual(['FILE_MISSING']);
    expect(bundle.findings[0]?.en).toContain(`File ${name} is missing`);
  });
});
