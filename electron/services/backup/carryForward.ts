import type { Db } from '../db/open';
import { openDatabase } from '../db/open';
import { raiseFloor } from '../series/floors';
import { SERIES_KIND_NAMES, type SeriesKindName } from '../series/kinds';
import { highestIssuedOf } from '../series/series';

export interface LostRange {
  /** The series as the counter names it: '024/2026', 'K1/2026', 'eksport'. */
  series: string;
  first: number;
  last: number;
}

/** Numbers the set-aside ledger handed out that the restored one does not hold, per kind of series. */
export interface LostNumbers {
  /** False when the set-aside database could not be read (then nothing is known, nothing raised). */
  readable: boolean;
  cases: LostRange[];
  receipts: LostRange[];
  appointments: LostRange[];
  exports: LostRange[];
}

const LIST_OF: Record<SeriesKindName, Exclude<keyof LostNumbers, 'readable'>> = {
  case: 'cases',
  receipt: 'receipts',
  appointment: 'appointments',
  export: 'exports',
};

export const unreadableAside = (): LostNumbers => ({
  readable: false,
  cases: [],
  receipts: [],
  appointments: [],
  exports: [],
});

const shownAs = (kind: SeriesKindName, key: string): string => (kind === 'export' ? 'eksport' : key.replace(':', '/'));

/**
 * After a restore: every series (case numbers, receipts, appointment references, the export sequence)
 * continues above the highest number the set-aside ledger had handed out, so a number already given to
 * the public is never given again. Call inside one transaction on the restored ledger (the incoming
 * database, before it takes the ledger's place).
 */
export function carryNumbersForward(restored: Db, asideFile: string, at: string): LostNumbers {
  let aside: Db;
  try {
    aside = openDatabase(asideFile, { readonly: true });
  } catch {
    return unreadableAside();
  }
  let theirs: Map<string, number>[];
  try {
    theirs = SERIES_KIND_NAMES.map((kind) => highestIssuedOf(aside, kind));
  } catch {
    return unreadableAside();
  } finally {
    aside.close();
  }
  const lost: LostNumbers = { readable: true, cases: [], receipts: [], appointments: [], exports: [] };
  SERIES_KIND_NAMES.forEach((kind, i) => {
    const here = highestIssuedOf(restored, kind);
    for (const [key, last] of theirs[i] ?? []) {
      const mine = here.get(key) ?? 0;
      if (last > mine) {
        raiseFloor(restored, kind, key, last + 1, 'restore', at);
        lost[LIST_OF[kind]].push({ series: shownAs(kind, key), first: mine + 1, last });
      }
    }
  });
  return lost;
}
