/** One line of the benchmark's table: a measured figure against its floor and its budget. */
export interface BenchRow {
  id: string;
  title: string;
  /** What was measured, readable (e.g. "median 4.1 ms, p99 7.9 ms"). */
  measured: string;
  /** The floor it is compared with, readable. */
  floor: string;
  /** The figure the budget is about (a ratio, or milliseconds), and the budget in words. */
  value: number;
  budget: string;
  meets: boolean;
  /** Every number behind the row, for the JSON line. */
  data: Record<string, number | string>;
}
