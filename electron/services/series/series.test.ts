import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dispatcherFor,
  frozenClock,
  readyLedger,
  tempDir,
  unwrap,
  type TypedDispatch,
} from '../../../tests/support/ledger';
import { BOOKING, CLAIMANT, recordExport, REGISTER, sessions } from '../../../tests/support/series';
import { carryNumbersForward } from '../backup/carryForward';
import { openDatabase } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, openOutage } from '../outages/outages';
import { verifyLedger } from '../ledger/verify';
import { floorOf, raiseFloor } from './floors';
import { SERIES, SERIES_KIND_NAMES } from './kinds';
import { highestIssued, highestIssuedOf, planNext, takeNext } from './series';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const pay = (caseId: number) => ({
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  payerName: CLAIMANT.name,
  method: 'CASH',
  tenderedSen: 10_000,
});

/**
 * Brings back an older copy of the ledger as a restore does: the current file is set aside, the copy
 * gets the floors of every series from it (carryNumbersForward) and takes the ledger's place.
 */
function restore(ledger: Ledger, dir: string, copy: Buffer, n: number): void {
  const aside = join(dir, `aside-${n}.sqlite`);
  writeFileSync(aside, ledger.db.serialize());
  const incoming = join(dir, `incoming-${n}.sqlite`);
  writeFileSync(incoming, copy);
  const restored = openDatabase(incoming);
  restored.transaction(() => carryNumbersForward(restored, aside, ledger.clock().toISOString()))();
  ledger.db.close();
  ledger.db = restored;
}

async function counter() {
  const dir = tempDir('kaunter-series-');
  dirs.push(dir);
  const clock = frozenClock('2026-11-28T01:00:00.000Z');
  const { ledger, outage } = await readyLedger({}, { clock });
  const dispatch: TypedDispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  unwrap(await dispatch('appointments.setSessions', sessions(500)));
  return { ledger, dispatch, clock, dir, outageId: outage.id };
}

type Step = 'register' | 'pay' | 'book' | 'export' | 'switchSop' | 'backup' | 'restore';

describe('the number-series primitive', () => {
  it('plans one past the last, at or above the lowest allowed and the floor, and records starts and jumps', async () => {
    const { ledger } = await counter();
    const db = ledger.db;
    const at = ledger.clock().toISOString();
    expect(planNext(db, 'appointment', 'K9:2026')).toMatchObject({ number: 1, jump: true });
    db.transaction(() => takeNext(db, planNext(db, 'appointment', 'K9:2026'), at))();
    expect(planNext(db, 'appointment', 'K9:2026')).toMatchObject({ number: 2, jump: false });
    expect(planNext(db, 'appointment', 'K9:2026', 10)).toMatchObject({ number: 10, jump: true });
    db.transaction(() => raiseFloor(db, 'appointment', 'K9:2026', 21, 'restore', at))();
    expect(floorOf(db, 'appointment', 'K9:2026')).toBe(21);
    db.transaction(() => raiseFloor(db, 'appointment', 'K9:2026', 5, 'restore', at))();
    expect(floorOf(db, 'appointment', 'K9:2026')).toBe(21);
    const plan = planNext(db, 'appointment', 'K9:2026');
    expect(plan).toMatchObject({ number: 21, jump: true });
    db.transaction(() => takeNext(db, plan, at))();
    expect(SERIES.appointment.jumps(db).get('K9:2026')).toEqual([1, 21]);
    expect(SERIES.appointment.lastOf(db, 'K9:2026')).toBe(21);
  });

  it('knows the highest number a series handed out, numbers lost to a restore included', async () => {
    const { ledger } = await counter();
    const db = ledger.db;
    const at = ledger.clock().toISOString();
    expect(highestIssued(db, 'receipt', 'K1:2026')).toBe(0);
    db.transaction(() => takeNext(db, planNext(db, 'receipt', 'K1:2026'), at))();
    expect(highestIssued(db, 'receipt', 'K1:2026')).toBe(1);
    // A restore brought back a ledger that had given up to 40: 41 is next, 40 the highest handed out.
    db.transaction(() => raiseFloor(db, 'receipt', 'K1:2026', 41, 'restore', at))();
    expect(highestIssued(db, 'receipt', 'K1:2026')).toBe(40);
    expect(planNext(db, 'receipt', 'K1:2026').number).toBe(41);
    // A floor alone (a series this ledger never used) counts too, as the restore's carry-forward reads it.
    db.transaction(() => raiseFloor(db, 'receipt', 'K2:2026', 8, 'restore', at))();
    expect(highestIssuedOf(db, 'receipt')).toEqual(
      new Map([
        ['K1:2026', 40],
        ['K2:2026', 7],
      ]),
    );
  });

  it('refuses to take a number that another action took after it was planned', async () => {
    const { ledger } = await counter();
    const db = ledger.db;
    const at = ledger.clock().toISOString();
    const stale = planNext(db, 'receipt', 'K1:2026');
    db.transaction(() => takeNext(db, planNext(db, 'receipt', 'K1:2026'), at))();
    expect(() => db.transaction(() => takeNext(db, stale, at))()).toThrow(/Nombor siri telah berubah/);
    expect(SERIES.receipt.lastOf(db, 'K1:2026')).toBe(1);
  });

  it('lists every series kind the counter hands out', () => {
    expect([...SERIES_KIND_NAMES].sort()).toEqual(['appointment', 'case', 'export', 'receipt']);
  });

  it('never hands a number out twice across random registrations, payments, bookings, exports, backups and restores', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { arbitrary: fc.constant<Step>('register'), weight: 3 },
            { arbitrary: fc.constant<Step>('pay'), weight: 3 },
            { arbitrary: fc.constant<Step>('book'), weight: 3 },
            { arbitrary: fc.constant<Step>('export'), weight: 2 },
            { arbitrary: fc.constant<Step>('switchSop'), weight: 1 },
            { arbitrary: fc.constant<Step>('backup'), weight: 2 },
            { arbitrary: fc.constant<Step>('restore'), weight: 2 },
          ),
          { minLength: 10, maxLength: 40 },
        ),
        fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
        async (steps, picks) => {
          const { ledger, dispatch, clock, dir } = await counter();
          const handedOut = new Set<string>();
          const copies: Buffer[] = [];
          const give = (what: string) => {
            expect(handedOut.has(what), `${what} handed out twice`).toBe(false);
            handedOut.add(what);
          };
          let restores = 0;
          for (const [i, step] of steps.entries()) {
            clock.advance(60_000);
            const sop = ledger.db.prepare('SELECT sop_option AS s FROM outages WHERE closed_at IS NULL').get() as {
              s: number;
            };
            if (step === 'register' && sop.s === 1) give(unwrap(await dispatch('cases.register', REGISTER)).caseNumber);
            if (step === 'pay' && sop.s === 1) {
              const last = ledger.db.prepare('SELECT MAX(id) AS id FROM cases').get() as { id: number | null };
              let caseId = last.id;
              if (caseId === null) {
                const made = unwrap(await dispatch('cases.register', REGISTER));
                give(made.caseNumber);
                caseId = made.id;
              }
              give(unwrap(await dispatch('payments.take', pay(caseId))).receiptNumber);
            }
            if (step === 'book' && sop.s === 3) give(unwrap(await dispatch('appointments.book', BOOKING)).reference);
            if (step === 'export') give(`export ${recordExport(ledger)}`);
            if (step === 'switchSop') {
              const open = ledger.db.prepare('SELECT id FROM outages WHERE closed_at IS NULL').get() as { id: number };
              closeOutage(ledger, 1, open.id, null);
              openOutage(ledger, 1, { sopOption: sop.s === 1 ? 3 : 1, startedAt: clock().toISOString() });
            }
            if (step === 'backup') copies.push(ledger.db.serialize());
            if (step === 'restore' && copies.length > 0) {
              restore(ledger, dir, copies[(picks[i] ?? 0) % copies.length] as Buffer, restores++);
              unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
            }
            const verified = verifyLedger(ledger.db);
            expect(verified.problem).toBeNull();
          }
          ledger.db.close();
        },
      ),
      { numRuns: 25, seed: 20261201 },
    );
  }, 240_000);
});
