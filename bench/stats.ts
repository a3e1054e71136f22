/** The q-quantile (0…1) of samples, nearest-rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] as number;
}

export const median = (samples: readonly number[]): number => quantile(samples, 0.5);

/** Milliseconds a call takes, by the monotonic clock. */
export function timeMs(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

export async function timeMsAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The median of each run's median: one slow run (a neighbour's burst) moves it no more than one sample. */
export function medianOfMedians(runs: readonly (readonly number[])[]): number {
  return median(runs.map((samples) => median(samples)));
}

/** The same for another quantile: the median over runs of each run's q-quantile. */
export function medianOfQuantiles(runs: readonly (readonly number[])[], q: number): number {
  return median(runs.map((samples) => quantile(samples, q)));
}

/** The 1-minute load average at a row's start and end, and whether the machine was busy for it. */
export interface Load {
  start: number;
  end: number;
  cores: number;
  /** Either load above half the cores: other work was competing for the CPU or the disk. */
  busy: boolean;
}

export function loadOf(start: number, end: number, cores: number): Load {
  return { start: round(start), end: round(end), cores, busy: Math.max(start, end) > cores * 0.5 };
}

export function describeLoad(load: Load): string {
  return `${load.start} → ${load.end}${load.busy ? ' (sibuk / busy)' : ''}`;
}

/** How many times each row runs within one bench run; its figures are the median of the runs' medians. */
export const RUNS_PER_ROW = 3;

let runsPerRow = RUNS_PER_ROW;
/** The runs per row of this bench run: three, or one for `--smoke` (which checks the rows work, not their times). */
export const runsOfRow = (): number => runsPerRow;
export function setRunsOfRow(runs: number): void {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('runs per row must be a positive integer');
  runsPerRow = runs;
}
