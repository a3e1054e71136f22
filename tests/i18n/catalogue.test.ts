import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../../renderer/src/i18n/english';
import { MALAY } from '../../renderer/src/i18n/strings';

const STRINGS = { ms: MALAY, en: ENGLISH.strings };

/** Sample arguments for a catalogue function: what it is called with on screen. */
const SAMPLE_ARGS = ['05005-024-0001-2026', 3, 12, true];

/** Every leaf of a catalogue tree by its path, e.g. `ms.register.addParty`. */
function leaves(tree: unknown, path: string, out = new Map<string, unknown>()): Map<string, unknown> {
  if (typeof tree === 'string' || typeof tree === 'function') out.set(path, tree);
  else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) leaves(value, `${path}.${key}`, out);
  } else out.set(path, tree);
  return out;
}

describe('screen catalogues', () => {
  const malay = leaves(STRINGS.ms, 'strings');
  const english = leaves(STRINGS.en, 'strings');

  it('English has exactly the keys Malay has', () => {
    const missing = [...malay.keys()].filter((key) => !english.has(key));
    const extra = [...english.keys()].filter((key) => !malay.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('no string is empty and every function takes the same parameters and gives a non-empty string', () => {
    const problems: string[] = [];
    for (const [key, ms] of malay) {
      const en = english.get(key);
      if (typeof ms !== typeof en) problems.push(`${key}: ${typeof ms} in Malay, ${typeof en} in English`);
      for (const [language, value] of [
        ['ms', ms],
        ['en', en],
      ] as const) {
        if (typeof value === 'string' && value.trim() === '') problems.push(`${key} (${language}) is empty`);
        if (typeof value === 'function') {
          const fn = value as (...args: unknown[]) => unknown;
          const text = fn(...SAMPLE_ARGS.slice(0, fn.length));
          if (typeof text !== 'string' || text.trim() === '') problems.push(`${key} (${language}) gives no text`);
          if (typeof ms === 'function' && fn.length !== ms.length) problems.push(`${key}: parameters differ`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('English is not Malay copied over: most strings differ', () => {
    const same = [...malay].filter(([key, value]) => typeof value === 'string' && english.get(key) === value);
    const strings = [...malay.values()].filter((value) => typeof value === 'string');
    expect(same.length / strings.length).toBeLessThan(0.1);
  });
});

describe('dates the ledger writes out', () => {
  it('read in English with Gregorian months and days in English and the Hijri month as the court spells it', () => {
    const text = 'Isnin, 2 Disember 2026 bersamaan 1 Jamadilakhir 1448H';
    expect(STRINGS.ms.msDomain.courtDate(text)).toBe(text);
    expect(STRINGS.en.msDomain.courtDate(text)).toBe('Monday, 2 December 2026 = 1 Jamadilakhir 1448H');
    expect(STRINGS.en.msDomain.courtDate('Rabu, 4 Mac 2026')).toBe('Wednesday, 4 March 2026');
  });
});

describe('components take their words from useStrings()', () => {
  const root = join(import.meta.dirname, '..', '..', 'renderer', 'src');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('no file outside renderer/src/i18n imports a Malay catalogue directly', () => {
    expect(files(root).length).toBeGreaterThan(50);
    const direct = files(root)
      .filter((file) => !relative(root, file).startsWith('i18n'))
      .filter((file) => /from '(\.\.\/)+i18n\/ms\w*'/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(direct).toEqual([]);
  });
});
