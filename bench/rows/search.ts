import type { Ledger } from '../../electron/services/ledger/ledger';
import { searchCases } from '../../electron/services/cases/search';
import { seededRandom } from '../../electron/services/demo/random';
import type { BenchRow } from '../row';
import { median, quantile, round, timeMs } from '../stats';

export const SEARCH_P95_BUDGET_MS = 10;
export const SEARCH_SPEEDUP_BUDGET = 50;

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

export function searchRow(ledger: Ledger, queries: number, scans: number): BenchRow {
  const cases = (ledger.db.prepare('SELECT COUNT(*) AS n FROM cases').get() as { n: number }).n;
  const sample = sampleQueries(ledger, queries);
  for (const query of sample.slice(0, 20)) searchCases(ledger, { query: query.text });
  const searchMs: number[] = [];
  let misses = 0;
  for (const query of sample) {
    let found = 0;
    searchMs.push(
      timeMs(() => {
        found = searchCases(ledger, { query: query.text }).total;
      }),
    );
    if (found === 0) misses++;
  }
  const scanMs = sample.slice(0, scans).map((query) => timeMs(() => scan(ledger, query)));
  const p95 = quantile(searchMs, 0.95);
  const speedup = median(scanMs) / median(searchMs);
  return {
    id: 'search',
    title: `Carian nama / K/P / nombor kes (${cases.toLocaleString('en')} kes)`,
    measured: `p50 ${round(median(searchMs))} ms, p95 ${round(p95)} ms`,
    floor: `imbasan LIKE: p50 ${round(median(scanMs))} ms, p95 ${round(quantile(scanMs, 0.95))} ms`,
    value: round(p95),
    budget: `p95 < ${SEARCH_P95_BUDGET_MS} ms, ≥ ${SEARCH_SPEEDUP_BUDGET}× imbasan (${round(speedup, 0)}×)`,
    meets: p95 < SEARCH_P95_BUDGET_MS && speedup >= SEARCH_SPEEDUP_BUDGET && misses === 0,
    data: {
      cases,
      queries,
      misses,
      searchP50Ms: round(median(searchMs), 3),
      searchP95Ms: round(p95, 3),
      scanP50Ms: round(median(scanMs), 3),
      scanP95Ms: round(quantile(scanMs, 0.95), 3),
      speedup: round(speedup, 1),
    },
  };
}
