import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openLedger } from '../../electron/app/kaunterApp';
import { counterPorts } from '../../electron/app/ports';
import { counterRoutes } from '../../electron/app/routes';
import { actorId, type Routes } from '../../electron/routing/routes';
import { createDispatcher, memorySessionStore } from '../../electron/ipc/dispatcher';
import { ledgerGate } from '../../electron/services/ledger/ledgerSwap';
import { requestAnswers } from '../../electron/ipc/requests';
import { seed, DEMO_PIN } from '../../electron/cli/seed';
import { openDatabase } from '../../electron/services/db/open';
import { demoCase } from '../../electron/services/demo/cases';
import { demoPayment } from '../../electron/services/demo/payments';
import { seededRandom } from '../../electron/services/demo/random';
import { getCaseType, listCaseTypes } from '../../electron/services/cases/caseTypes';
import { paymentDraft } from '../../electron/services/receipts/fees';
import { takePayment } from '../../electron/services/receipts/receipts';
import { folderPrinter, memoryPrinterChoices } from '../../electron/services/printing/printing';
import { canonicalJson } from '@shared/canonicalJson';
import type { Result } from '@shared/errors';
import type { CaseView } from '@shared/views';
import type { BenchRow } from '../row';
import { ChangeWatcher, contentsOf, Replayer, type PreparedChange, type RowChange } from '../changes';
import { medianOfMedians, medianOfQuantiles, quantile, round, runsOfRow, timeMs, timeMsAsync } from '../stats';

export const CLERK_ACTION_BUDGET = 1.25;
/** Proposed instead (docs/ARCHITECTURE.md, Performance budgets): what ours adds to the floor, in time and pages. */
export const CLERK_ACTION_PROPOSED_EXTRA_MS = 2;
export const CLERK_ACTION_PROPOSED_EXTRA_PAGES = 2;

/** Pairs done before the clock: the change watcher learns which tables an action rewrites. */
const WARM_UP = 10;
/** Pairs whose WAL frames are counted (with checkpoints held off), after the timed runs. */
const FRAME_PAIRS = 10;

type Db = Database.Database;

/** The audit events among the changes, as the bytes their hash is taken over (made before the clock). */
function auditTexts(changes: readonly RowChange[]): { text: string; hash: string }[] {
  return changes
    .filter((c) => c.table === 'audit_events' && c.kind === 'insert')
    .map((c) => {
      if (c.kind !== 'insert') throw new Error('unreachable');
      const r = c.row;
      const text = canonicalJson({
        seq: r.seq,
        at: r.at,
        actor: r.actor,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        data: JSON.parse(String(r.data)) as unknown,
        prev: r.prev,
      });
      return { text, hash: String(r.hash) };
    });
}

/** WAL frames now in the -wal file (valid after a TRUNCATE checkpoint with auto-checkpoints off). */
function walFrames(db: Db, file: string): number {
  const page = db.pragma('page_size', { simple: true }) as number;
  let size = 0;
  try {
    size = statSync(`${file}-wal`).size;
  } catch {
    size = 0;
  }
  return size <= 32 ? 0 : Math.round((size - 32) / (page + 24));
}

/**
 * Register + pay, as the screens send them: two dispatcher calls (`cases.register`, `payments.take`) with a
 * signed-in session and a request id each, every one a durable transaction plus its stored answer. The
 * receipt's PDF is left to its own row (receipt-pdf): `payments.take` is routed to the payment's
 * transaction alone. Floor: the very rows each call wrote (found by diffing every table before and after
 * it), written again by plain prepared SQL into a copy of the same ledger in the same folder — same schema,
 * indexes, triggers and FTS — in one durable transaction per call, with each audit event's SHA-256 taken
 * inside the clock. Values are prepared before the clock; action and floor are interleaved so both see
 * the same disk. At the end the copy must hold exactly the ledger's rows.
 */
export async function clerkActionRow(folder: string, actions: number): Promise<BenchRow> {
  const dataDir = join(folder, 'clerk-action');
  await seed({ dataDir, cases: 0, seed: 1, log: null, court: '05005', counter: 'K1', blockStart: 1 });
  const ledger = openLedger(dataDir);
  const ledgerFile = ledger.db.name;
  const log = { error: (message: string, detail?: unknown) => console.error(message, detail) };
  const ports = counterPorts(ledger, {
    printing: { port: folderPrinter(join(dataDir, 'cetakan')), choices: memoryPrinterChoices() },
    log,
  });
  const routes: Routes = {
    ...counterRoutes(ledger, ports),
    'payments.take': (input, ctx) => takePayment(ledger, actorId(ctx), input),
  };
  const sessions = memorySessionStore();
  // As the app builds it: each request a use of the ledger that a restore lets end (ledgerGate).
  const dispatch = createDispatcher(
    routes,
    sessions,
    log,
    () => ledger.clock(),
    requestAnswers(ledger, { log }),
    ledgerGate(ledger),
  );
  let requestNo = 0;
  const requestId = () => `bench-${process.pid}-${String(++requestNo).padStart(10, '0')}`;
  const ok = <T>(result: Result<unknown>): T => {
    if (!result.ok) throw new Error(`bench: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  ok(await dispatch('auth.signIn', { userId: 1, pin: DEMO_PIN }, { requestId: requestId() }));

  // In the ledger's own folder: the same disk and file system as the action's commits.
  const floorFile = join(dataDir, 'lantai-penanda-aras.sqlite');
  await ledger.db.backup(floorFile);
  const floor = openDatabase(floorFile);
  const watcher = new ChangeWatcher(ledger.db, WARM_UP);
  const replayer = new Replayer(floor);

  const random = seededRandom(7);
  const proceedingOf = (code: string) => getCaseType(ledger, code)?.proceeding ?? 'SAMAN';
  const active = new Set(
    listCaseTypes(ledger)
      .filter((t) => t.active)
      .map((t) => t.code),
  );
  const nextCase = () => {
    for (;;) {
      const input = demoCase(random, proceedingOf);
      if (active.has(input.caseTypeCode)) return input;
    }
  };

  /** One call through the dispatcher (timed), its rows found (untimed), the same rows on the floor (timed). */
  const call = async (
    channel: string,
    input: unknown,
  ): Promise<{ actionMs: number; floorMs: number; value: unknown }> => {
    const meta = { requestId: requestId() };
    let value: unknown;
    const actionMs = await timeMsAsync(async () => {
      value = ok(await dispatch(channel, input, meta));
    });
    const changes = watcher.diff();
    const prepared: PreparedChange[] = replayer.prepare(changes);
    const events = auditTexts(changes);
    const floorMs = timeMs(() =>
      replayer.run(prepared, () => {
        for (const event of events) {
          if (createHash('sha256').update(event.text, 'utf8').digest('hex') !== event.hash)
            throw new Error('bench: the floor hashed an audit event differently from the ledger');
        }
      }),
    );
    return { actionMs, floorMs, value };
  };
  const pair = async () => {
    const registered = await call('cases.register', nextCase());
    const caseId = (registered.value as CaseView).id;
    const payment = demoPayment(random, paymentDraft(ledger, caseId));
    const paid = await call('payments.take', payment);
    return {
      actionMs: registered.actionMs + paid.actionMs,
      floorMs: registered.floorMs + paid.floorMs,
      registerMs: registered.actionMs,
      payMs: paid.actionMs,
    };
  };

  const actionRuns: number[][] = [];
  const floorRuns: number[][] = [];
  const registerRuns: number[][] = [];
  const payRuns: number[][] = [];
  let frames = { action: 0, floor: 0 };
  let same = false;
  try {
    for (let i = 0; i < WARM_UP; i++) await pair();
    for (let run = 0; run < runsOfRow(); run++) {
      const action: number[] = [];
      const flr: number[] = [];
      const reg: number[] = [];
      const pay: number[] = [];
      for (let i = 0; i < actions; i++) {
        const sample = await pair();
        action.push(sample.actionMs);
        flr.push(sample.floorMs);
        reg.push(sample.registerMs);
        pay.push(sample.payMs);
      }
      actionRuns.push(action);
      floorRuns.push(flr);
      registerRuns.push(reg);
      payRuns.push(pay);
    }
    // Pages written per register + pay: with auto-checkpoints off and the WAL emptied before each call, the
    // -wal file holds exactly the frames the call wrote (its answer's commit included).
    for (const db of [ledger.db, floor]) {
      db.pragma('wal_autocheckpoint = 0');
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    const counted = { action: 0, floor: 0 };
    let lastCase = 0;
    for (let i = 0; i < FRAME_PAIRS; i++) {
      for (const channel of ['cases.register', 'payments.take'] as const) {
        ledger.db.pragma('wal_checkpoint(TRUNCATE)');
        floor.pragma('wal_checkpoint(TRUNCATE)');
        watcher.mark();
        const input = channel === 'cases.register' ? nextCase() : null;
        let value: unknown;
        if (input !== null) {
          value = ok(await dispatch(channel, input, { requestId: requestId() }));
          lastCase = (value as CaseView).id;
        } else {
          ok(await dispatch(channel, demoPayment(random, paymentDraft(ledger, lastCase)), { requestId: requestId() }));
        }
        counted.action += walFrames(ledger.db, ledgerFile);
        replayer.run(replayer.prepare(watcher.diff()));
        counted.floor += walFrames(floor, floorFile);
      }
    }
    frames = { action: counted.action / FRAME_PAIRS, floor: counted.floor / FRAME_PAIRS };
    for (const db of [ledger.db, floor]) db.pragma('wal_autocheckpoint = 1000');
    const a = contentsOf(ledger.db);
    const b = contentsOf(floor);
    same = [...a.keys()].every((t) => JSON.stringify(a.get(t)) === JSON.stringify(b.get(t)));
    if (!same) {
      const differ = [...a.keys()].filter((t) => JSON.stringify(a.get(t)) !== JSON.stringify(b.get(t)));
      throw new Error(`bench: the floor's rows differ from the ledger's in ${differ.join(', ')}`);
    }
  } finally {
    ledger.db.close();
    floor.close();
  }
  const actionMs = medianOfMedians(actionRuns);
  const floorMs = medianOfMedians(floorRuns);
  const ratio = actionMs / floorMs;
  const p99 = medianOfQuantiles(actionRuns, 0.99);
  const floorP99 = medianOfQuantiles(floorRuns, 0.99);
  const worstRatio = Math.max(...actionRuns.map((r, i) => quantile(r, 0.5) / quantile(floorRuns[i] ?? [], 0.5)));
  return {
    id: 'clerk-action',
    title: 'Daftar + bayar melalui dispatcher (2 permintaan, tiap satu transaksi tahan lasak)',
    measured: `median ${round(actionMs)} ms, p99 ${round(p99)} ms (daftar ${round(medianOfMedians(registerRuns))}, bayar ${round(medianOfMedians(payRuns))}); ${round(frames.action, 1)} halaman WAL`,
    floor: `baris sama, SQL biasa: median ${round(floorMs)} ms, p99 ${round(floorP99)} ms; ${round(frames.floor, 1)} halaman WAL`,
    value: round(ratio),
    budget: `≤ ${CLERK_ACTION_BUDGET}×`,
    meets: ratio <= CLERK_ACTION_BUDGET,
    proposal: {
      budget: `≤ lantai + ${CLERK_ACTION_PROPOSED_EXTRA_MS} ms, ≤ lantai + ${CLERK_ACTION_PROPOSED_EXTRA_PAGES} halaman`,
      meets:
        actionMs - floorMs <= CLERK_ACTION_PROPOSED_EXTRA_MS &&
        frames.action - frames.floor <= CLERK_ACTION_PROPOSED_EXTRA_PAGES,
    },
    data: {
      pairsPerRun: actions,
      runs: runsOfRow(),
      actionMedianMs: round(actionMs, 3),
      actionP99Ms: round(p99, 3),
      registerMedianMs: round(medianOfMedians(registerRuns), 3),
      payMedianMs: round(medianOfMedians(payRuns), 3),
      floorMedianMs: round(floorMs, 3),
      floorP99Ms: round(floorP99, 3),
      walFramesPerPair: round(frames.action, 1),
      floorWalFramesPerPair: round(frames.floor, 1),
      worstRunRatio: round(worstRatio, 3),
      floorSameRows: same,
      ratio: round(ratio, 3),
    },
  };
}
