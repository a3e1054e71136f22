import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract } from '@shared/contract';
import type { Ledger } from '../services/ledger/ledger';
import {
  dispatcherFor,
  frozenClock,
  readyLedger,
  routesFor,
  tempDir,
  unwrap,
  type TypedDispatch,
} from '../../tests/support/ledger';
import { inputHash, KEEP_ANSWER_DAYS, requestAnswers } from './requests';
import { createDispatcher, memorySessionStore } from './dispatcher';
import { registerCase } from '../services/cases/cases';
import { answersWithRecords } from '../services/ledger/requestScope';
import { actorId, type Routes } from '../routing/routes';
import { SAVED_ANSWER_LOST } from './requestsAgain';
import { errorData } from '@shared/errors';

const CLAIMANT = { side: 'CLAIMANT', name: "Nor'ain binti Abdullah", idType: 'MYKAD', idNumber: '850101-10-5124' };
const REGISTER = { caseTypeCode: '024', proceeding: 'SAMAN', parties: [CLAIMANT] };
const pay = (caseId: number, tenderedSen = 10_000) => ({
  caseId,
  lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }],
  payerName: CLAIMANT.name,
  method: 'CASH',
  tenderedSen,
});

const ID = 'a7d4c1f0-3b2e-4c55-9e61-0f1e2d3c4b5a';
const OTHER_ID = 'b8e5d2a1-4c3f-4d66-8f72-1a2b3c4d5e6f';

function count(ledger: Ledger, table: string): number {
  return (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}

function counts(ledger: Ledger) {
  return { receipts: count(ledger, 'receipts'), audit: count(ledger, 'audit_events'), cases: count(ledger, 'cases') };
}

async function counter(): Promise<{
  ledger: Ledger;
  dispatch: TypedDispatch;
  caseId: number;
  clock: ReturnType<typeof frozenClock>;
}> {
  const clock = frozenClock();
  const { ledger } = await readyLedger({}, { dataDir: tempDir(), clock });
  const dispatch = dispatcherFor(ledger);
  unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
  const registered = unwrap(await dispatch('cases.register', REGISTER));
  return { ledger, dispatch, caseId: registered.id, clock };
}

describe('a clerk request done once, whatever happens to its answer', () => {
  it('is asked of every channel that issues a number or takes money, and of no look-up', () => {
    const writes = CHANNEL_NAMES.filter((name) => contract[name].effect === 'write');
    for (const name of ['payments.take', 'cases.register', 'cases.recordGiven', 'filings.record', 'appointments.book'])
      expect(writes).toContain(name);
    expect(writes).toContain('users.setActive');
    const lookUps =
      /\.(get|list|forCase|forDay|search|status|slots|schedule|current|worklist|statement|exports|nextNumber|draft|session|users|info|reference|deviceKey|ictKeys|bar|receiptOptions|numbersPreview|causeBookPreview|causeBookHistory|referenceSearch|exportStatus|compare)$/;
    expect(writes.filter((name) => lookUps.test(name))).toEqual([]);
  });

  it('answers the same payment request twice with the same receipt, writing one receipt and its events once', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const before = counts(ledger);
    const first = await dispatch('payments.take', pay(caseId), { requestId: ID });
    const after = counts(ledger);
    expect(after.receipts).toBe(before.receipts + 1);
    const second = await dispatch('payments.take', pay(caseId), { requestId: ID });
    expect(counts(ledger)).toEqual(after);
    expect(first).toMatchObject({ ok: true });
    expect(first).not.toHaveProperty('replayed');
    expect(second).toEqual({ ...first, replayed: true });
    // Without an id (or with a new one) the same input is a new payment, as before.
    const third = unwrap(await dispatch('payments.take', pay(caseId), { requestId: OTHER_ID }));
    expect(third.receiptNumber).not.toBe(unwrap(first).receiptNumber);
    expect(counts(ledger).receipts).toBe(after.receipts + 1);
  });

  it('makes the answer again from the records when the process stopped before storing it', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const first = unwrap(await dispatch('payments.take', pay(caseId), { requestId: ID }));
    const registered = unwrap(await dispatch('cases.register', REGISTER, { requestId: OTHER_ID }));
    // What a kill between the commit and the stored answer leaves: the request's row, no answer.
    ledger.db.prepare('UPDATE request_answers SET answer_json = NULL').run();
    const after = counts(ledger);
    expect(await dispatch('payments.take', pay(caseId), { requestId: ID })).toEqual({
      ok: true,
      value: first,
      replayed: true,
    });
    expect(await dispatch('cases.register', REGISTER, { requestId: OTHER_ID })).toEqual({
      ok: true,
      value: registered,
      replayed: true,
    });
    expect(counts(ledger)).toEqual(after);
    // Made again once, then kept.
    expect(ledger.db.prepare('SELECT COUNT(*) AS n FROM request_answers WHERE answer_json IS NULL').get()).toEqual({
      n: 0,
    });
  });

  it("commits a registration's answer with its records, and a payment's (its PDF comes after) once answered", async () => {
    const { ledger } = await counter();
    const snapshots: { id: string; answer: string | null }[][] = [];
    const requests = requestAnswers(ledger, {
      step: () =>
        snapshots.push(
          ledger.db
            .prepare('SELECT request_id AS id, answer_json AS answer FROM request_answers ORDER BY request_id')
            .all() as { id: string; answer: string | null }[],
        ),
    });
    const dispatch = createDispatcher(
      routesFor(ledger),
      memorySessionStore(),
      { error: () => undefined },
      ledger.clock,
      requests,
    ) as TypedDispatch;
    unwrap(await dispatch('auth.signIn', { userId: 1, pin: '123456' }));
    const registered = await dispatch('cases.register', REGISTER, { requestId: ID });
    // Stored before the handler's answer was even handed back: the registration's own commit holds it.
    expect(snapshots.at(-1)?.find((r) => r.id === ID)?.answer).toBe(JSON.stringify(registered));
    const paid = await dispatch('payments.take', pay(unwrap(registered).id), {
      requestId: OTHER_ID,
    });
    expect(paid).toMatchObject({ ok: true, value: { pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(snapshots.at(-1)?.find((r) => r.id === OTHER_ID)?.answer).toBeNull();
    const stored = () =>
      ledger.db
        .prepare('SELECT request_id AS id, answer_json AS answer FROM request_answers ORDER BY request_id')
        .all();
    expect(stored()).toEqual([
      { id: ID, answer: JSON.stringify(registered) },
      { id: OTHER_ID, answer: JSON.stringify(paid) },
    ]);
    expect(await dispatch('cases.register', REGISTER, { requestId: ID })).toEqual({ ...registered, replayed: true });
    // A route that says it answers with the view, then answers something else: the answer is stored again.
    const routes: Routes = {
      ...routesFor(ledger),
      'cases.register': (input, ctx) =>
        answersWithRecords(() => ({ ...registerCase(ledger, actorId(ctx), input), note: 'lain' })),
    };
    const changing = createDispatcher(
      routes,
      memorySessionStore(),
      { error: () => undefined },
      ledger.clock,
      requests,
    ) as TypedDispatch;
    unwrap(await changing('auth.signIn', { userId: 1, pin: '123456' }));
    const THIRD = 'c9f6e3b2-5d4a-4e77-9a83-2b3c4d5e6f70';
    const changed = await changing('cases.register', REGISTER, { requestId: THIRD });
    expect(changed).toMatchObject({ ok: true, value: { note: 'lain' } });
    const noted = JSON.parse(snapshots.at(-1)?.find((r) => r.id === THIRD)?.answer ?? 'null') as {
      value: { note: string | null };
    };
    expect(noted.value.note).toBeNull();
    expect(await changing('cases.register', REGISTER, { requestId: THIRD })).toEqual({ ...changed, replayed: true });
  });

  it('says "saved" for a channel that cannot make its answer again, and still does nothing twice', async () => {
    const { ledger, dispatch } = await counter();
    const fee = { code: 'SALINAN_X', name: 'Salinan dokumen', amountSen: 500, active: true };
    unwrap(await dispatch('fees.saveItem', fee, { requestId: ID }));
    ledger.db.prepare('UPDATE request_answers SET answer_json = NULL').run();
    const after = counts(ledger);
    expect(await dispatch('fees.saveItem', fee, { requestId: ID })).toEqual({
      ok: false,
      error: errorData('CONFLICT', SAVED_ANSWER_LOST),
    });
    expect(counts(ledger)).toEqual(after);
  });

  it('refuses an id used again for another input, another channel or another clerk', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('payments.take', pay(caseId), { requestId: ID }));
    const after = counts(ledger);
    const reused = { ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/telah digunakan/) } };
    expect(await dispatch('payments.take', pay(caseId, 20_000), { requestId: ID })).toMatchObject(reused);
    expect(await dispatch('cases.register', REGISTER, { requestId: ID })).toMatchObject(reused);
    const clerk = unwrap(await dispatch('users.create', { name: 'Aminah binti Omar', role: 'CLERK', pin: '654321' }));
    unwrap(await dispatch('auth.signOut', {}));
    unwrap(await dispatch('auth.signIn', { userId: clerk.id, pin: '654321' }));
    expect(await dispatch('payments.take', pay(caseId), { requestId: ID })).toMatchObject(reused);
    expect(counts(ledger)).toEqual({ ...after, audit: count(ledger, 'audit_events') });
    expect(count(ledger, 'receipts')).toBe(after.receipts);
    expect(await dispatch('payments.take', pay(caseId), { requestId: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'No. permintaan tidak sah.' },
    });
  });

  it('writes once when the same request arrives twice at the same time', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const before = counts(ledger);
    const answers = await Promise.all([
      dispatch('payments.take', pay(caseId), { requestId: ID }),
      dispatch('payments.take', pay(caseId), { requestId: ID }),
      dispatch('payments.take', pay(caseId), { requestId: ID }),
    ]);
    expect(counts(ledger).receipts).toBe(before.receipts + 1);
    const numbers = answers.map((a) => unwrap(a).receiptNumber);
    expect(new Set(numbers).size).toBe(1);
    expect(answers.filter((a) => a.ok && a.replayed === true)).toHaveLength(2);
    // A different input under the same id while the first is at work is refused, not waited for.
    const [ok, refused] = await Promise.all([
      dispatch('payments.take', pay(caseId), { requestId: OTHER_ID }),
      dispatch('payments.take', pay(caseId, 30_000), { requestId: OTHER_ID }),
    ]);
    expect(ok.ok).toBe(true);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(counts(ledger).receipts).toBe(before.receipts + 2);
  });

  it('keeps no refusal that recorded nothing, so the same id may go through once corrected', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const before = counts(ledger);
    expect(await dispatch('payments.take', pay(caseId, 100), { requestId: ID })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(count(ledger, 'request_answers')).toBe(0);
    unwrap(await dispatch('payments.take', pay(caseId), { requestId: ID }));
    expect(counts(ledger).receipts).toBe(before.receipts + 1);
  });

  it('ignores the id on a read, and leaves no PIN in the file, not even hashed', async () => {
    const { ledger, dispatch, caseId } = await counter();
    unwrap(await dispatch('cases.get', { caseId }, { requestId: ID }));
    expect(count(ledger, 'request_answers')).toBe(0);
    const a = { receiptId: 1, reason: 'Amaun salah', supervisorId: 1, supervisorPin: '123456' };
    expect(inputHash(a)).toBe(inputHash({ ...a, supervisorPin: '000000' }));
    expect(inputHash(a)).not.toBe(inputHash({ ...a, reason: 'Lain' }));
    expect(inputHash({ override: { supervisorPin: '1' }, x: 1 })).toBe(
      inputHash({ override: { supervisorPin: '2' }, x: 1 }),
    );
  });

  it(`keeps answers ${KEEP_ANSWER_DAYS} days, then lets them go`, async () => {
    const { ledger, dispatch, caseId, clock } = await counter();
    unwrap(await dispatch('payments.take', pay(caseId), { requestId: ID }));
    clock.advance((KEEP_ANSWER_DAYS - 1) * 86_400_000);
    // A later start prunes at its first stored answer.
    const later = dispatcherFor(ledger);
    unwrap(await later('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await later('cases.register', REGISTER, { requestId: OTHER_ID }));
    expect(await later('payments.take', pay(caseId), { requestId: ID })).toMatchObject({ ok: true, replayed: true });
    clock.advance(2 * 86_400_000);
    const muchLater = dispatcherFor(ledger);
    unwrap(await muchLater('auth.signIn', { userId: 1, pin: '123456' }));
    unwrap(await muchLater('cases.register', REGISTER, { requestId: 'c9f6e3b2-5d4a-4e77-9a83-2b3c4d5e6f70' }));
    const ids = ledger.db.prepare('SELECT request_id AS id FROM request_answers ORDER BY at').pluck().all();
    expect(ids).toEqual([OTHER_ID, 'c9f6e3b2-5d4a-4e77-9a83-2b3c4d5e6f70']);
  });

  it('follows the ledger to the database an in-app restore put in its place', async () => {
    const { ledger, dispatch, caseId } = await counter();
    const first = unwrap(await dispatch('payments.take', pay(caseId), { requestId: ID }));
    const before = ledger.db;
    ledger.db = new Database(before.serialize());
    ledger.db.pragma('foreign_keys = ON');
    unwrap(await dispatch('payments.take', pay(caseId), { requestId: OTHER_ID }));
    expect(await dispatch('payments.take', pay(caseId), { requestId: ID })).toEqual({
      ok: true,
      value: first,
      replayed: true,
    });
    expect(count(ledger, 'receipts')).toBe(2);
    expect(before.prepare('SELECT request_id FROM request_answers').pluck().all()).toEqual([ID]);
  });
});
