import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { CHECKPOINT_EVERY, startupCheck } from '../../electron/services/ledger/startupCheck';
import type { BenchRow } from '../row';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow, timeMsAsync } from '../stats';

export const STARTUP_BUDGET_MS = 1000;

/**
 * The start-up check on a large ledger whose last checkpoint is CHECKPOINT_EVERY events behind the
 * head: the most a start re-hashes before it records a new checkpoint.
 */
export async function startupRow(ledger: Ledger, dataDir: string, runs: number): Promise<BenchRow> {
  const events = (ledger.db.prepare('SELECT MAX(seq) AS n FROM audit_events').get() as { n: number }).n;
  const file = join(dataDir, DATABASE_FILE);
  const runsOf: number[][] = [];
  let rehashed = 0;
  for (let run = 0; run < runsOfRow(); run++) {
    const samples: number[] = [];
    runsOf.push(samples);
    for (let i = 0; i < runs; i++) {
      samples.push(
        await timeMsAsync(async () => {
          const check = await startupCheck(ledger.db, file);
          if (!check.ok) throw new Error(`the fixture failed the start-up check: ${check.problem?.messageEn}`);
          rehashed = check.auditEvents - check.rehashedFrom;
        }),
      );
    }
  }
  const ms = medianOfMedians(runsOf);
  const p99 = medianOfQuantiles(runsOf, 0.99);
  return {
    id: 'startup',
    title: `Semakan permulaan (${events.toLocaleString('en')} peristiwa audit)`,
    measured: `median ${round(ms, 0)} ms, p99 ${round(p99, 0)} ms (${rehashed.toLocaleString('en')} peristiwa dicincang semula)`,
    floor: '—',
    value: round(ms, 0),
    budget: `< ${STARTUP_BUDGET_MS} ms`,
    meets: ms < STARTUP_BUDGET_MS,
    data: {
      events,
      runs: runsOfRow(),
      samplesPerRun: runs,
      medianMs: round(ms, 1),
      p99Ms: round(p99, 1),
      rehashed,
      checkpointEvery: CHECKPOINT_EVERY,
    },
  };
}
