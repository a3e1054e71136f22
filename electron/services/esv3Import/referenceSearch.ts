import type { ReferenceCaseView } from '@shared/esv3ImportViews';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { requireCourtConfig } from '../court/court';
import { caseNumberReader } from './caseNumbers';
import { splitParties } from './causeBookRows';

interface Row {
  caseNumber: string;
  registeredOn: string | null;
  caseType: string | null;
  parties: string;
  idNumbers: string;
  fileName: string;
  importedAt: string;
}

/** Words of a look-up, upper case; an identity number (12 digits) loses its dashes. */
function terms(query: string): string[] {
  return query
    .toUpperCase()
    .split(/\s+/)
    .map((w) => (/^\d{6}-\d{2}-\d{4}$/.test(w) ? w.replace(/-/g, '') : w))
    .filter((w) => w.length > 0)
    .slice(0, 6);
}

/** Cases of ESV3's imported cause book whose number, party names or identity numbers hold every word. */
export function searchReferenceCases(ledger: Ledger, query: string, limit = 10): ReferenceCaseView[] {
  const words = terms(query);
  if (words.length === 0) return [];
  const where = words.map((_, i) => `r.search_text LIKE @w${i} ESCAPE '\\'`).join(' AND ');
  const params = Object.fromEntries(words.map((w, i) => [`w${i}`, `%${w.replace(/[\\%_]/g, '\\$&')}%`]));
  const rows = sql(
    ledger.db,
    `SELECT r.case_number AS caseNumber, r.registered_on AS registeredOn, r.case_type AS caseType, r.parties,
            r.id_numbers AS idNumbers, i.file_name AS fileName, i.imported_at AS importedAt
       FROM esv3_cause_book r JOIN esv3_cause_book_imports i ON i.id = r.import_id
      WHERE ${where} ORDER BY r.registered_on DESC, r.case_number LIMIT ${Math.min(limit, 50)}`,
  ).all(params) as Row[];
  const reader = caseNumberReader(requireCourtConfig(ledger), 9999);
  return rows.map((r) => {
    const idNumbers = r.idNumbers === '' ? [] : r.idNumbers.split(' ');
    const read = reader.read(r.caseNumber);
    return {
      caseNumber: r.caseNumber,
      registeredOn: r.registeredOn,
      caseType: r.caseType,
      caseTypeCode: 'reason' in read ? null : read.caseTypeCode,
      parties: r.parties,
      ...splitParties(r.parties, idNumbers),
      idNumbers,
      source: { fileName: r.fileName, importedAt: r.importedAt },
    };
  });
}
