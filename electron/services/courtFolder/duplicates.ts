import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { idKey } from '../cases/cases';

/** A case another counter of the court registered that looks like the one about to be registered here. */
export interface CourtDuplicate {
  counter: string;
  caseNumber: string;
  name: string;
}

/**
 * The other counters' cases (from the replica: verified segments only) of `caseTypeCode` registered
 * since `since` (this counter's outage began) with a party of the same MyKad as one of `parties`.
 */
export function courtDuplicates(
  replica: Db,
  caseTypeCode: string,
  parties: { idType: string; idNumber: string | null }[],
  since: string,
): CourtDuplicate[] {
  const keys = [...new Set(parties.filter((p) => p.idType === 'MYKAD').flatMap((p) => idKey(p.idNumber) ?? []))];
  if (keys.length === 0) return [];
  // Compiled once per connection and number of MyKads (a party or two): each registration asks.
  return sql(
    replica,
    `SELECT DISTINCT c.counter, c.case_number AS caseNumber, p.name FROM replica_parties p
         JOIN replica_cases c ON c.counter = p.counter AND c.id = p.case_id
        WHERE p.id_type = 'MYKAD' AND p.id_key IN (${keys.map(() => '?').join(', ')})
          AND c.case_type_code = ? AND c.status = 'REGISTERED' AND c.source <> 'COURT_COUNTER' AND c.registered_at >= ?
        ORDER BY c.registered_at, c.counter, c.case_number`,
  ).all(...keys, caseTypeCode, since) as CourtDuplicate[];
}
