import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../tests/support/ledger';
import { startupCheck } from '../electron/services/ledger/startupCheck';
import { verifyLedger } from '../electron/services/ledger/verify';
import { searchCases } from '../electron/services/cases/search';
import { buildFixture } from './fixture';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the benchmark fixture', () => {
  it('makes a ledger the full verification and the start-up check accept', async () => {
    const dir = tempDir('kaunter-bench-');
    dirs.push(dir);
    const ledger = await buildFixture(dir, { cases: 300, receipts: 900, auditEvents: 1500 });
    try {
      const summary = verifyLedger(ledger.db);
      expect(summary.problem).toBeNull();
      expect(summary).toMatchObject({ ok: true, cases: 300, receipts: 900, auditEvents: 1500 });
      expect(await startupCheck(ledger.db, null)).toMatchObject({ ok: true, auditEvents: 1500 });
      const someone = ledger.db.prepare('SELECT name FROM parties WHERE id = 10').get() as { name: string };
      expect(searchCases(ledger, { query: someone.name }).cases.length).toBeGreaterThan(0);
    } finally {
      ledger.db.close();
    }
  });
});
