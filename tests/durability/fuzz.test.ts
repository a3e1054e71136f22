import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract';
import { ERROR_CODES } from '@shared/errors';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { dispatcherFor, readyLedger, tempDir, unwrap } from '../support/ledger';

const TABLES = [
  'cases',
  'parties',
  'receipts',
  'receipt_items',
  'users',
  'outages',
  'audit_events',
  'fee_items',
  'day_closes',
  'filings',
  'appointments',
  'documents',
];

function snapshot(ledger: Ledger): string {
  return TABLES.map(
    (t) => `${t}:${(ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n}`,
  ).join(',');
}

/** Hostile values: junk of every type, huge and control-laden strings, prototype keys, near-valid numbers. */
const hostile = fc.oneof(
  fc.anything(),
  fc.string({ maxLength: 20000 }),
  fc.constantFrom('\u0000', '\u202E', "'; DROP TABLE cases; --", '𝕂'.repeat(5000), '__proto__', 'constructor'),
  fc.double(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1e21, Number.MAX_SAFE_INTEGER, Number.NaN),
);

/** A payload: either junk outright, or an object whose known keys hold hostile values. */
const payload = fc.oneof(
  hostile,
  fc.dictionary(
    fc.constantFrom(
      'caseId',
      'receiptId',
      'userId',
      'pin',
      'query',
      'lines',
      'parties',
      'method',
      'date',
      'name',
      'rows',
      'code',
      'appointmentId',
      'documents',
      'person',
      'caseNumber',
      '__proto__',
    ),
    hostile,
  ),
);

describe('every channel under hostile payloads', () => {
  it('answers with a coded error or a value, never throws, and a refused call changes no row', async () => {
    const { ledger } = await readyLedger({}, { dataDir: tempDir() });
    const dispatch = dispatcherFor(ledger);
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...CHANNEL_NAMES.filter((c) => c !== 'auth.signOut')),
        payload,
        async (channel, input) => {
          const before = snapshot(ledger);
          const result = await dispatch(channel, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(snapshot(ledger)).toBe(before);
          }
        },
      ),
      { numRuns: 600, seed: 20261128 },
    );
  }, 120_000);
});
