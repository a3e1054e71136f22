import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { CHECKPOINT_EVERY, startupCheck } from '../../electron/services/ledger/startupCheck';
import type { BenchRow } from '../row';
import { median, round, timeMsAsync } from '../stats';

export const STARTUP_BUDGET_MS = 2000;

/**
 * The start-up check on a large ledger whose last checkpoint is CHECKPOINT_EVERY events behind the
 * head: the most a start re-hashes before it records a new checkpoint.
 */
export async function startupRow(ledger: Ledger, dataDir: string, runs: number): Promise<BenchRow> {
  const events = (ledger.db.prepare('SELECT MAX(seq) AS n FROM audit_events').get() as { n: number }).n;
  const file = join(dataDir, DATABASE_FILE);
  const samples: number[] = [];
  let rehashed = 0;
  for (let i = 0; i < runs; i++) {
    samples.push(
      await timeMsAsync(async () => {
        const check = await startupCheck(ledger.db, file);
        if (!check.ok) throw new Error(`the fixture failed the start-up check: ${check.problem?.messageEn}`);
        rehashed = check.auditEvents - check.rehashedFrom;
      }),
    );
  }
  const ms = median(samples);
  return {
    id: 'startup',
    title: `Semakan permulaan (${events.toLocaleString('en')} peristiwa audit)`,
    measured: `median ${round(ms, 0)} ms (${rehashed.toLocaleString('en')} peristiwa dicincang semula)`,
    floor: '—',
    value: round(ms, 0),
    budget: `< ${STARTUP_BUDGET_MS} ms`,
    meets: ms < STARTUP_BUDGET_MS,
    data: {
      events,
      runs,
      medianMs: round(ms, 1),
      maxMs: round(Math.max(...samples), 1),
      rehashed,
      checkpointEvery: CHECKPOINT_EVERY,
    },
  };
}
