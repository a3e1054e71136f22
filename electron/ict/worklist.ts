import { stringify } from 'csv-stringify/sync';
import { rmOf, senOf } from './amounts';
import type { CsvRow } from './csv';
import { counterOf, type MergeResult } from './merge';
import type { OpenedBundle } from './openBundle';
import { neutraliseCsvCell } from './spreadsheetCells';
import { groupBy } from './tables';

/** The columns of worklist.csv, in order: what ICT re-enters into ESV3, one case a row. */
export const WORKLIST_COLUMNS = [
  'bil',
  'registered_at',
  'court_code',
  'court_name',
  'counter',
  'case_number',
  'source',
  'case_type_code',
  'case_type_name',
  'proceeding',
  'case_status',
  'parties',
  'esv3_reference',
  'amount_rm',
  'receipts',
  'filings',
  'esv3_case_number',
  'flags',
] as const;

export type WorklistRow = Record<(typeof WORKLIST_COLUMNS)[number], string>;

function partiesText(parties: readonly CsvRow[]): string {
  return parties
    .map((p) => {
      const id = p.id_number ? ` (${p.id_type} ${p.id_number})` : '';
      return `${p.role}: ${p.name}${id}`;
    })
    .join('; ');
}

function receiptText(r: CsvRow): string {
  const cancelled =
    r.status === 'CANCELLED' ? ` BATAL/CANCELLED${r.cancelled_reason ? `: ${r.cancelled_reason}` : ''}` : '';
  const outside = [
    r.kew38_serial && `Kew.38 ${r.kew38_serial}`,
    r.igfmas_ref && `iGFMAS ${r.igfmas_ref}`,
    r.ispeks_ref && `iSPEKS ${r.ispeks_ref}`,
  ]
    .filter(Boolean)
    .join(', ');
  return `${r.receipt_number} RM ${r.amount_rm} ${r.method}${outside ? ` [${outside}]` : ''}${cancelled}`;
}

function filingText(f: CsvRow): string {
  return `${f.document_type}${f.description ? ` – ${f.description}` : ''}${f.receipt_number ? ` (${f.receipt_number})` : ''}`;
}

interface Entry {
  at: number;
  counter: string;
  caseNumber: string;
  row: Omit<WorklistRow, 'bil'>;
}

function caseEntries(bundle: OpenedBundle, collided: ReadonlySet<string>): Entry[] {
  const { tables, manifest } = bundle;
  const counter = counterOf(bundle);
  const known = new Set(tables.cases.map((c) => c.case_number));
  const receiptsOf = groupBy(tables.receipts, (r) => r.case_number ?? '');
  const partiesOf = groupBy(tables.parties, (p) => p.case_number ?? '');
  const filingsOf = groupBy(tables.filings, (f) => f.case_number ?? '');
  const entry = (caseNumber: string, at: string, c: CsvRow | null): Entry => {
    const receipts = receiptsOf.get(caseNumber) ?? [];
    const issued = receipts.filter((r) => r.status !== 'CANCELLED');
    const flags = [
      collided.has(caseNumber) ? 'NOMBOR BERTEMBUNG / NUMBER COLLISION' : '',
      c ? '' : 'RESIT TANPA KES / RECEIPT WITHOUT CASE',
      c?.status === 'CANCELLED' ? 'KES DIBATALKAN / CASE CANCELLED' : '',
    ].filter(Boolean);
    return {
      at: new Date(at).getTime(),
      counter,
      caseNumber,
      row: {
        registered_at: at,
        court_code: c?.court_code || `${manifest.court.stateCode}${manifest.court.courtCode}`,
        court_name: manifest.court.name,
        counter: manifest.counter,
        case_number: caseNumber,
        source: c?.source ?? '',
        case_type_code: c?.case_type_code ?? '',
        case_type_name: c?.case_type_name ?? '',
        proceeding: c?.proceeding ?? '',
        case_status: c?.status ?? '',
        parties: partiesText(partiesOf.get(caseNumber) ?? []),
        esv3_reference: issued.map((r) => r.receipt_number).join(' '),
        amount_rm: rmOf(issued.reduce((sum, r) => sum + (senOf(r.amount_rm ?? '') ?? 0), 0)),
        receipts: receipts.map(receiptText).join('; '),
        filings: (filingsOf.get(caseNumber) ?? []).map(filingText).join('; '),
        esv3_case_number: c?.esv3_case_number ?? '',
        flags: flags.join('; '),
      },
    };
  };
  const cases = tables.cases.map((c) => entry(c.case_number ?? '', c.registered_at ?? '', c));
  const orphans = new Map<string, string>();
  for (const r of tables.receipts) {
    const n = r.case_number ?? '';
    if (!known.has(n) && !orphans.has(n)) orphans.set(n, r.issued_at ?? '');
  }
  return [...cases, ...[...orphans].map(([n, at]) => entry(n, at, null))];
}

/** Every case of the current bundles, in registration order across counters. */
export function worklistRows(merge: MergeResult): WorklistRow[] {
  const entries = merge.current.flatMap((b) => caseEntries(b, merge.collided));
  entries.sort((a, b) => a.at - b.at || a.counter.localeCompare(b.counter) || a.caseNumber.localeCompare(b.caseNumber));
  return entries.map((e, i) => ({ bil: String(i + 1), ...e.row }));
}

/**
 * worklist.csv the way the bundle's own CSVs are written: UTF-8 with BOM, CRLF, header row. It is
 * made for people to open, so a cell a spreadsheet could take as a formula starts with `'`.
 */
export function worklistCsv(rows: readonly WorklistRow[]): string {
  return stringify(
    rows.map((r) => WORKLIST_COLUMNS.map((c) => neutraliseCsvCell(r[c]))),
    { bom: true, header: true, columns: [...WORKLIST_COLUMNS], record_delimiter: 'windows' },
  );
}
