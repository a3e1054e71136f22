import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatcherFor, readyLedger, tempDir, unwrap, type TypedDispatch } from '../../../tests/support/ledger';
import { BOOKING, CLAIMANT, recordExport, REGISTER, sessions } from '../../../tests/support/series';
import { migrate, openDatabase } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, openOutage } from '../outages/outages';
import { verifyLedger } from '../ledger/verify';
import { carryNumbersForward } from './carryForward';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function issueOneOfEach(ledger: Ledger, dispatch: TypedDispatch) {
  const open = ledger.db.prepare('SELECT id FROM outages WHERE closed_at IS NULL').get() as { id: number };
  closeOutage(ledger, 1, open.id, null);
  openOutage(ledger, 1, { sopOption: 1, startedAt: ledger.clock().toISOString() });
  const made = unwrap(await dispatch('cases.register', REGISTER));
  const receipt = unwrap(
    await dispatch('payments.take', {
      caseId: made.id,
      lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
      payerName: CLAIMANT.name,
      method: 'CASH',
      tenderedSen: 10_000,
    }),
  );
  const exported = recordExport(ledger);
  const again = ledger.db.prepare('SELECT id FROM outages WHERE closed_at IS NULL').get() as { id: number };
  closeOutage(ledger, 1, again.id, null);
  openOutage(ledger, 1, { sopOption: 3, startedAt: ledger.clock().toISOString() });
  const appointment = unwrap(await dispatch('appointments.book', BOOKING));
  return { caseNumber: made.caseNumber, receipt: receipt.receiptNumber, exported, reference: appointment.reference };
}

async function counter() {
  const dir = tempDir('kaunter-carry-');
  dirs.push(dir);
  const { ledger } = await readyLedger();
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  unwrap(await dispatch('appointments.setSessions', sessions(50)));
  return { ledger, dispatch, dir };
}

describe('carrying every series past a restore', () => {
  it('raises the floor of case, receipt, appointment and export series above what the set-aside ledger issued', async () => {
    const { ledger, dispatch, dir } = await counter();
    await issueOneOfEach(ledger, dispatch);
    const backup = ledger.db.serialize();
    await issueOneOfEach(ledger, dispatch);
    await issueOneOfEach(ledger, dispatch);
    const aside = join(dir, 'aside.sqlite');
    writeFileSync(aside, ledger.db.serialize());
    const incoming = join(dir, 'incoming.sqlite');
    writeFileSync(incoming, backup);
    const restored = openDatabase(incoming);
    const lost = restored.transaction(() => carryNumbersForward(restored, aside, '2026-11-28T02:00:00.000Z'))();
    expect(lost).toEqual({
      readable: true,
      cases: [{ series: '024/2026', first: 771, last: 772 }],
      receipts: [{ series: 'K1/2026', first: 2, last: 3 }],
      appointments: [{ series: 'K1/2026', first: 2, last: 3 }],
      exports: [{ series: 'eksport', first: 2, last: 3 }],
    });
    ledger.db.close();
    ledger.db = restored;
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    expect(await issueOneOfEach(ledger, dispatch)).toEqual({
      caseNumber: '05005-024-0773-2026',
      receipt: '05005-K1-2026-000004',
      exported: 4,
      reference: 'JT-K1-2026-0004',
    });
    expect(verifyLedger(ledger.db)).toMatchObject({ ok: true });
    // Carried again from the same set-aside file: nothing lower, nothing new.
    const twice = restored.transaction(() => carryNumbersForward(restored, aside, '2026-11-28T03:00:00.000Z'))();
    expect(twice).toMatchObject({ readable: true, cases: [], receipts: [], appointments: [], exports: [] });
  });

  it('keeps the floors a set-aside ledger itself had from an earlier restore', async () => {
    const { ledger, dispatch, dir } = await counter();
    const empty = ledger.db.serialize();
    await issueOneOfEach(ledger, dispatch);
    const first = join(dir, 'first-aside.sqlite');
    writeFileSync(first, ledger.db.serialize());
    // Restore the empty copy: floors above the one issued number of each series.
    const once = join(dir, 'once.sqlite');
    writeFileSync(once, empty);
    const onceDb = openDatabase(once);
    onceDb.transaction(() => carryNumbersForward(onceDb, first, '2026-11-28T02:00:00.000Z'))();
    // Restore the empty copy again, setting aside the ledger that holds nothing but those floors.
    const second = join(dir, 'second-aside.sqlite');
    writeFileSync(second, onceDb.serialize());
    onceDb.close();
    const twice = join(dir, 'twice.sqlite');
    writeFileSync(twice, empty);
    const twiceDb = openDatabase(twice);
    const lost = twiceDb.transaction(() => carryNumbersForward(twiceDb, second, '2026-11-28T03:00:00.000Z'))();
    expect(lost.appointments).toEqual([{ series: 'K1/2026', first: 1, last: 1 }]);
    expect(lost.exports).toEqual([{ series: 'eksport', first: 1, last: 1 }]);
    twiceDb.close();
  });

  it('reads a set-aside ledger from before the series tables, and says when it cannot read one', async () => {
    const { ledger, dir } = await counter();
    const old = join(dir, 'old.sqlite');
    const db = new Database(old);
    migrate(db, 5);
    db.exec(`INSERT INTO number_series (scope_key, last_number) VALUES ('024/2026', 780);
      INSERT INTO receipt_series (counter_id, year, last_number) VALUES ('K1', 2026, 9);`);
    db.close();
    const lost = ledger.db.transaction(() => carryNumbersForward(ledger.db, old, '2026-11-28T02:00:00.000Z'))();
    expect(lost).toMatchObject({
      readable: true,
      cases: [{ series: '024/2026', first: 1, last: 780 }],
      receipts: [{ series: 'K1/2026', first: 1, last: 9 }],
      appointments: [],
      exports: [],
    });
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database');
    expect(carryNumbersForward(ledger.db, garbage, '2026-11-28T02:00:00.000Z')).toEqual({
      readable: false,
      cases: [],
      receipts: [],
      appointments: [],
      exports: [],
    });
  });
});
