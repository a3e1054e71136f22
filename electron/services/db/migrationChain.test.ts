import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { registerCaseSchema } from '@shared/schemas/case';
import { takePaymentSchema } from '@shared/schemas/payment';
import { frozenClock } from '../../../tests/support/ledger';
import { expectLedgerSound, ledgerAt, ledgerWithDataAt, rowsOf, writeRowsOf } from '../../../tests/support/migrations';
import { registerCase } from '../cases/cases';
import { startupCheck } from '../ledger/startupCheck';
import { verifyLedger } from '../ledger/verify';
import { takePayment } from '../receipts/receipts';
import { MIGRATIONS } from './migrations';
import { LATEST_VERSION, migrate, type Db } from './open';

/** Every table, index, trigger and view, as SQLite keeps its definition (not where its pages are). */
function schemaOf(db: Db): { type: string; name: string; tbl_name: string; sql: string | null }[] {
  return db.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as {
    type: string;
    name: string;
    tbl_name: string;
    sql: string | null;
  }[];
}

/**
 * What a migration leaves in a fresh ledger: its schema (comments and spacing aside) and the rows it
 * ships (month starts, filing types…). Hashed short, to be written down once the migration has shipped.
 */
function fingerprint(db: Db): string {
  const schema = schemaOf(db).map((r) => ({
    ...r,
    sql:
      r.sql
        ?.replace(/--[^\n]*/g, '')
        .replace(/\s+/g, ' ')
        .trim() ?? null,
  }));
  const rows = [...rowsOf(db)].map(([table, { columns, rows: held }]) => [table, columns, held]);
  return createHash('sha256').update(JSON.stringify({ schema, rows })).digest('hex').slice(0, 16);
}

/**
 * The fingerprint after each shipped migration. A ledger already past a migration never runs it again,
 * so an edit to a shipped one (an index added to 004 rather than in a new migration) would reach only
 * fresh ledgers: this list makes that edit fail. Add the line of a new migration once it ships.
 */
const SHIPPED: Record<string, string> = {
  '001-initial': 'e24cb8597d472b72',
  '002-payments': '4c9d61aa7ea3b49d',
  '003-sign-in-guard': 'cc77b2e3313b7f08',
  '004-documents-and-bundle': '83f7f1da0181bdaa',
  '005-hearings': '39582610355ae1cd',
  '006-filings-and-appointments': 'fb7f511bb7edbb8d',
  '007-audit-checkpoints': 'eb4b34f79063c3b3',
  '008-outage-close-kind': '61913cc818d8fabe',
  '009-esv3-reference': 'ad34855ec460e549',
  '010-drop-redundant-party-index': '1c5784c302a7bbe9',
  '011-number-series': '46ff817c19389eb9',
  '012-request-answers': '783386df9e019ebe',
  '013-checkpoint-digest': 'f5d94ea2603dae88',
  '014-money-and-day-reopen': '2f7eff5c19bf0c5d',
  '015-search-fragments': '361204bb8e2ab279',
  '016-outage-sop-periods': '5643fe3653cb56c2',
  '017-appointment-sessions': '35286b63147f8dfd',
  '018-passport-nationality': 'd652aaa10da198b7',
  '019-court-folder': '80ee82c96cc9dfe8',
  '020-court-counter-cases': '7a9f42cca09ed540',
};

describe('the whole chain of migrations', () => {
  it('takes a ledger that held data at every step to the very schema of a fresh ledger, sound at each step', () => {
    const db = ledgerAt(0);
    for (const [i, migration] of MIGRATIONS.entries()) {
      migrate(db, i + 1);
      expectLedgerSound(db);
      writeRowsOf(db, migration);
      expectLedgerSound(db);
    }
    expect(schemaOf(db)).toEqual(schemaOf(ledgerAt(LATEST_VERSION)));
  });

  it('opens as the app opens it, checks clean, and carries every series on from where the older versions left it', async () => {
    const db = ledgerWithDataAt(LATEST_VERSION);
    expect(await startupCheck(db, null)).toMatchObject({ ok: true, problem: null });
    expect(verifyLedger(db)).toMatchObject({ ok: true, problem: null, cases: 4, receipts: 3, appointments: 4 });

    const ledger = { db, dataDir: null, clock: frozenClock('2026-12-07T01:00:00.000Z'), pinCost: 10 };
    const parties = [{ side: 'CLAIMANT', name: 'Aminah binti Said', idType: 'MYKAD', idNumber: '910101-05-5010' }];
    const register = (caseTypeCode: string) =>
      registerCase(ledger, 2, registerCaseSchema.parse({ caseTypeCode, proceeding: 'SAMAN', parties }));
    const nafkah = register('024');
    expect(nafkah.caseNumber).toBe('05005-024-0772-2026');
    // The floor a restore left under version 7 still holds: 43 to 49 were handed out by the lost ledger.
    expect(register('017').caseNumber).toBe('05005-017-0050-2026');
    const receipt = takePayment(
      ledger,
      2,
      takePaymentSchema.parse({
        caseId: nafkah.id,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: 'Aminah binti Said',
        method: 'CASH',
        tenderedSen: 5000,
      }),
    );
    expect(receipt.receiptNumber).toBe('05005-K1-2026-000004');
    expect(verifyLedger(db)).toMatchObject({ ok: true, problem: null, cases: 6, receipts: 4 });
  });

  it('has not changed a migration that has shipped', () => {
    const db = ledgerAt(0);
    const found: Record<string, string> = {};
    for (const [i, migration] of MIGRATIONS.entries()) {
      migrate(db, i + 1);
      found[migration.name] = fingerprint(db);
    }
    for (const [name, print] of Object.entries(SHIPPED)) {
      expect(found[name], `${name} was edited after it shipped: add a new migration instead`).toBe(print);
    }
  });
});
