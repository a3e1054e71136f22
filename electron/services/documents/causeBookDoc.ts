/**
 * The cause book (buku kausa): the register of cases for a day, a week or a month, A4 landscape, in the
 * columns of the court's paper book: No. Kes, Tarikh Daftar, Jenis Kes, Pihak-pihak, No. Resit, Amaun,
 * Tarikh Sebutan, Catatan. The whole court's book adds Kaunter (who registered the case) after No. Kes,
 * and says above the table up to when each counter's records are included.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Sen } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import { DOCUMENT_FONT, continuationHeader, orDash, pageNumberLine, ruledLayout, withStateTitle } from './common';

export interface CauseBookRow {
  caseNumber: string;
  /** The counter that registered it: the whole court's book only. */
  counter?: string;
  /** "28/11/2026 10:15" */
  registeredAt: string;
  caseType: string;
  /** One line per party: "Plaintif: Nama (No. K/P …)". */
  parties: string[];
  receiptNumbers: string[];
  amountSen: Sen;
  /** "5/10/2026 9.00 pagi, Dewan Bicara 1 (Sebutan)", or null. */
  hearing: string | null;
  remarks: string[];
}

export interface CauseBookData {
  courtName: string;
  stateName: string;
  /** "Hari: Sabtu, 28 November 2026 bersamaan 17 Jamadilakhir 1448H" */
  periodLine: string;
  printedLine: string;
  rows: CauseBookRow[];
  totalSen: Sen;
  /** Fixed in the PDF so the same book renders to the same bytes. */
  generatedAt: string;
  /** The whole court's book: its counters, what is included of each, and the problems that cut one short. */
  court?: CourtCoverage;
}

export interface CourtCoverage {
  counters: string[];
  /** One line per counter: "Kaunter K1: rekod hingga … (segmen terakhir tiba …)". */
  included: string[];
  /** Empty when every counter read cleanly; else a warning line and one line per problem. */
  warnings: string[];
}

const MARGINS: [number, number, number, number] = [28, 28, 28, 36];

const HEADERS = [
  'Bil.',
  'No. Kes',
  'Tarikh Daftar',
  'Jenis Kes',
  'Pihak-pihak',
  'No. Resit',
  'Amaun (RM)',
  'Tarikh Sebutan',
  'Catatan',
];

const WIDTHS = [20, 92, 58, 90, '*', 96, 66, 84, 68];
/** The whole court's: Kaunter after No. Kes, taken from the parties' width. */
const COURT_HEADERS = [...HEADERS.slice(0, 2), 'Kaunter', ...HEADERS.slice(2)];
const COURT_WIDTHS = [...WIDTHS.slice(0, 2), 36, ...WIDTHS.slice(2)];

function coverageBlock(court: CourtCoverage): Content[] {
  const blocks: Content[] = [
    { text: `Seluruh mahkamah: Kaunter ${court.counters.join(', ')}`, alignment: 'center', bold: true },
    {
      stack: [{ text: 'Rekod yang disertakan:', bold: true }, ...court.included.map((line) => ({ text: line }))],
      margin: [0, 4, 0, 4],
    },
  ];
  if (court.warnings.length > 0) {
    const [first, ...rest] = court.warnings;
    blocks.push({
      table: {
        widths: ['*'],
        body: [[{ stack: [{ text: first ?? '', bold: true }, ...rest.map((line) => ({ text: line }))] }]],
      },
      layout: ruledLayout,
      margin: [0, 0, 0, 6],
    });
  }
  return blocks;
}

export function causeBookDoc(data: CauseBookData): TDocumentDefinitions {
  const court = data.court;
  const headers = court ? COURT_HEADERS : HEADERS;
  const amountAt = headers.indexOf('Amaun (RM)');
  const body: TableCell[][] = [
    headers.map((text, i) => ({ text, bold: true, alignment: i === amountAt ? 'right' : 'left' })),
  ];
  data.rows.forEach((row, i) => {
    body.push([
      { text: String(i + 1) },
      { text: row.caseNumber, bold: true },
      ...(court ? [{ text: row.counter ?? '-' }] : []),
      { text: row.registeredAt },
      { text: row.caseType },
      { stack: row.parties.map((p) => ({ text: p })) },
      { stack: row.receiptNumbers.length > 0 ? row.receiptNumbers.map((r) => ({ text: r })) : [{ text: '-' }] },
      { text: formatRinggit(row.amountSen), alignment: 'right' },
      { text: orDash(row.hearing) },
      { stack: row.remarks.length > 0 ? row.remarks.map((r) => ({ text: r })) : [{ text: '' }] },
    ]);
  });
  const blanks = (n: number): TableCell[] => Array.from({ length: n }, () => ({}));
  if (data.rows.length === 0) {
    body.push([
      { text: 'Tiada kes didaftarkan dalam tempoh ini.', colSpan: headers.length, alignment: 'center' },
      ...blanks(headers.length - 1),
    ]);
  }
  body.push([
    { text: `Jumlah: ${data.rows.length} kes`, colSpan: amountAt, bold: true },
    ...blanks(amountAt - 1),
    { text: formatRinggit(data.totalSen), bold: true, alignment: 'right' },
    { text: '', colSpan: headers.length - amountAt - 1 },
    ...blanks(headers.length - amountAt - 2),
  ]);
  const content: Content[] = [
    { text: 'BUKU KAUSA', bold: true, fontSize: 14, alignment: 'center' },
    { text: data.courtName.toUpperCase(), bold: true, alignment: 'center' },
    { text: withStateTitle(data.stateName.toUpperCase(), data.stateName), alignment: 'center', margin: [0, 0, 0, 4] },
    { text: data.periodLine, alignment: 'center', margin: [0, 0, 0, court ? 2 : 8] },
    ...(court ? coverageBlock(court) : []),
    {
      // A case's row never splits across pages and the head repeats, so every page begins with a Bil and a
      // No. Kes; Amaun is wide enough for RM 100,000,000.00 in bold (the cap of money.ts).
      table: { headerRows: 1, dontBreakRows: true, widths: court ? COURT_WIDTHS : WIDTHS, body },
      layout: ruledLayout,
    },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGINS,
    info: {
      title: `Buku Kausa${court ? ' Seluruh Mahkamah' : ''} ${data.periodLine}`,
      author: data.courtName,
      subject: 'Buku Kausa',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      creationDate: new Date(data.generatedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 8, lineHeight: 1.15, color: 'black' },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Buku Kausa · ${data.printedLine}`, alignment: 'left' },
        { text: pageNumberLine(currentPage, pageCount), alignment: 'right' },
      ],
      fontSize: 7.5,
      margin: [MARGINS[0], 12, MARGINS[2], 0],
    }),
    // Later pages say which book they belong to: its period, and Muka surat x / y.
    header: continuationHeader(`Buku Kausa · ${data.courtName} · ${data.periodLine}`, MARGINS, { top: 12 }),
    content,
  };
}
