import type { Db } from '../db/open';
import type { CourtCaseHitView } from '@shared/courtFolderViews';
import { idKey } from '../cases/cases';

interface CaseRow {
  counter: string;
  caseId: number;
  caseNumber: string;
  caseTypeCode: string;
  caseTypeName: string;
  status: string;
  registeredAt: string;
}

const CASE_COLUMNS = `c.counter, c.id AS caseId, c.case_number AS caseNumber, c.case_type_code AS caseTypeCode,
  c.case_type_name AS caseTypeName, c.status, c.registered_at AS registeredAt`;

/**
 * The other counters' cases by case number (whole or its start), a party's identity number (any way it
 * is written) or a party's name (every word, in any order). Called beside the ledger's own search.
 */
export function searchCourtCases(replica: Db, query: string, limit = 50): CourtCaseHitView[] {
  const q = query.trim();
  if (q === '') return [];
  const byNumber = replica
    .prepare(
      `SELECT ${CASE_COLUMNS} FROM replica_cases c WHERE c.case_number LIKE ? ESCAPE '\\' ORDER BY c.registered_at DESC LIMIT ?`,
    )
    .all(`${q.toUpperCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`, limit) as CaseRow[];
  const key = idKey(q);
  const byId =
    key !== null && key.length >= 6
      ? (replica
          .prepare(
            `SELECT DISTINCT ${CASE_COLUMNS} FROM replica_parties p JOIN replica_cases c ON c.counter = p.counter AND c.id = p.case_id
              WHERE p.id_key = ? ORDER BY c.registered_at DESC LIMIT ?`,
          )
          .all(key, limit) as CaseRow[])
      : [];
  const words = q
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const byName = replica
    .prepare(
      `SELECT DISTINCT ${CASE_COLUMNS} FROM replica_parties p JOIN replica_cases c ON c.counter = p.counter AND c.id = p.case_id
        WHERE ${words.map(() => "lower(p.name) LIKE ? ESCAPE '\\'").join(' AND ')} ORDER BY c.registered_at DESC LIMIT ?`,
    )
    .all(...words.map((w) => `%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`), limit) as CaseRow[];
  const seen = new Set<string>();
  const hits: CaseRow[] = [];
  for (const row of [...byNumber, ...byId, ...byName]) {
    const k = `${row.counter}:${row.caseId}`;
    if (seen.has(k)) continue;
    seen.add(k);
    hits.push(row);
  }
  const parties = replica.prepare(
    'SELECT side, name, id_number AS idNumber FROM replica_parties WHERE counter = ? AND case_id = ? ORDER BY position',
  );
  return hits.slice(0, limit).map((row) => ({
    ...row,
    parties: parties.all(row.counter, row.caseId) as CourtCaseHitView['parties'],
  }));
}
