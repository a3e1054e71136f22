/**
 * Export speed against the floor the budget names (DESIGN.md): `zip` + `gpg --encrypt` of the same
 * files on the same machine. Run: npx tsx electron/services/bundle/bench.ts DATA_DIR ICT_KEY.asc
 * (the data folder gains export rows: use a seeded copy).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BUNDLE_CSV_NAMES } from '../../../shared/bundle/format';
import { openLedger } from '../app';
import { fileDeviceKeyVault } from './deviceKey';
import { exportBundle } from './exportBundle';
import { takeSnapshot } from './snapshot';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function main(): Promise<void> {
  const [dataArg, keyArg] = process.argv.slice(2);
  if (!dataArg || !keyArg) throw new Error('usage: bench.ts DATA_DIR ICT_KEY.asc');
  const dataDir = resolve(dataArg);
  const keyFile = resolve(keyArg);
  const ledger = openLedger(dataDir);
  const vault = fileDeviceKeyVault(dataDir);
  const recipients = [readFileSync(keyFile, 'utf8')];

  // Warm-up (makes the device key once, loads openpgp).
  const warm = mkdtempSync(join(tmpdir(), 'bench-export-'));
  await exportBundle(ledger, { folder: warm, vault, by: null, recipients });
  rmSync(warm, { recursive: true });

  // The same files as plain files, for zip + gpg --encrypt from the shell.
  const plain = mkdtempSync(join(tmpdir(), 'bench-plain-'));
  const snapshot = ledger.db.transaction(() => takeSnapshot(ledger.db))();
  const names: string[] = [];
  for (const name of BUNDLE_CSV_NAMES) {
    writeFileSync(join(plain, name), snapshot.csv[name].text);
    names.push(name);
  }
  writeFileSync(join(plain, 'audit.jsonl'), snapshot.audit.bytes);
  names.push('audit.jsonl');
  const home = mkdtempSync(join(tmpdir(), 'bench-gnupg-'));

  // Interleaved, so a busy machine slows both alike.
  const appTimes: number[] = [];
  const floorTimes: number[] = [];
  let pgpBytes = 0;
  let zipBytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'bench-export-'));
    let start = performance.now();
    const result = await exportBundle(ledger, { folder: out, vault, by: null, recipients });
    appTimes.push(performance.now() - start);
    pgpBytes = result.pgpBytes;
    rmSync(out, { recursive: true });

    rmSync(join(plain, 'b.zip'), { force: true });
    rmSync(join(plain, 'b.zip.gpg'), { force: true });
    start = performance.now();
    execFileSync('zip', ['-q', '-6', 'b.zip', ...names], { cwd: plain });
    execFileSync(
      'gpg',
      ['--homedir', home, '--batch', '--yes', '--trust-model', 'always', '--recipient-file', keyFile].concat([
        '--output',
        'b.zip.gpg',
        '--encrypt',
        'b.zip',
      ]),
      { cwd: plain, stdio: 'ignore' },
    );
    floorTimes.push(performance.now() - start);
    zipBytes = statSync(join(plain, 'b.zip.gpg')).size;
  }
  rmSync(plain, { recursive: true });
  rmSync(home, { recursive: true });
  const app = median(appTimes);
  const floor = median(floorTimes);
  console.log(
    JSON.stringify({
      cases: snapshot.counts.cases,
      receipts: snapshot.counts.receipts,
      auditEvents: snapshot.counts.auditEvents,
      exportMs: Math.round(app),
      zipGpgMs: Math.round(floor),
      ratio: Number((app / floor).toFixed(2)),
      pgpBytes,
      zipGpgBytes: zipBytes,
    }),
  );
  ledger.db.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
