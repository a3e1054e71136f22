import { stringify } from 'csv-stringify/sync';
import { NOTICE_KIND } from '../services/recovery/worklist';
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
  // From here on: what re-keying needs that the cells above leave out (format v3; empty for older bundles).
  'sop_option',
  'esv2_receipt_number',
  'party_details',
  'fee_lines',
  'payment_details',
  'hearings',
  'appointments',
  'overrides',
  'notices',
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

/** Each party with everything ESV3 asks for: `ROLE name (ID_TYPE number) — warganegara/nationality IDN — address — tel phone`. */
function partyDetailsText(parties: readonly CsvRow[]): string {
  return parties
    .map((p) =>
      [
        `${p.role}: ${p.name}${p.id_number ? ` (${p.id_type} ${p.id_number})` : p.id_type ? ` (${p.id_type})` : ''}`,
        p.nationality ? `warganegara/nationality: ${p.nationality}` : '',
        p.address ? `alamat/address: ${p.address}` : '',
        p.phone ? `tel ${p.phone}` : '',
        p.id_warnings ? `amaran ID/ID warning: ${p.id_warnings}` : '',
      ]
        .filter(Boolean)
        .join(' — '),
    )
    .join(' | ');
}

/** A fee line: `receipt #line CODE description × qty @ unit = amount`, typed amounts and waivers said. */
function feeLineText(item: CsvRow): string {
  const unit = item.unit_rm ? ` @ RM ${item.unit_rm}` : '';
  const typed = item.amount_typed === '1' ? ' [AMAUN DITAIP/TYPED AMOUNT]' : '';
  const exempt = item.exempt_reason ? ` [DIKECUALIKAN/WAIVED: ${item.exempt_reason}]` : '';
  return `${item.receipt_number} #${item.line} ${item.fee_code} ${item.description} × ${item.quantity}${unit} = RM ${item.amount_rm}${typed}${exempt}`;
}

/** How a receipt was paid: method, cheque bank and number, money received and the cash rounding. */
function paymentText(r: CsvRow): string {
  const parts = [
    [r.method, r.cheque_bank, r.method_reference].filter(Boolean).join(' '),
    r.received_rm ? `diterima/received RM ${r.received_rm}` : '',
    r.rounding_rm && senOf(r.rounding_rm) !== 0 ? `bundar/rounding ${r.rounding_rm}` : '',
    r.payer_id_number ? `pembayar/payer ${r.payer_name} (${r.payer_id_number})` : '',
  ];
  return `${r.receipt_number}: ${parts.filter(Boolean).join(', ')}`;
}

function hearingText(h: CsvRow): string {
  const outside = h.override_reason
    ? ` [LUAR PERATURAN/OUT OF RULE: ${h.override_reason}; lulus/approved: ${h.override_by ?? ''}]`
    : '';
  return `${h.kind} ${h.hearing_date} ${h.hearing_time} ${h.room}${outside}`;
}

function appointmentText(a: CsvRow): string {
  const session = a.session ? ` ${a.session} ${a.session_start}–${a.session_end}` : '';
  return `${a.reference} ${a.appointment_date}${session} ${a.status}`;
}

function overrideText(o: CsvRow): string {
  const who = [o.by, o.approved_by ? `lulus/approved: ${o.approved_by}` : ''].filter(Boolean).join('; ');
  return `${o.kind} ${o.reference}: ${o.reason}${who ? ` (${who})` : ''}`;
}

function noticeText(d: CsvRow): string {
  const state = d.superseded_by
    ? ` DIGANTI/SUPERSEDED → ${d.superseded_by}`
    : d.status === 'CANCELLED'
      ? ' BATAL/CANCELLED'
      : '';
  return `${d.reference} (${d.issued_at})${state}`;
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
  const itemsOf = groupBy(tables.receiptItems, (i) => i.receipt_number ?? '');
  const hearingsOf = groupBy(tables.hearings, (h) => h.case_number ?? '');
  const appointmentsOf = groupBy(tables.appointments, (a) => a.case_number ?? '');
  const overridesOf = groupBy(tables.overrides, (o) => o.case_number ?? '');
  const noticesOf = groupBy(
    tables.documents.filter((d) => d.kind === NOTICE_KIND),
    (d) => d.case_number ?? '',
  );
  const entry = (caseNumber: string, at: string, c: CsvRow | null): Entry => {
    const receipts = receiptsOf.get(caseNumber) ?? [];
    const issued = receipts.filter((r) => r.status !== 'CANCELLED');
    const notices = noticesOf.get(caseNumber) ?? [];
    const flags = [
      collided.has(caseNumber) ? 'NOMBOR BERTEMBUNG / NUMBER COLLISION' : '',
      c ? '' : 'RESIT TANPA KES / RECEIPT WITHOUT CASE',
      c?.status === 'CANCELLED' ? 'KES DIBATALKAN / CASE CANCELLED' : '',
      notices.some((d) => d.superseded_by) ? 'NOTIS DIGANTI / NOTICE SUPERSEDED' : '',
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
        sop_option: c?.sop_option ?? '',
        esv2_receipt_number: c?.esv2_receipt_number ?? '',
        party_details: partyDetailsText(partiesOf.get(caseNumber) ?? []),
        fee_lines: issued.flatMap((r) => (itemsOf.get(r.receipt_number ?? '') ?? []).map(feeLineText)).join(' | '),
        payment_details: issued.map(paymentText).join(' | '),
        hearings: (hearingsOf.get(caseNumber) ?? []).map(hearingText).join('; '),
        appointments: (appointmentsOf.get(caseNumber) ?? []).map(appointmentText).join('; '),
        overrides: (overridesOf.get(caseNumber) ?? []).map(overrideText).join(' | '),
        notices: notices.map(noticeText).join('; '),
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
