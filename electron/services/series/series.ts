import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { noteNumberIssued, requireTrustedClock } from './clockGuard';
import { floorOf, floorsOf } from './floors';
import { kindPresent, SERIES, tablesPresent, type SeriesKindName } from './kinds';

/** The next number of one series, as planned; `takeNext` makes it the series' own. */
export interface SeriesPlan {
  kind: SeriesKindName;
  key: string;
  number: number;
  /** The lowest number the caller allowed (a case series' block start). */
  lowest: number;
  /** True when the number starts the series or jumps past numbers it will never hand out. */
  jump: boolean;
}

/**
 * The next number of a series: one past its last, never below `lowest`, and never below its floor
 * (numbers handed out before a restore that this ledger no longer holds). Reads only.
 */
export function planNext(db: Db, kind: SeriesKindName, key: string, lowest = 1): SeriesPlan {
  const last = SERIES[kind].lastOf(db, key);
  const number = Math.max(last + 1, lowest, floorOf(db, kind, key));
  return { kind, key, number, lowest, jump: last === 0 || number !== last + 1 };
}

export interface TakeOptions {
  /** The caller ran the clock guard when it planned (an export, whose files are written in between). */
  clockChecked?: boolean;
}

/**
 * Takes a planned number for good, inside the issuing transaction: the clock guard first (no number
 * with a date before the last record or in another year than the last number, unless a supervisor
 * confirmed the date), then the series' last number and, for a start or a jump, its segment.
 */
export function takeNext(db: Db, plan: SeriesPlan, at: string, options: TakeOptions = {}): void {
  const fresh = planNext(db, plan.kind, plan.key, plan.lowest);
  if (fresh.number !== plan.number) {
    throw new AppError('CONFLICT', 'Nombor siri telah berubah sejak dirancang. Cuba lagi.');
  }
  if (options.clockChecked !== true) requireTrustedClock(db, at);
  const kind = SERIES[plan.kind];
  kind.recordLast(db, plan.key, plan.number);
  if (plan.jump) kind.recordJump(db, plan.key, plan.number, at);
  noteNumberIssued(db, at);
}

/**
 * The highest number a series has handed out: its last, or just below its floor (numbers a ledger this
 * one replaced had handed out). 0: none yet. What a lower figure must not undercut (an ESV3 import).
 */
export function highestIssued(db: Db, kind: SeriesKindName, key: string): number {
  return Math.max(SERIES[kind].lastOf(db, key), floorOf(db, kind, key) - 1);
}

/**
 * `highestIssued` of every series of a kind, read from any ledger file: one that predates the kind or
 * the floors (an older backup, a set-aside file) has none of them.
 */
export function highestIssuedOf(db: Db, kind: SeriesKindName): Map<string, number> {
  const out = new Map<string, number>();
  if (!kindPresent(db, SERIES[kind])) return out;
  for (const [key, last] of SERIES[kind].lastNumbers(db)) out.set(key, last);
  if (!tablesPresent(db, ['number_floors'])) return out;
  for (const [key, floor] of floorsOf(db, kind)) out.set(key, Math.max(out.get(key) ?? 0, floor - 1));
  return out;
}
