import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_CSV_NAMES } from '@shared/bundle/format';
import { ensureDeviceKey, fileDeviceKeyVault } from '../../electron/services/bundle/deviceKey';
import { exportBundle } from '../../electron/services/bundle/exportBundle';
import { takeSnapshot } from '../../electron/services/bundle/snapshot';
import type { Ledger } from '../../electron/services/ledger/ledger';
import type { BenchRow } from '../row';
import { medianOfMedians, round, runsOfRow, timeMsAsync } from '../stats';

export const EXPORT_BUDGET = 1.5;

/** The ICT test public key, the one the interop tests use. */
const ICT_KEY = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'keys', 'ict-test.pub.asc');

/**
 * The whole export (snapshot, CSVs, ZIP, sign + encrypt, flush, read-back check) against `zip` +
 * `gpg --encrypt` of the same files, interleaved so a busy machine slows both alike.
 */
export async function exportRow(ledger: Ledger, dataDir: string, folder: string, runs: number): Promise<BenchRow> {
  const vault = fileDeviceKeyVault(dataDir);
  const recipients = [readFileSync(ICT_KEY, 'utf8')];
  const scratch = mkdtempSync(join(folder, 'export-'));
  const plain = mkdtempSync(join(folder, 'plain-'));
  const home = mkdtempSync(join(folder, 'gnupg-'));
  try {
    // The bench's ledger is built row by row, not through setup: its device key is made here, as the setup
    // slip makes one for a folder set up before keys were made at setup.
    await ensureDeviceKey(ledger, vault, 'system:bench');
    await exportBundle(ledger, { folder: scratch, vault, by: null, recipients });
    const snapshot = ledger.db.transaction(() => takeSnapshot(ledger.db))();
    const names: string[] = [];
    for (const name of BUNDLE_CSV_NAMES) {
      writeFileSync(join(plain, name), snapshot.csv[name].bytes);
      names.push(name);
    }
    writeFileSync(join(plain, 'audit.jsonl'), snapshot.audit.bytes);
    names.push('audit.jsonl');
    const appRuns: number[][] = [];
    const floorRuns: number[][] = [];
    for (let run = 0; run < runsOfRow(); run++) {
      const appMs: number[] = [];
      const floorMs: number[] = [];
      appRuns.push(appMs);
      floorRuns.push(floorMs);
      for (let i = 0; i < runs; i++) {
        const out = mkdtempSync(join(scratch, 'run-'));
        appMs.push(await timeMsAsync(() => exportBundle(ledger, { folder: out, vault, by: null, recipients })));
        rmSync(out, { recursive: true, force: true });
        rmSync(join(plain, 'b.zip'), { force: true });
        rmSync(join(plain, 'b.zip.gpg'), { force: true });
        floorMs.push(
          await timeMsAsync(async () => {
            execFileSync('zip', ['-q', '-6', 'b.zip', ...names], { cwd: plain });
            execFileSync(
              'gpg',
              [
                '--homedir',
                home,
                '--batch',
                '--yes',
                '--trust-model',
                'always',
                '--recipient-file',
                ICT_KEY,
                '--output',
                'b.zip.gpg',
                '--encrypt',
                'b.zip',
              ],
              { cwd: plain, stdio: 'ignore', input: '' },
            );
          }),
        );
      }
    }
    const cases = snapshot.counts.cases ?? 0;
    const receipts = snapshot.counts.receipts ?? 0;
    const app = medianOfMedians(appRuns);
    const floor = medianOfMedians(floorRuns);
    const ratio = app / floor;
    return {
      id: 'export',
      title: `Eksport (${cases.toLocaleString('en')} kes, ${receipts.toLocaleString('en')} resit)`,
      measured: `median ${round(app / 1000)} s`,
      floor: `zip + gpg --encrypt: median ${round(floor / 1000)} s`,
      value: round(ratio),
      budget: `≤ ${EXPORT_BUDGET}×`,
      meets: ratio <= EXPORT_BUDGET,
      data: {
        runs: runsOfRow(),
        samplesPerRun: runs,
        cases,
        receipts,
        exportMs: round(app, 0),
        zipGpgMs: round(floor, 0),
        ratio: round(ratio, 3),
      },
    };
  } finally {
    for (const dir of [scratch, plain, home]) rmSync(dir, { recursive: true, force: true });
  }
}
