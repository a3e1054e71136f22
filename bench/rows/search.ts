import type { Ledger } from '../../electron/services/ledger/ledger';
import { searchCases } from '../../electron/services/cases/search';
import { seededRandom } from '../../electron/services/demo/random';
import type { BenchRow } from '../row';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow, timeMs } from '../stats';

export const SEARCH_P95_BUDGET_MS = 2;
export const SEARCH_SPEEDUP_BUDGET = 200;
/** Proposed for names instead (docs/ARCHITECTURE.md, Performance budgets); IC and case number keep the budget. */
export const SEARCH_NAME_PROPOSED_P95_MS = 8;
export const SEARCH_NAME_PROPOSED_SPEEDUP = 10;

interface Query {
  kind: 'name' | 'ic' | 'number';
  text: string;
}

/** What clerks type: a party's name, an IC number as printed, a case number; taken from the ledger itself. */
function sampleQueries(ledger: Ledger, count: number): Query[] {
  const random = seededRandom(42);
  const total = (ledger.db.prepare('SELECT MAX(id) AS n FROM parties').get() as { n: number }).n;
  const party = ledger.db.prepare(
    'SELECT p.name, p.id_number AS ic, c.case_number AS number FROM parties p JOIN cases c ON c.id = p.case_id WHERE p.id = ?',
  );
  const queries: Query[] = [];
  for (let i = 0; i < count; i++) {
    const row = party.get(1 + Math.floor(random() * total)) as { name: string; ic: string; number: string };
    const kind = (['name', 'ic', 'number'] as const)[i % 3] as Query['kind'];
    queries.push({ kind, text: kind === 'name' ? row.name : kind === 'ic' ? row.ic : row.number });
  }
  return queries;
}

/** The same questions answered by reading every row: what a register without indexes would do. */
function scan(ledger: Ledger, query: Query): number {
  const like = `%${query.text}%`;
  const sql =
    query.kind === 'number'
      ? 'SELECT COUNT(*) AS n FROM cases WHERE case_number LIKE ?'
      : query.kind === 'ic'
        ? 'SELECT COUNT(DISTINCT case_id) AS n FROM parties WHERE id_number LIKE ?'
        : 'SELECT COUNT(DISTINCT case_id) AS n FROM parties WHERE name LIKE ?';
  return (ledger.db.prepare(sql).get(like) as { n: number }).n;
}

const KINDS = ['name', 'ic', 'number'] as const;

/**
 * Each kind of query (name, IC, case number) timed over the whole sample three times, and a LIKE scan of
 * the same questions; p95 and speed-up per kind are the median over the three runs. Every kind must meet.
 */
export function searchRow(ledger: Ledger, queries: number, scans: number): BenchRow {
  const cases = (ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const sample = sampleQueries(ledger, queries);
  for (const query of sample.slice(0, 20)) searchCases(ledger, { query: query.text });
  let misses = 0;
  const per = Object.fromEntries(KINDS.map((k) => [k, { search: [] as number[][], scan: [] as number[][] }])) as Record<
    Query['kind'],
    { search: number[][]; scan: number[][] }
  >;
  for (let run = 0; run < runsOfRow(); run++) {
    for (const kind of KINDS) {
      const mine = sample.filter((q) => q.kind === kind);
      const searchMs: number[] = [];
      for (const query of mine) {
        let found = 0;
        searchMs.push(
          timeMs(() => {
            found = searchCases(ledger, { query: query.text }).total;
          }),
        );
        if (found === 0 && run === 0) misses++;
      }
      per[kind].search.push(searchMs);
      per[kind].scan.push(
        mine.slice(0, Math.max(1, Math.round(scans / KINDS.length))).map((q) => timeMs(() => scan(ledger, q))),
      );
    }
  }
  const figures = KINDS.map((kind) => {
    const p50 = medianOfMedians(per[kind].search);
    const p95 = medianOfQuantiles(per[kind].search, 0.95);
    const p99 = medianOfQuantiles(per[kind].search, 0.99);
    const scanP50 = medianOfMedians(per[kind].scan);
    return { kind, p50, p95, p99, scanP50, speedup: scanP50 / p50 };
  });
  const worstP95 = Math.max(...figures.map((f) => f.p95));
  const leastSpeedup = Math.min(...figures.map((f) => f.speedup));
  const label = { name: 'nama', ic: 'K/P', number: 'no. kes' } as const;
  return {
    id: 'search',
    title: `Carian nama / K/P / nombor kes (${cases.toLocaleString('en')} kes)`,
    measured: figures
      .map((f) => `${label[f.kind]} p50 ${round(f.p50)}, p95 ${round(f.p95)}, p99 ${round(f.p99)} ms`)
      .join('; '),
    floor: `imbasan LIKE p50: ${figures.map((f) => `${label[f.kind]} ${round(f.scanP50, 1)} ms`).join(', ')}`,
    value: round(worstP95),
    budget: `p95 < ${SEARCH_P95_BUDGET_MS} ms setiap jenis, ≥ ${SEARCH_SPEEDUP_BUDGET}× imbasan (paling kurang ${round(leastSpeedup, 0)}×)`,
    meets: worstP95 < SEARCH_P95_BUDGET_MS && leastSpeedup >= SEARCH_SPEEDUP_BUDGET && misses === 0,
    proposal: {
      budget: `nama p95 < ${SEARCH_NAME_PROPOSED_P95_MS} ms, ≥ ${SEARCH_NAME_PROPOSED_SPEEDUP}×; K/P, no. kes seperti bajet`,
      meets:
        misses === 0 &&
        figures.every((f) =>
          f.kind === 'name'
            ? f.p95 < SEARCH_NAME_PROPOSED_P95_MS && f.speedup >= SEARCH_NAME_PROPOSED_SPEEDUP
            : f.p95 < SEARCH_P95_BUDGET_MS && f.speedup >= SEARCH_SPEEDUP_BUDGET,
        ),
    },
    data: {
      cases,
      queries,
      misses,
      ...Object.fromEntries(
        figures.flatMap((f) => [
          [`${f.kind}P50Ms`, round(f.p50, 3)],
          [`${f.kind}P95Ms`, round(f.p95, 3)],
          [`${f.kind}P99Ms`, round(f.p99, 3)],
          [`${f.kind}ScanP50Ms`, round(f.scanP50, 3)],
          [`${f.kind}Speedup`, round(f.speedup, 1)],
        ]),
      ),
      worstP95Ms: round(worstP95, 3),
      leastSpeedup: round(leastSpeedup, 1),
    },
  };
}
