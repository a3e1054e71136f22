import { statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { CHECKPOINT_EVERY, startupCheck } from '../../electron/services/ledger/startupCheck';
import type { BenchRow } from '../row';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow, timeMs, timeMsAsync } from '../stats';

export const STARTUP_BUDGET_MS = 1000;
/** Proposed beside the budget (docs/ARCHITECTURE.md, Performance budgets): at most this much over SQLite's own quick check. */
export const STARTUP_PROPOSED_RATIO_TO_QUICK_CHECK = 1.15;

/** SQLite's own quick check of the whole file, on a new read-only connection mapped as the check's worker maps it. */
function bareQuickCheck(file: string): void {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('mmap_size = 4294967296');
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows[0]?.quick_check !== 'ok')
      throw new Error(`bench: the fixture fails SQLite's quick check: ${rows[0]?.quick_check}`);
  } finally {
    db.close();
  }
}

/**
 * The start-up check on a large ledger whose last checkpoint is CHECKPOINT_EVERY events behind the
 * head: the most a start re-hashes before it records a new checkpoint. Its budget is absolute; beside it,
 * interleaved, SQLite's quick check of the same file alone (one part of the check, on the worker thread
 * while the main thread does the chain, series and rows): the least a check that includes it can take.
 */
export async function startupRow(ledger: Ledger, dataDir: string, runs: number): Promise<BenchRow> {
  const events = (ledger.db.prepare('SELECT MAX(seq) AS n FROM audit_events').get() as { n: number }).n;
  const file = join(dataDir, DATABASE_FILE);
  const runsOf: number[][] = [];
  const quickRuns: number[][] = [];
  let rehashed = 0;
  for (let run = 0; run < runsOfRow(); run++) {
    const samples: number[] = [];
    const quick: number[] = [];
    runsOf.push(samples);
    quickRuns.push(quick);
    for (let i = 0; i < runs; i++) {
      samples.push(
        await timeMsAsync(async () => {
          const check = await startupCheck(ledger.db, file);
          if (!check.ok) throw new Error(`the fixture failed the start-up check: ${check.problem?.messageEn}`);
          rehashed = check.auditEvents - check.rehashedFrom;
        }),
      );
      quick.push(timeMs(() => bareQuickCheck(file)));
    }
  }
  const ms = medianOfMedians(runsOf);
  const p99 = medianOfQuantiles(runsOf, 0.99);
  const quickMs = medianOfMedians(quickRuns);
  const fileBytes = statSync(file).size;
  return {
    id: 'startup',
    title: `Semakan permulaan (${events.toLocaleString('en')} peristiwa audit)`,
    measured: `median ${round(ms, 0)} ms, p99 ${round(p99, 0)} ms (${rehashed.toLocaleString('en')} peristiwa dicincang semula)`,
    floor: `PRAGMA quick_check sahaja (fail ${round(fileBytes / 2 ** 20, 0)} MiB): median ${round(quickMs, 0)} ms (${round(ms / quickMs)}×)`,
    value: round(ms, 0),
    budget: `< ${STARTUP_BUDGET_MS} ms`,
    meets: ms < STARTUP_BUDGET_MS,
    // The budget, or, where SQLite's own check of the file alone takes most of it, little over that.
    proposal: {
      budget: `< ${STARTUP_BUDGET_MS} ms atau ≤ ${STARTUP_PROPOSED_RATIO_TO_QUICK_CHECK}× quick_check`,
      meets: ms < STARTUP_BUDGET_MS || ms <= STARTUP_PROPOSED_RATIO_TO_QUICK_CHECK * quickMs,
    },
    data: {
      events,
      runs: runsOfRow(),
      samplesPerRun: runs,
      medianMs: round(ms, 1),
      p99Ms: round(p99, 1),
      quickCheckMs: round(quickMs, 1),
      ratioToQuickCheck: round(ms / quickMs, 3),
      fileBytes,
      rehashed,
      checkpointEvery: CHECKPOINT_EVERY,
    },
  };
}
