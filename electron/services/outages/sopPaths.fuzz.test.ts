import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@shared/errors';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../../../tests/support/ledger';
import { sessions } from '../../../tests/support/series';
import type { Ledger } from '../ledger/ledger';

function counts(ledger: Ledger): string {
  const n = (t: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
  return ['cases', 'parties', 'filings', 'receipts', 'appointments', 'appointment_series', 'documents', 'audit_events']
    .map(n)
    .join(',');
}

/** Near-valid case numbers: the right shape with one part wrong, junk, or the real thing. */
const caseNumber = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc
    .tuple(fc.integer({ min: 0, max: 12_000 }), fc.integer({ min: 1975, max: 2030 }))
    .map(([run, y]) => `05005-024-${String(run).padStart(4, '0')}-${y}`),
  fc
    .tuple(
      fc.constantFrom('05', '10', '5', '055', ''),
      fc.constantFrom('005', '001', '05', ''),
      fc.constantFrom('024', '017', '999', '24'),
      fc.integer({ min: -5, max: 100_000 }),
      fc.integer({ min: 1900, max: 2100 }),
      fc.constantFrom('-', '/', ' ', ''),
    )
    .map(([s, c, t, run, y, sep]) => `${s}${c}${sep}${t}${sep}${String(run).padStart(4, '0')}${sep}${y}`),
);

/** Near-valid appointment days: around today, weekends, far ahead, not dates at all. */
const day = fc.oneof(
  fc.integer({ min: -30, max: 120 }).map((d) => new Date(Date.UTC(2026, 10, 28 + d)).toISOString().slice(0, 10)),
  fc.string({ maxLength: 12 }),
  fc.constantFrom('2026-02-30', '2026-13-01', '0000-00-00', ''),
);

describe('SOP paths under near-valid input through the dispatcher', () => {
  it('an ESV2 / ESV3 number is either well formed and new, or refused with nothing written', async () => {
    const { ledger } = await readyLedger({}, { dataDir: tempDir() });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(caseNumber, fc.constantFrom('ESV2', 'ESV3_EXISTING', 'MANUAL'), async (number, source) => {
        const before = counts(ledger);
        const result = await dispatch('cases.recordGiven', {
          source,
          caseNumber: number,
          esv2ReceiptNumber: `R-${number}`,
          caseTypeCode: '024',
          proceeding: 'SAMAN',
          parties: [{ side: 'CLAIMANT', name: 'Siti binti Abu', idType: 'NONE' }],
        });
        seen[result.ok ? 'accepted' : 'refused']++;
        if (result.ok) {
          expect(result.value.caseNumber).toMatch(/^05005-024-\d{4}-(19[89]\d|20[0-2]\d)$/);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(counts(ledger)).toBe(before);
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  }, 120_000);

  it('an appointment day is a working day within reach with room, or refused with nothing written', async () => {
    const { ledger, outage } = await readyLedger({}, { dataDir: tempDir() });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await dispatch('outage.close', { outageId: outage.id }));
    unwrap(await dispatch('outage.open', { sopOption: 3, startedAt: ledger.clock().toISOString() }));
    unwrap(await dispatch('appointments.setSessions', sessions(2)));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(day, async (date) => {
        const before = counts(ledger);
        const result = await dispatch('appointments.book', {
          person: {
            side: 'CLAIMANT',
            name: 'Siti binti Abu',
            idType: 'PASSPORT',
            idNumber: 'A1234567',
            nationality: 'IDN',
            phone: '0123456789',
          },
          caseTypeCode: '024',
          date,
          session: 'PETANG',
        });
        if (result.ok) {
          accepted++;
          const weekday = new Date(`${result.value.date}T00:00:00Z`).getUTCDay();
          expect([0, 6]).not.toContain(weekday);
          expect(result.value.date >= '2026-11-28').toBe(true);
        } else {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(counts(ledger)).toBe(before);
        }
      }),
      { numRuns: 200, seed: 20261128 },
    );
    expect(accepted).toBeGreaterThan(0);
    const perDay = ledger.db
      .prepare('SELECT MAX(n) AS m FROM (SELECT COUNT(*) AS n FROM appointments GROUP BY appointment_date)')
      .get() as { m: number | null };
    expect(perDay.m).toBeLessThanOrEqual(2);
    const series = ledger.db.prepare('SELECT COUNT(*) AS n, MAX(running_number) AS hi FROM appointments').get() as {
      n: number;
      hi: number | null;
    };
    expect(series.hi ?? 0).toBe(series.n);
  }, 120_000);
});
