import type { Db } from '../db/open';
import { floorOf as seriesFloorOf, raiseFloor as seriesRaiseFloor } from './floors';

/**
 * The floor keys as the case and receipt series first named them; the mechanism is series/floors.ts.
 * Kept so callers that name a floor by its full key keep working.
 */
export const caseFloorKey = (scopeKey: string): string => `case:${scopeKey}`;
export const receiptFloorKey = (counterId: string, year: number): string => `receipt:${counterId}:${year}`;

function split(seriesKey: string): { kind: 'case' | 'receipt'; key: string } {
  const at = seriesKey.indexOf(':');
  return { kind: seriesKey.slice(0, at) as 'case' | 'receipt', key: seriesKey.slice(at + 1) };
}

/** The lowest number the series may hand out next (0: no floor). */
export function floorOf(db: Db, seriesKey: string): number {
  const { kind, key } = split(seriesKey);
  return seriesFloorOf(db, kind, key);
}

/** Raises a series' floor (never lowers it). Call inside the action's transaction. */
export function raiseFloor(db: Db, seriesKey: string, next: number, reason: string, at: string): void {
  const { kind, key } = split(seriesKey);
  seriesRaiseFloor(db, kind, key, next, reason, at);
}
