import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { noteNumberIssued, requireTrustedClock } from './clockGuard';
import { floorOf } from './floors';
import { SERIES, type SeriesKindName } from './kinds';

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

/** Plans and takes the next number in one go, for a series whose number is known only when taken. */
export function takeNextNumber(db: Db, kind: SeriesKindName, key: string, at: string, lowest = 1): number {
  const plan = planNext(db, kind, key, lowest);
  takeNext(db, plan, at);
  return plan.number;
}
