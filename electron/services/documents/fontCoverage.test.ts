import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_FILE, coverageSource, toRanges } from './fontCoverage';
import { defaultFontsDir } from './render';

describe('the generated font coverage', () => {
  it('regenerating it from the shipped fonts gives the committed shared/fontCoverage.ts', () => {
    expect(coverageSource(defaultFontsDir())).toBe(readFileSync(COVERAGE_FILE, 'utf8'));
  });

  it('packs code points into inclusive ranges', () => {
    expect(toRanges([5, 3, 4, 9, 9, 11])).toEqual([3, 5, 9, 9, 11, 11]);
    expect(toRanges([])).toEqual([]);
  });
});
