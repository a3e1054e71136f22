import type { Load } from './stats';

/** One line of the benchmark's table: a measured figure against its floor and its budget. */
export interface BenchRow {
  id: string;
  title: string;
  /** What was measured, readable (e.g. "median 4.1 ms, p99 7.9 ms"). */
  measured: string;
  /** The floor it is compared with, measured in the same run, readable ("—" where the budget is absolute). */
  floor: string;
  /** The figure the budget is about (a ratio, or milliseconds), and the budget in words. */
  value: number | null;
  budget: string;
  /** Null: the row cannot be measured yet (the feature it is about is not built). */
  meets: boolean | null;
  /**
   * A budget proposed in place of the issue's, for a row this machine does not meet (docs/ARCHITECTURE.md,
   * Performance budgets: the profile and the reason). Printed beside the verdict, never instead of it:
   * `meets` stays the budget until the budget itself is changed.
   */
  proposal?: { budget: string; meets: boolean };
  /** The machine's load at the row's start and end (set by main.ts). */
  load?: Load;
  /** Every number behind the row, for the JSON line. */
  data: Record<string, number | string | boolean>;
}

/** A row whose feature does not exist yet: said plainly in the table, never faked. */
export function notBuilt(id: string, title: string, budget: string, why: string): BenchRow {
  return {
    id,
    title,
    measured: `belum dibina / not built: ${why}`,
    floor: '—',
    value: null,
    budget,
    meets: null,
    data: {},
  };
}
