import { describe, expect, it } from 'vitest';
import { notBuilt, type BenchRow } from './row';
import { loadOf, median, medianOfMedians, medianOfQuantiles, quantile } from './stats';
import { tableLines } from './table';

describe('the bench statistics', () => {
  it('takes nearest-rank quantiles, whatever the order of the samples', () => {
    const samples = [5, 1, 4, 2, 3];
    expect(median(samples)).toBe(3);
    expect(quantile(samples, 0)).toBe(1);
    expect(quantile(samples, 0.95)).toBe(5);
    expect(quantile(samples, 1)).toBe(5);
    expect(quantile([], 0.5)).toBeNaN();
    expect(samples).toEqual([5, 1, 4, 2, 3]);
  });

  it('takes the median of the runs’ medians, so one slow run moves it no more than one sample', () => {
    const runs = [
      [1, 2, 3],
      [100, 200, 300],
      [2, 3, 4],
    ];
    expect(medianOfMedians(runs)).toBe(3);
    expect(medianOfQuantiles(runs, 1)).toBe(4);
  });

  it('says busy when the load passes half the cores at either end of a row', () => {
    expect(loadOf(0.4, 0.9, 2).busy).toBe(false);
    expect(loadOf(1.2, 0.3, 2).busy).toBe(true);
    expect(loadOf(0.3, 1.01, 2).busy).toBe(true);
    expect(loadOf(1.234, 0.5, 4)).toEqual({ start: 1.23, end: 0.5, cores: 4, busy: false });
  });
});

describe('the bench table', () => {
  const row: BenchRow = {
    id: 'x',
    title: 'Carian',
    measured: 'p95 1 ms',
    floor: 'LIKE 300 ms',
    value: 1,
    budget: '< 2 ms',
    meets: false,
    load: loadOf(3, 3, 2),
    data: {},
  };

  it('prints every row with its floor, figure, budget, verdict and load, and a row not built as such', () => {
    const lines = tableLines([row, notBuilt('y', 'Daftar mahkamah', '≤ 3×', 'tiada')]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(
      /Carian .*\| p95 1 ms .*\| LIKE 300 ms .*\| 1 .*\| < 2 ms .*\| TIDAK .*\| — .*\| 3 → 3 \(sibuk/,
    );
    expect(lines[3]).toMatch(/belum dibina.*BELUM DIBINA/);
  });

  it('prints a proposed budget beside the verdict, which stays the issue budget verdict', () => {
    const proposed: BenchRow = { ...row, proposal: { budget: '< 8 ms', meets: true } };
    const lines = tableLines([proposed]);
    expect(lines[0]).toMatch(/Lulus .*\| Bajet dicadangkan/);
    expect(lines[2]).toMatch(/\| < 2 ms .*\| TIDAK .*\| < 8 ms: YA .*\| 3 → 3/);
  });
});
