import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openLedger } from '../../electron/app/kaunterApp';
import { registerCase } from '../../electron/services/cases/cases';
import { demoCase } from '../../electron/services/demo/cases';
import { demoPayment } from '../../electron/services/demo/payments';
import { seededRandom } from '../../electron/services/demo/random';
import { getCaseType, listCaseTypes } from '../../electron/services/cases/caseTypes';
import { paymentDraft } from '../../electron/services/receipts/fees';
import { takePayment } from '../../electron/services/receipts/receipts';
import { receivePayment } from '../../electron/services/receipts/workflows';
import { seed } from '../../electron/cli/seed';
import { registerCaseSchema } from '@shared/schemas/case';
import { takePaymentSchema } from '@shared/schemas/payment';
import type { BenchRow } from '../row';
import { requestAnswers } from '../../electron/ipc/requests';
import { median, quantile, round, timeMs, timeMsAsync } from '../stats';

export const CLERK_ACTION_BUDGET = 1.5;

/** How many whole actions (with the receipt's PDF) are timed: each renders a PDF, so fewer. */
const WITH_PDF_ACTIONS = 50;

/**
 * Register + pay + audit in one durable transaction (what the counter does per person), against a
 * bare single-row durable insert into a SQLite file with the same settings in the same folder.
 * The two are interleaved so both see the same disk.
 */
export async function clerkActionRow(folder: string, actions: number): Promise<BenchRow> {
  const dataDir = join(folder, 'clerk-action');
  await seed({ dataDir, cases: 0, seed: 1, log: null, court: '05005', counter: 'K1', blockStart: 1 });
  const ledger = openLedger(dataDir);
  const bare = new Database(join(folder, 'bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = FULL');
  bare.exec('CREATE TABLE IF NOT EXISTS rows (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)');
  const insert = bare.prepare('INSERT INTO rows (payload) VALUES (?)');
  const random = seededRandom(7);
  const proceedingOf = (code: string) => getCaseType(ledger, code)?.proceeding ?? 'SAMAN';
  const active = new Set(
    listCaseTypes(ledger)
      .filter((t) => t.active)
      .map((t) => t.code),
  );
  const nextInput = () => {
    for (;;) {
      const input = demoCase(random, proceedingOf);
      if (active.has(input.caseTypeCode)) return input;
    }
  };
  // What the clerk's screen sends (made before the clock starts), validated and recorded as the IPC
  // handlers do: the case, then its payment, in one transaction.
  const action = (input: unknown) => () =>
    ledger.db.transaction(() => {
      const registered = registerCase(ledger, 1, registerCaseSchema.parse(input));
      return takePayment(ledger, 1, takePaymentSchema.parse(demoPayment(random, paymentDraft(ledger, registered.id))));
    })();
  // The same action as the screen sends it, done once per request id (electron/ipc/requests.ts): the
  // request's row in the action's transaction, then its answer (the receipt) stored.
  const requests = requestAnswers(ledger);
  let requestNo = 0;
  const asRequest = (input: unknown) => () =>
    requests.once(
      {
        requestId: `bench-request-${String(++requestNo).padStart(8, '0')}`,
        channel: 'cases.register',
        actor: 'user:1',
        input,
      },
      () => Promise.resolve({ ok: true, value: action(input)() }),
    );
  // The whole clerk action as the counter's routes do it: the case, then receivePayment (the payment's
  // transaction and the receipt's PDF, saved and recorded). Shown beside the budget, not part of it: the
  // budget is the durable transaction's cost over a bare insert; the PDF has its own row (receipt-pdf).
  const log = { error: (message: string, detail?: unknown) => console.error(message, detail) };
  const withPdf = (input: unknown) => async () => {
    const registered = registerCase(ledger, 1, registerCaseSchema.parse(input));
    const payment = takePaymentSchema.parse(demoPayment(random, paymentDraft(ledger, registered.id)));
    const receipt = await receivePayment(ledger, 1, payment, log);
    if (receipt.pdfSha256 === null) throw new Error(`receipt ${receipt.receiptNumber} has no PDF`);
  };
  const bareMs: number[] = [];
  const actionMs: number[] = [];
  const requestMs: number[] = [];
  const requestBareMs: number[] = [];
  // The same action with SQLite's synchronous = OFF: the action's own work (CPU and writes to the page
  // cache), without waiting for the disk. It shows how much of the ratio no fewer pages could remove.
  const unsyncedMs: number[] = [];
  const withPdfMs: number[] = [];
  try {
    for (let i = 0; i < 20; i++) {
      action(nextInput())();
      insert.run('warm-up');
    }
    for (let i = 0; i < actions; i++) {
      bareMs.push(timeMs(() => insert.run(`row ${i}`)));
      actionMs.push(timeMs(action(nextInput())));
    }
    // Then as requests, against the bare insert again: interleaved with the plain action, the answer's pages
    // (written without an fsync of their own) would be synced by, and charged to, the next plain action.
    for (let i = 0; i < actions; i++) {
      requestBareMs.push(timeMs(() => insert.run(`row ${i}`)));
      requestMs.push(await timeMsAsync(asRequest(nextInput())));
    }
    for (let i = 0; i < Math.min(actions, WITH_PDF_ACTIONS); i++)
      withPdfMs.push(await timeMsAsync(withPdf(nextInput())));
    // Afterwards, not interleaved: an unsynced commit leaves its pages for the next fsync to write, which
    // would charge them to the durable action measured after it.
    ledger.db.pragma('synchronous = OFF');
    for (let i = 0; i < actions; i++) unsyncedMs.push(timeMs(action(nextInput())));
  } finally {
    ledger.db.close();
    bare.close();
  }
  const ratio = median(actionMs) / median(bareMs);
  return {
    id: 'clerk-action',
    title: 'Daftar + bayar + audit (satu transaksi tahan lasak)',
    measured: `median ${round(median(actionMs))} ms, p99 ${round(quantile(actionMs, 0.99))} ms (tanpa fsync ${round(median(unsyncedMs))} ms; sebagai permintaan sekali-sahaja ${round(median(requestMs))} ms, ${round(median(requestMs) / median(requestBareMs))}×; dengan PDF resit ${round(median(withPdfMs))} ms)`,
    floor: `insert biasa: median ${round(median(bareMs))} ms, p99 ${round(quantile(bareMs, 0.99))} ms`,
    value: round(ratio),
    budget: `≤ ${CLERK_ACTION_BUDGET}×`,
    meets: ratio <= CLERK_ACTION_BUDGET,
    data: {
      actions,
      actionMedianMs: round(median(actionMs), 3),
      actionP99Ms: round(quantile(actionMs, 0.99), 3),
      unsyncedMedianMs: round(median(unsyncedMs), 3),
      withPdfMedianMs: round(median(withPdfMs), 3),
      requestMedianMs: round(median(requestMs), 3),
      requestP99Ms: round(quantile(requestMs, 0.99), 3),
      requestBareMedianMs: round(median(requestBareMs), 3),
      requestRatio: round(median(requestMs) / median(requestBareMs), 3),
      bareMedianMs: round(median(bareMs), 3),
      bareP99Ms: round(quantile(bareMs, 0.99), 3),
      ratio: round(ratio, 3),
    },
  };
}
