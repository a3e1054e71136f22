import { describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { BOOKING, CLAIMANT, recordExport, REGISTER } from '../../../tests/support/series';
import type { Db } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, openOutage } from '../outages/outages';
import { startupCheck } from '../ledger/startupCheck';
import { verifyLedger } from '../ledger/verify';
import { checkEverySeries, checkSeriesKind } from './continuity';
import { SERIES, type SeriesKind } from './kinds';

/** Three of every series: cases 770-772, receipts 1-3, appointments JT-…-0001 to 0003, exports 1-3. */
async function everySeries(): Promise<{ ledger: Ledger; dispatch: TypedDispatch }> {
  const { ledger, outage } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  for (let i = 0; i < 3; i++) {
    const made = unwrap(await dispatch('cases.register', REGISTER));
    unwrap(
      await dispatch('payments.take', {
        caseId: made.id,
        lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
        payerName: CLAIMANT.name,
        method: 'CASH',
        tenderedSen: 10_000,
      }),
    );
    recordExport(ledger);
  }
  closeOutage(ledger, 1, outage.id, null);
  openOutage(ledger, 1, { sopOption: 3, startedAt: ledger.clock().toISOString() });
  for (let i = 0; i < 3; i++) unwrap(await dispatch('appointments.book', BOOKING));
  return { ledger, dispatch };
}

/** Direct SQL with the no-delete triggers out of the way, as someone editing the file would. */
function tamper(db: Db, statements: string): void {
  for (const t of ['cases', 'receipts', 'receipt_items', 'appointments', 'exports']) {
    db.exec(`DROP TRIGGER IF EXISTS ${t}_no_delete; DROP TRIGGER IF EXISTS ${t}_no_update;`);
  }
  db.exec('DROP TRIGGER IF EXISTS receipts_money_fixed');
  db.pragma('foreign_keys = OFF');
  db.exec(statements);
}

async function problemAfter(statements: string): Promise<{ verify: string; startup: string }> {
  const { ledger } = await everySeries();
  expect(checkEverySeries(ledger.db)).toBeNull();
  tamper(ledger.db, statements);
  const verify = verifyLedger(ledger.db).problem?.messageEn ?? 'no problem';
  const startup = (await startupCheck(ledger.db, null)).problem?.messageEn ?? 'no problem';
  return { verify, startup };
}

describe('the continuity of every series', () => {
  it('passes a ledger with every series in use', async () => {
    const { ledger } = await everySeries();
    expect(checkEverySeries(ledger.db)).toBeNull();
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
    expect(await startupCheck(ledger.db, null)).toMatchObject({ ok: true });
  });

  const cases: [string, string, string][] = [
    [
      'a case deleted',
      "DELETE FROM cases WHERE case_number = '05005-024-0771-2026'",
      'Series 024/2026: numbers 771 to 771 are missing',
    ],
    [
      'the first case deleted',
      "DELETE FROM cases WHERE case_number = '05005-024-0770-2026'",
      'Series 024/2026: numbers 770 to 770 are missing',
    ],
    [
      'the last case deleted',
      "DELETE FROM cases WHERE case_number = '05005-024-0772-2026'",
      'Series 024/2026: the last number recorded is 772 but the highest found is 771',
    ],
    [
      'a receipt deleted',
      'DELETE FROM receipts WHERE running_number = 2',
      'Receipt series K1/2026: numbers 2 to 2 are missing',
    ],
    [
      'the last receipt deleted',
      'DELETE FROM receipts WHERE running_number = 3',
      'Receipt series K1/2026: the last number recorded is 3',
    ],
    [
      'a receipt moved outside its series',
      'UPDATE receipts SET year = 2025 WHERE running_number = 1',
      'Receipt series K1/2025: 05005-K1-2026-000001 is outside any recorded series',
    ],
    [
      'an appointment deleted',
      'DELETE FROM appointments WHERE running_number = 2',
      'Appointment series K1/2026: numbers 2 to 2 are missing',
    ],
    [
      'the last appointment deleted',
      'DELETE FROM appointments WHERE running_number = 3',
      'Appointment series K1/2026: the last number recorded is 3',
    ],
    ['an export deleted', 'DELETE FROM exports WHERE seq = 2', 'Export series: numbers 2 to 2 are missing'],
    ['the first export deleted', 'DELETE FROM exports WHERE seq = 1', 'Export series: numbers 1 to 1 are missing'],
    [
      'every appointment deleted',
      'DELETE FROM appointments',
      'Appointment series K1/2026: the last number recorded is 3 but the highest found is none',
    ],
  ];
  it('catches a number held twice where the schema would let it (a kind without a UNIQUE index)', async () => {
    const { ledger } = await readyLedger();
    const db = ledger.db;
    db.exec(`CREATE TABLE tickets (k TEXT, n INTEGER, label TEXT);
      INSERT INTO tickets VALUES ('A', 1, 'T-1'), ('A', 2, 'T-2'), ('A', 2, 'T-2b'), ('A', 3, 'T-3')`);
    const tickets: SeriesKind = {
      ...SERIES.export,
      tables: ['tickets'],
      held: {
        table: 'tickets',
        where: '1',
        key: 'k',
        groupBy: 'k',
        match: 'k = ?',
        params: (key) => [key],
        number: 'n',
        label: 'label',
        unique: false,
      },
      lastNumbers: () => new Map([['A', 3]]),
      jumps: () => new Map(),
      labelEn: () => 'Ticket series',
    };
    expect(checkSeriesKind(db, tickets)?.messageEn).toContain('Ticket series: number 2 repeats (T-2, T-2b)');
    db.exec("DELETE FROM tickets WHERE label = 'T-2b'");
    expect(checkSeriesKind(db, tickets)).toBeNull();
  });

  for (const [what, statements, message] of cases) {
    it(`catches ${what}, in verify and at start-up`, async () => {
      const { verify, startup } = await problemAfter(statements);
      expect(verify).toContain(message);
      expect(startup).toContain(message);
    });
  }
});
