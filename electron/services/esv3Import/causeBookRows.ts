import type { ImportProblem, ReferenceParty } from '@shared/esv3ImportViews';
import type { ColumnMapping } from '@shared/schemas/esv3Import';
import type { CaseNumberReader } from './caseNumbers';
import type { TableRow } from './table';
import { message, type MessageKey, type MessageValues } from '@shared/errors';

export interface CauseBookRow {
  line: number;
  caseNumber: string;
  registeredOn: string | null;
  caseType: string | null;
  parties: string;
  idNumbers: string[];
}

const MYKAD = /(?<!\d)(\d{6})-?(\d{2})-?(\d{4})(?!\d)/g;

/** Identity numbers (12-digit MyKad, dashes or not) found in text, as digits. */
export function identityNumbersIn(text: string): string[] {
  return [...text.matchAll(MYKAD)].map((m) => `${m[1]}${m[2]}${m[3]}`);
}

function validDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1980 || y > 2100 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A registration date as ESV3 or Excel writes it: 2026-11-03, 3/11/2026, 03-11-2026, 3.11.2026, or an Excel serial. */
export function readDay(text: string): string | null | 'bad' {
  const t = text.trim();
  if (t === '') return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ?? 'bad';
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1])) ?? 'bad';
  if (/^\d{5}$/.test(t)) {
    const serial = Number(t);
    if (serial > 29_000 && serial < 80_000)
      return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
  }
  return 'bad';
}

/** Reads the data rows of a cause book through the mapping; refused rows are reported, repeats dropped. */
export function readCauseBookRows(
  rows: TableRow[],
  mapping: ColumnMapping,
  reader: CaseNumberReader,
  problems: ImportProblem[],
): CauseBookRow[] {
  const out: CauseBookRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const cell = (i: number | null) => (i === null ? '' : (row.cells[i] ?? ''));
    const refuse = (key: MessageKey, values?: MessageValues) =>
      problems.push({ line: row.line, reason: message(key, values) });
    const numberText = cell(mapping.caseNumber);
    if (numberText === '') {
      refuse('No. kes tiada.');
      continue;
    }
    const read = reader.read(numberText);
    if ('reason' in read) {
      problems.push({ line: row.line, reason: read.reason });
      continue;
    }
    const earlier = seen.get(read.caseNumber);
    if (earlier !== undefined) {
      refuse('{caseNumber} berulang (baris {earlier}); diabaikan.', { caseNumber: read.caseNumber, earlier });
      continue;
    }
    const parties = cell(mapping.parties).replace(/\s+/g, ' ');
    if (parties === '') {
      refuse('Nama pihak bagi {caseNumber} tiada.', { caseNumber: read.caseNumber });
      continue;
    }
    if (parties.length > 500) {
      refuse('Nama pihak bagi {caseNumber} terlalu panjang (lebih 500 aksara).', { caseNumber: read.caseNumber });
      continue;
    }
    const day = readDay(cell(mapping.registeredOn));
    if (day === 'bad') {
      refuse('Tarikh daftar "{registeredOn}" bagi {caseNumber} tidak difahami (cth. 03/11/2026).', {
        registeredOn: cell(mapping.registeredOn),
        caseNumber: read.caseNumber,
      });
      continue;
    }
    seen.set(read.caseNumber, row.line);
    const caseType = cell(mapping.caseType).slice(0, 150) || read.caseTypeCode;
    const ids = [...new Set([...identityNumbersIn(cell(mapping.idNumbers)), ...identityNumbersIn(parties)])];
    out.push({ line: row.line, caseNumber: read.caseNumber, registeredOn: day, caseType, parties, idNumbers: ids });
  }
  return out;
}

/**
 * "AHMAD BIN ALI (850101-10-5124) lwn SITI BINTI ABU" → each side's name and identity number: the one
 * written beside the name, else the cause book's identity column in party order.
 */
export function splitParties(
  parties: string,
  idNumbers: string[],
): { claimant: ReferenceParty; respondent: ReferenceParty | null } {
  const [first, ...rest] = parties.split(/\s+(?:lwn\.?|lawan|v\.?|vs\.?)\s+/i);
  const side = (text: string, fallback: string | undefined): ReferenceParty => ({
    name: text
      .replace(MYKAD, '')
      .replace(/\(\s*\)|\[\s*\]/g, '')
      .replace(/[\s,;:/-]+$/g, '')
      .trim(),
    idNumber: identityNumbersIn(text)[0] ?? fallback ?? null,
  });
  const respondentText = rest.join(' ').trim();
  const inline = new Set(identityNumbersIn(parties));
  const listed = idNumbers.filter((id) => !inline.has(id));
  const claimant = side(first ?? parties, listed[0]);
  return {
    claimant,
    respondent: respondentText === '' ? null : side(respondentText, listed[claimant.idNumber === listed[0] ? 1 : 0]),
  };
}
