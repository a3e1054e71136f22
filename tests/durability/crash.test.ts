import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import { verifyFolder } from '../../electron/cli/verify';
import { seededRandom } from '../../electron/services/demo/random';
import { tempDir } from '../support/ledger';

/** 6 in `npm test`; more with `KAUNTER_KILLS=200 npx vitest run tests/durability/crash.test.ts`. */
const KILLS = Number(process.env.KAUNTER_KILLS ?? 6);

/** Runs `kaunter seed` and pulls the plug (SIGKILL) after `afterMs`, or once it has logged `minLines`. */
function seedThenKill(dataDir: string, log: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/kaunter.ts', 'seed', '--data', dataDir, '--cases', '100000', '--log', log],
      { stdio: 'ignore' },
    );
    const started = Date.now();
    // Kill only once the child is numbering cases, so every run is cut in the middle of real work.
    const timer = setInterval(() => {
      const logged = existsSync(log) ? readFileSync(log, 'utf8').length : 0;
      if (Date.now() - started > afterMs && logged > 0) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 20);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`seed ended by itself (code ${code})`));
    });
  });
}

describe('a counter switched off at the wall', () => {
  it(
    'keeps every action it reported, with no number missing or doubled, across repeated kills',
    async () => {
      const dataDir = tempDir();
      const log = join(dataDir, 'actions.log');
      expect(Number.isInteger(KILLS) && KILLS > 0).toBe(true);
      const random = seededRandom(20261128);
      for (let i = 0; i < KILLS; i++) {
        await seedThenKill(dataDir, log, 1500 + Math.floor(random() * 1500));
        const logged = readFileSync(log, 'utf8')
          .split('\n')
          .filter((line) => line.endsWith('}'))
          .map((line) => JSON.parse(line) as { caseNumber: string; receiptNumber: string });
        expect(logged.length).toBeGreaterThan(0);

        const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
        const cases = new Set(db.prepare('SELECT case_number AS n FROM cases').pluck().all() as string[]);
        const receipts = new Set(db.prepare('SELECT receipt_number AS n FROM receipts').pluck().all() as string[]);
        db.close();
        // Logged after commit: each one must be there. Only an action in flight at a kill (committed, not yet
        // logged) may be in the ledger unlogged: at most one per kill so far.
        for (const action of logged) {
          expect(cases.has(action.caseNumber), action.caseNumber).toBe(true);
          expect(receipts.has(action.receiptNumber), action.receiptNumber).toBe(true);
        }
        expect(cases.size - logged.length).toBeGreaterThanOrEqual(0);
        expect(cases.size - logged.length).toBeLessThanOrEqual(i + 1);
        expect(receipts.size).toBe(cases.size);
        expect(verifyFolder(dataDir)).toMatchObject({ found: true, summary: { ok: true } });
      }
    },
    120_000 + KILLS * 15_000,
  );
});
