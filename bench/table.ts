import type { BenchRow } from './row';
import { describeLoad } from './stats';

/** The cells of one row: what was measured, its floor, the ratio or figure, the budget, the verdict, the load. */
export function tableLines(rows: readonly BenchRow[]): string[] {
  const header = ['Ukuran', 'Diukur', 'Lantai', 'Nilai', 'Bajet', 'Lulus', 'Bajet dicadangkan', 'Beban (1 min)'];
  const lines = rows.map((row) => [
    row.title,
    row.measured,
    row.floor,
    row.value === null ? '—' : String(row.value),
    row.budget,
    row.meets === null ? 'BELUM DIBINA' : row.meets ? 'YA' : 'TIDAK',
    row.proposal ? `${row.proposal.budget}: ${row.proposal.meets ? 'YA' : 'TIDAK'}` : '—',
    row.load ? describeLoad(row.load) : '—',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  return [format(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...lines.map(format)];
}

/** The rows as a plain-text table a person reads in a terminal or pastes into a note. */
export function printTable(rows: readonly BenchRow[]): void {
  for (const line of tableLines(rows)) console.log(line);
}
