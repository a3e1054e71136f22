import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

/**
 * This counter's row of another counter's case, once a document or a payment was received on it here
 * (source COURT_COUNTER): the court search leaves such a case to this counter's own results, and the
 * read-only view links to the row, so the case is never shown twice.
 */
export function localRowOf(ledger: Ledger, counter: string, caseId: number): number | null {
  const row = sql(ledger.db, 'SELECT id FROM cases WHERE origin_counter = ? AND origin_case_id = ?').get(
    counter,
    caseId,
  ) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Every other counter's case that has a row here, as `counter:caseId`. */
export function heldHere(ledger: Ledger): Set<string> {
  const rows = sql(
    ledger.db,
    'SELECT origin_counter AS counter, origin_case_id AS caseId FROM cases WHERE origin_counter IS NOT NULL',
  ).all() as { counter: string; caseId: number }[];
  return new Set(rows.map((r) => `${r.counter}:${r.caseId}`));
}
