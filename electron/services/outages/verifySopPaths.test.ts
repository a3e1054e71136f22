import { describe, expect, it } from 'vitest';
import { seededRandom } from '../demo/random';
import { seedSopPaths } from '../demo/sopPaths';
import { silentLog } from '../ledger/errorLog';
import { verifyLedger } from '../ledger/verify';
import { readyLedger } from '../../../tests/support/ledger';

async function seeded() {
  const { ledger, supervisor } = await readyLedger();
  // An in-memory ledger keeps no documents: the records stand without them.
  const made = await seedSopPaths(ledger, supervisor.id, seededRandom(7), 3, silentLog);
  return { ledger, made };
}

describe('verify over the SOP paths', () => {
  it('passes a seeded ledger with ESV2 cases, filings and appointments', async () => {
    const { ledger, made } = await seeded();
    expect(made).toEqual({ esv2Cases: 3, existingCases: 3, filings: 6, appointments: 3 });
    const summary = verifyLedger(ledger.db);
    expect(summary.problem).toBeNull();
    expect(summary).toMatchObject({ ok: true, filings: 6, appointments: 3 });
  });

  it('catches a filing whose fee no longer matches its receipt', async () => {
    const { ledger } = await seeded();
    ledger.db.prepare('UPDATE filings SET amount_sen = amount_sen + 100 WHERE id = 1').run();
    expect(verifyLedger(ledger.db).problem?.messageEn).toContain('does not equal the fees of its filings');
  });

  it('catches a gap in the appointment references', async () => {
    const { ledger } = await seeded();
    ledger.db.prepare("UPDATE appointments SET running_number = 9, reference = 'JT-K1-2026-0009' WHERE id = 2").run();
    expect(verifyLedger(ledger.db).problem?.messageEn).toContain('numbers 2 to 2 are missing');
  });

  it('catches an ESV2 number that does not follow the court format', async () => {
    const { ledger } = await seeded();
    ledger.db
      .prepare(
        "UPDATE cases SET case_number = '05005-024-12-2025' WHERE source = 'ESV2' AND id = (SELECT MIN(id) FROM cases WHERE source = 'ESV2')",
      )
      .run();
    expect(verifyLedger(ledger.db).problem?.messageEn).toContain("does not follow this court's case-number format");
  });
});
