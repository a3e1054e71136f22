import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle, sha256Hex } from '../../electron/services/bundle/exportBundle';
import { EXPORT_STEPS, type ExportStep } from '../../electron/services/bundle/exportFolder';
import { listExports } from '../../electron/services/bundle/exports';
import { openLedger } from '../../electron/services/ledger/ledgerFile';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { verifyLedger } from '../../electron/services/ledger/verify';
import { counterWithRecords, openBundle } from '../support/bundle';
import { tempDir } from '../support/ledger';

const ROOT = join(import.meta.dirname, '..', '..');
/** The test ledgers' frozen clock: every run here falls in the same minute, so a retry takes the same name. */
const AT = '2026-11-28T01:00:00.000Z';

function exportThenDie(dataDir: string, out: string, step: ExportStep): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'tests/durability/children/exportThenDie.ts', dataDir, out, AT, step],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(signal) : reject(new Error(err))));
  });
}

/** Every final-named bundle in the folder is one the ledger recorded, with the recorded hash. */
function everyBundleRecorded(ledger: Ledger, out: string): string[] {
  const recorded = new Map(listExports(ledger).map((e) => [`${e.baseName}.zip.pgp`, e.pgpSha256]));
  const bundles = readdirSync(out).filter((name) => name.endsWith('.zip.pgp'));
  for (const name of bundles) expect(recorded.get(name)).toBe(sha256Hex(readFileSync(join(out, name))));
  return bundles.sort();
}

async function preparedCounter() {
  const counter = await counterWithRecords(2);
  const deviceKey = readFileSync(join(counter.dataDir, 'kunci-peranti.sec.asc'), 'utf8');
  counter.ledger.db.close();
  return { ...counter, deviceKey };
}

/** What each crash leaves, and what the next run makes of it. */
const AFTER: Record<ExportStep, { recorded: number; completed: number; removed: number; retrySeq: number }> = {
  staged: { recorded: 0, completed: 0, removed: 3, retrySeq: 1 },
  companions: { recorded: 0, completed: 0, removed: 3, retrySeq: 1 },
  recorded: { recorded: 1, completed: 1, removed: 0, retrySeq: 2 },
  placed: { recorded: 1, completed: 0, removed: 0, retrySeq: 2 },
};

describe('an export killed between its files', () => {
  for (const step of EXPORT_STEPS) {
    it(`after "${step}": the ledger and the folder agree, the next run puts the folder right, and a retry in the same minute works`, async () => {
      const counter = await preparedCounter();
      const out = tempDir('kaunter-usb-');
      expect(await exportThenDie(counter.dataDir, out, step)).toBe('SIGKILL');

      const ledger = openLedger(counter.dataDir, { clock: () => new Date(AT), pinCost: 10 });
      try {
        expect(listExports(ledger)).toHaveLength(AFTER[step].recorded);
        // Whatever the crash left, no final-named bundle is one the ledger never recorded.
        everyBundleRecorded(ledger, out);
        expect(verifyLedger(ledger.db).ok).toBe(true);

        const retry = await exportBundle(ledger, { folder: out, vault: counter.vault, by: null });
        expect(retry.seq).toBe(AFTER[step].retrySeq);
        expect(retry.folderFindings.completed).toHaveLength(AFTER[step].completed);
        expect(retry.folderFindings.removed).toHaveLength(AFTER[step].removed);
        expect(retry.folderFindings.unrecorded).toEqual([]);

        const bundles = everyBundleRecorded(ledger, out);
        expect(bundles).toHaveLength(retry.seq);
        // Nothing hidden is left behind, and each bundle has its two companions.
        const names = readdirSync(out);
        expect(names.filter((name) => name.startsWith('.'))).toEqual([]);
        expect(names).toHaveLength(3 * retry.seq);
        // Each bundle opens and is signed; the retry chains to the one before it.
        for (const name of bundles) {
          const opened = await openBundle(readFileSync(join(out, name)), counter.deviceKey);
          expect(opened.manifest).toMatchObject({ counter: 'K1' });
        }
        const [first] = bundles;
        if (retry.seq === 2 && first) expect(retry.previousSha256).toBe(sha256Hex(readFileSync(join(out, first))));
        expect(verifyLedger(ledger.db).ok).toBe(true);
      } finally {
        ledger.db.close();
      }
    }, 60_000);
  }

  it('reports a final-named bundle the ledger never recorded, never takes it as an export, and does not overwrite it', async () => {
    const counter = await counterWithRecords(1);
    const out = tempDir('kaunter-usb-');
    const first = await exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null });
    // What an older app left when killed after its renames: the next seq's name, never recorded.
    const stray = first.files.pgp.replace('-0001-', '-0002-');
    copyFileSync(join(out, first.files.pgp), join(out, stray));
    await expect(exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining(
        `Fail "${stray}" sudah ada dalam folder tujuan tetapi tidak pernah direkodkan`,
      ) as string,
    });
    expect(listExports(counter.ledger)).toHaveLength(1);
    // A minute later the export takes the next name, and says what it found beside it.
    counter.ledger.clock = () => new Date('2026-11-28T01:01:00.000Z');
    const next = await exportBundle(counter.ledger, { folder: out, vault: counter.vault, by: null });
    expect(next.seq).toBe(2);
    expect(next.folderFindings.unrecorded).toEqual([stray]);
    expect(readFileSync(join(out, stray))).toEqual(readFileSync(join(out, first.files.pgp)));
    counter.ledger.db.close();
  });
});
