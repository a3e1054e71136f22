import type { BenchRow } from './row';

/** The rows as a plain-text table a person reads in a terminal or pastes into a note. */
export function printTable(rows: readonly BenchRow[]): void {
  const header = ['Ukuran', 'Diukur', 'Lantai', 'Nilai', 'Bajet', 'Lulus'];
  const lines = rows.map((row) => [
    row.title,
    row.measured,
    row.floor,
    String(row.value),
    row.budget,
    row.meets ? 'YA' : 'TIDAK',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const line of lines) console.log(format(line));
}
