import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { VerifyProblem } from '../ledger/verify';
import { SERIES, SERIES_KIND_NAMES, kindPresent, type SeriesKind } from './kinds';

interface Group {
  key: string;
  n: number;
  d: number;
  lo: number;
  hi: number;
}

/** A series' recorded starts: 1 (every series may begin there) and each recorded start or jump. */
function startsOf(jumps: number[] | undefined): { start: number; recorded: boolean }[] {
  const recorded = new Set(jumps ?? []);
  const all = [...new Set([1, ...recorded])].sort((a, b) => a - b);
  return all.map((start) => ({ start, recorded: recorded.has(start) }));
}

/**
 * Fast test of one series from aggregates: each stretch from a start up to the next runs without a
 * hole from its start (a recorded stretch is never empty: its start was taken with the jump), no
 * number repeats, and the last recorded number is the highest held.
 */
function holds(db: Db, kind: SeriesKind, group: Group, last: number, jumps: number[] | undefined): boolean {
  if (group.n !== group.d || group.hi !== last) return false;
  const starts = startsOf(jumps);
  if (starts.length === 1) return group.lo === 1 && group.n === group.hi;
  const { table, where, match, params, number } = kind.held;
  const stretch = sql(
    db,
    `SELECT COUNT(*) AS n, MIN(${number}) AS lo, MAX(${number}) AS hi FROM ${table}
     WHERE (${where}) AND ${match} AND ${number} >= ? AND ${number} < ?`,
  );
  let counted = 0;
  for (let i = 0; i < starts.length; i++) {
    const { start, recorded } = starts[i] as { start: number; recorded: boolean };
    const end = starts[i + 1]?.start ?? Number.MAX_SAFE_INTEGER;
    const r = stretch.get(...params(group.key), start, end) as { n: number; lo: number | null; hi: number | null };
    if (r.n === 0 || r.lo === null || r.hi === null) {
      if (recorded) return false;
      continue;
    }
    if (r.lo !== start || r.n !== r.hi - start + 1) return false;
    counted += r.n;
  }
  return counted === group.n;
}

/** Row by row, what is wrong with a series that failed `holds`: the first repeat, hole or mismatch. */
function explain(db: Db, kind: SeriesKind, key: string, last: number, jumps: number[] | undefined): VerifyProblem {
  const { table, where, match, params, number, label } = kind.held;
  const rows = sql(
    db,
    `SELECT ${number} AS n, ${label} AS label FROM ${table} WHERE (${where}) AND ${match} ORDER BY ${number}`,
  ).iterate(...params(key)) as IterableIterator<{ n: number; label: string }>;
  const recorded = new Set(jumps ?? []);
  const ms = kind.labelMs(key);
  const en = kind.labelEn(key);
  let previous = 0;
  let previousLabel = '';
  for (const row of rows) {
    if (row.n === previous) {
      return {
        messageMs: `${ms}: nombor ${row.n} berulang (${previousLabel}, ${row.label}).`,
        messageEn: `${en}: number ${row.n} repeats (${previousLabel}, ${row.label}).`,
      };
    }
    for (const start of recorded) {
      if (start > previous && start < row.n) {
        return {
          messageMs: `${ms}: nombor ${start} hingga ${row.n - 1} tiada (sebelum ${row.label}). ${kind.goneMs}`,
          messageEn: `${en}: numbers ${start} to ${row.n - 1} are missing (before ${row.label}). ${kind.goneEn}`,
        };
      }
    }
    if (row.n !== previous + 1 && !recorded.has(row.n)) {
      return {
        messageMs: `${ms}: nombor ${previous + 1} hingga ${row.n - 1} tiada (sebelum ${row.label}). ${kind.goneMs}`,
        messageEn: `${en}: numbers ${previous + 1} to ${row.n - 1} are missing (before ${row.label}). ${kind.goneEn}`,
      };
    }
    previous = row.n;
    previousLabel = row.label;
  }
  const after = [...recorded].filter((s) => s > previous);
  if (after.length > 0 || previous !== last) {
    const from = Math.min(previous + 1, ...after);
    return {
      messageMs: `${ms}: nombor terakhir yang direkodkan ialah ${last} tetapi yang tertinggi dijumpai ialah ${previous || 'tiada'} (nombor ${from} ke atas tiada). ${kind.goneMs}`,
      messageEn: `${en}: the last number recorded is ${last} but the highest found is ${previous || 'none'} (numbers from ${from} are missing). ${kind.goneEn}`,
    };
  }
  return {
    messageMs: `${ms}: siri tidak berterusan. ${kind.goneMs}`,
    messageEn: `${en}: the series is not continuous. ${kind.goneEn}`,
  };
}

/** Every series of one kind: each held number inside a recorded series, each series continuous. */
export function checkSeriesKind(db: Db, kind: SeriesKind): VerifyProblem | null {
  if (!kindPresent(db, kind)) return null;
  const { table, where, key, groupBy, match, params, number, label, unique } = kind.held;
  const lasts = kind.lastNumbers(db);
  const jumps = kind.jumps(db);
  const groups = sql(
    db,
    `SELECT ${key} AS key, COUNT(*) AS n, ${unique ? 'COUNT(*)' : `COUNT(DISTINCT ${number})`} AS d,
       MIN(${number}) AS lo, MAX(${number}) AS hi
     FROM ${table} WHERE ${where} GROUP BY ${groupBy}`,
  ).all() as Group[];
  for (const group of groups) {
    const last = lasts.get(group.key);
    if (last === undefined) {
      const first = sql(
        db,
        `SELECT ${label} AS label FROM ${table} WHERE (${where}) AND ${match} ORDER BY ${number} LIMIT 1`,
      ).get(...params(group.key)) as { label: string };
      return {
        messageMs: `${kind.labelMs(group.key)}: ${first.label} di luar siri yang direkodkan.`,
        messageEn: `${kind.labelEn(group.key)}: ${first.label} is outside any recorded series.`,
      };
    }
    if (!holds(db, kind, group, last, jumps.get(group.key)))
      return explain(db, kind, group.key, last, jumps.get(group.key));
  }
  const held = new Set(groups.map((g) => g.key));
  for (const [seriesKey, last] of lasts) {
    if (!held.has(seriesKey)) return explain(db, kind, seriesKey, last, jumps.get(seriesKey));
  }
  return null;
}

/**
 * The continuity of every series (case numbers, receipts, appointment references, exports): no hole
 * except before a recorded start, no repeat, the recorded last number the highest. The start-up
 * check and `kaunter verify` both call this.
 */
export function checkEverySeries(db: Db): VerifyProblem | null {
  for (const name of SERIES_KIND_NAMES) {
    const problem = checkSeriesKind(db, SERIES[name]);
    if (problem) return problem;
  }
  return null;
}
