import { sql } from '../db/statements';
import type { CaseSearch } from '@shared/schemas/case';
import { addDays, courtDayStart } from '@shared/time';
import type { CaseSearchResult } from '@shared/views';
import { summaries, type CaseRow } from './cases';
import type { Ledger } from '../ledger/ledger';

/**
 * The words of a Malay name that say whose child, not who: "bin", "binti", "a/l" … They are in half of
 * all names, so as search terms they cost much and narrow nothing. Single letters ("a" of "a/l") likewise.
 */
const CONNECTORS = new Set(['bin', 'binti', 'bt', 'bte', 'bnt', 'anak', 'ak']);

/**
 * Name words as FTS5 prefix terms: "nor'ain bt ali" → "nor"* "ain"* "ali"*. Connectors and single
 * letters are left out when other words remain (a name that is only such words keeps them).
 */
export function nameQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  const telling = words.filter((w) => !CONNECTORS.has(w) && [...w].length > 1);
  return (telling.length > 0 ? telling : words).map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/**
 * A piece of a number as FTS5 terms of one phrase, the last a prefix: "024-09" → "024 09"*, so the pieces
 * follow each other as in the number ESV3 gave.
 */
export function numberPieceQuery(text: string): string | null {
  const pieces = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 6);
  if (pieces.length === 0 || !pieces.some((p) => /\d/.test(p))) return null;
  return `"${pieces.join(' ')}"*`;
}

/** The end of a prefix range over text: every string that starts with `prefix` sorts below it. */
function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}

/**
 * Finds cases by case number (prefix), the running number alone, identity number (letters and digits,
 * prefix, or its last 4 to 12 digits), a piece of the ESV3 number, party name or the lawyer's name or firm
 * (word prefixes), newest first. Each way uses its own index; the union is paged.
 */
export function searchCases(ledger: Ledger, search: CaseSearch): CaseSearchResult {
  const limit = search.limit ?? 50;
  const offset = search.offset ?? 0;
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (search.outageId) {
    where.push('c.outage_id = @outageId');
    params.outageId = search.outageId;
  }
  if (search.fromDate) {
    where.push('c.registered_at >= @from');
    params.from = courtDayStart(search.fromDate).toISOString();
  }
  if (search.toDate) {
    where.push('c.registered_at < @to');
    params.to = courtDayStart(addDays(search.toDate, 1)).toISOString();
  }
  const query = search.query;
  let union: string | null = null;
  if (query !== '') {
    const ways: string[] = [];
    const upper = query.toUpperCase();
    ways.push('SELECT id FROM cases WHERE case_number >= @numLo AND case_number < @numHi');
    params.numLo = upper;
    params.numHi = prefixEnd(upper);
    ways.push('SELECT id FROM cases WHERE esv3_case_number >= @numLo AND esv3_case_number < @numHi');
    if (/^\d{1,6}$/.test(query.trim())) {
      ways.push('SELECT id FROM cases WHERE running_number = @running');
      params.running = Number(query.trim());
    }
    const key = upper.replace(/[^A-Z0-9]/g, '');
    if (key.length >= 4) {
      ways.push('SELECT case_id FROM parties WHERE id_key >= @idLo AND id_key < @idHi');
      params.idLo = key;
      params.idHi = prefixEnd(key);
    }
    if (/^\d{4,8}$/.test(key)) {
      // The trigram index answers a suffix pattern without reading every party.
      ways.push('SELECT p.case_id FROM party_id_tails t JOIN parties p ON p.id = t.rowid WHERE t.id_key LIKE @idTail');
      params.idTail = `%${key}`;
    }
    const piece = numberPieceQuery(query);
    if (piece !== null) {
      ways.push('SELECT rowid FROM case_words WHERE case_words MATCH @piece');
      params.piece = `esv3_case_number : ${piece}`;
    }
    const names = nameQuery(query);
    if (names !== null) {
      ways.push(
        'SELECT p.case_id FROM party_names JOIN parties p ON p.id = party_names.rowid WHERE party_names MATCH @names',
      );
      params.names = names;
      ways.push('SELECT rowid FROM case_words WHERE case_words MATCH @lawyer');
      params.lawyer = `{lawyer_name lawyer_firm} : (${names})`;
    }
    union = ways.join(' UNION ');
    where.push(`c.id IN (${union})`);
  }
  const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  if (query === '') {
    // The register book's listing: the registered_at index pages it without reading the rest.
    const total = (sql(ledger.db, `SELECT COUNT(*) AS n FROM cases c ${clause}`).get(params) as { n: number }).n;
    const rows = sql(
      ledger.db,
      `SELECT c.* FROM cases c ${clause} ORDER BY c.registered_at DESC, c.id DESC LIMIT @limit OFFSET @offset`,
    ).all({ ...params, limit, offset }) as CaseRow[];
    return { total, cases: summaries(ledger, rows) };
  }
  // A search: the matches are found once (names, numbers and identity numbers each by their own index),
  // counted and paged here, and only the page's cases read.
  // Newest first by the order they were recorded here (the id), which the indexes give without reading
  // each matching case.
  // With nothing but the query to filter by, the union of the ways is the answer: sorting it needs no look-up
  // of each matching case in `cases` (hundreds for a common name).
  const matched =
    union !== null && where.length === 1
      ? `SELECT id FROM (${union}) ORDER BY 1 DESC`
      : `SELECT c.id FROM cases c ${clause} ORDER BY c.id DESC`;
  const ids = sql(ledger.db, matched).pluck().all(params) as number[];
  const page = ids.slice(offset, offset + limit);
  const pageRows =
    page.length === 0
      ? []
      : (sql(ledger.db, `SELECT * FROM cases WHERE id IN (${page.map(() => '?').join(',')})`).all(
          ...page,
        ) as CaseRow[]);
  const byId = new Map(pageRows.map((row) => [row.id, row]));
  const rows = page.map((id) => byId.get(id)).filter((row): row is CaseRow => row !== undefined);
  return { total: ids.length, cases: summaries(ledger, rows) };
}
