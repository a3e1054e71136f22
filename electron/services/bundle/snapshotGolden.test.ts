import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_CSV_COLUMNS, type BundleCsvName } from '@shared/bundle/format';
import { buildFixture } from '../../../bench/fixture';
import { tempDir } from '../../../tests/support/ledger';
import { takeSnapshot } from './snapshot';

/** Values a CSV writer gets wrong: quotes, commas, line breaks of each kind, Jawi, cells a spreadsheet runs. */
const AWKWARD = [
  'Ahmad "Pak Mat" bin Ali',
  'No. 5, Jalan Tun Razak,\nKuala Lumpur',
  'baris\r\nCRLF',
  'hanya\rCR',
  '=SUM(A1:A9)',
  '+60123456789',
  '-1',
  '@ref',
  'نور عائشة بنت عبدالله',
  'Nor\u2019ain, ‘ع’ "petik"',
  '""',
  ',',
  ' ruang ',
];

/** Written by the code before this commit's rewrite of csvField, overrides.csv and linesToBytes. */
const GOLDEN = join(__dirname, 'golden');

describe('the snapshot CSVs', () => {
  it('are byte for byte what the bundle wrote before its SQL was made faster', async () => {
    const ledger = await buildFixture(tempDir('kaunter-golden-'), { cases: 40, receipts: 120, auditEvents: 0 });
    const db = ledger.db;
    const at = (i: number) => AWKWARD[i % AWKWARD.length];
    db.function('awkward', (i: number | bigint) => at(Number(i)));
    db.exec(`UPDATE cases SET note = awkward(id), lawyer_firm = awkward(id + 3), lawyer_name = awkward(id + 5)
      WHERE id % 3 <> 0`);
    db.exec(`UPDATE parties SET name = awkward(id), address = awkward(id + 1), phone = awkward(id + 2),
      id_override_reason = CASE WHEN id % 4 = 0 THEN awkward(id + 7) END`);
    db.exec(`UPDATE receipts SET cheque_bank = awkward(id), igfmas_ref = awkward(id + 4) WHERE id % 2 = 0`);
    const snapshot = db.transaction(() => takeSnapshot(db))();
    for (const name of Object.keys(BUNDLE_CSV_COLUMNS) as BundleCsvName[]) {
      expect(snapshot.csv[name].bytes.equals(readFileSync(join(GOLDEN, name))), name).toBe(true);
    }
    expect(snapshot.csv['overrides.csv'].rows).toBeGreaterThan(0);
  });
});
