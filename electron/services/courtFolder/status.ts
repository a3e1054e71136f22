import type { Db } from '../db/open';
import type { Ledger } from '../ledger/ledger';
import { sql } from '../db/statements';
import { courtProblems, type CourtProblem } from './replica';

/** One counter of the court as this counter sees it. */
export interface CounterStatus {
  counter: string;
  /** This counter itself: what it has published; another: what has been read of it. */
  own: boolean;
  segments: number;
  lastSeq: number;
  lastEventAt: string | null;
  /** When its last segment was read here (own: when it was published). */
  lastArrivedAt: string | null;
  problems: CourtProblem[];
}

export function courtStatus(ledger: Ledger, replica: Db, ownCounter: string, enrolled: string[]): CounterStatus[] {
  const own = sql(
    ledger.db,
    `SELECT COUNT(*) AS segments, MAX(last_seq) AS lastSeq, MAX(published_at) AS lastArrivedAt FROM court_segments`,
  ).get() as { segments: number; lastSeq: number | null; lastArrivedAt: string | null };
  const lastOwnAt =
    own.lastSeq === null
      ? null
      : ((sql(ledger.db, 'SELECT at FROM audit_events WHERE seq = ?').pluck().get(own.lastSeq) as string | undefined) ??
        null);
  const problems = courtProblems(replica);
  const others = replica
    .prepare(
      `SELECT counter, COUNT(*) AS segments, MAX(last_seq) AS lastSeq, MAX(last_event_at) AS lastEventAt,
              MAX(read_at) AS lastArrivedAt
         FROM replica_segments GROUP BY counter`,
    )
    .all() as { counter: string; segments: number; lastSeq: number; lastEventAt: string; lastArrivedAt: string }[];
  const byCounter = new Map(others.map((o) => [o.counter, o]));
  const names = [...new Set([...enrolled, ...others.map((o) => o.counter), ...problems.map((p) => p.counter)])]
    .filter((c) => c !== ownCounter)
    .sort();
  return [
    {
      counter: ownCounter,
      own: true,
      segments: own.segments,
      lastSeq: own.lastSeq ?? 0,
      lastEventAt: lastOwnAt,
      lastArrivedAt: own.lastArrivedAt,
      problems: [],
    },
    ...names.map((counter) => {
      const o = byCounter.get(counter);
      return {
        counter,
        own: false,
        segments: o?.segments ?? 0,
        lastSeq: o?.lastSeq ?? 0,
        lastEventAt: o?.lastEventAt ?? null,
        lastArrivedAt: o?.lastArrivedAt ?? null,
        problems: problems.filter((p) => p.counter === counter),
      };
    }),
  ];
}
