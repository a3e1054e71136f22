/**
 * The official receipt (Resit Rasmi), laid out like the government's Kew. 38 / Kew. 38E: heading, No. Resit,
 * Tarikh, Diterima daripada, No. K/P, the item table (Bil | Perihal Terimaan | Cara Bayaran | No. Rujukan |
 * Amaun), JUMLAH, the amount in words, Catatan and the collector. A pure function of its inputs: the same
 * receipt gives the same definition, so the same PDF bytes (see renderPdf).
 *
 * What it depends on for an original (copy false, not cancelled) is fixed at issue: a later cancellation, a
 * replacement or the stored PDF hash never changes how the original prints.
 *
 * No "tidak memerlukan tandatangan" line: that wording belongs to receipts from a Treasury-approved system
 * (iGFMAS / iSPEKS, the Kew. 38E approval). This counter stands in for the handwritten Kew. 38 book during an
 * outage, and that book's receipts are signed by the collector, so the receipt keeps a signature line.
 */
import type { Content, TableCell, TDocumentDefinitions, Watermark } from 'pdfmake/interfaces';
import { PAYMENT_METHOD_LABELS, type ReceiptPaper } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { ReceiptHeader, ReceiptItemView, ReceiptView } from '@shared/receiptViews';
import {
  DOCUMENT_FONT,
  continuationHeader,
  courtHeading,
  fieldsTable,
  openLayout,
  orDash,
  rule,
  ruledLayout,
  stampBox,
} from './common';
import { courtDate } from '@shared/time';
import { formatCourtDateLong, formatCourtDateTime, rm } from './format';

export interface ReceiptDocOptions {
  paper: ReceiptPaper;
  /** A reprint: stamped SALINAN. */
  copy: boolean;
}

/** 80 mm in points. */
export const ROLL_80MM_WIDTH = 226.77;

const A5_MARGINS: [number, number, number, number] = [34, 22, 34, 28];
const ROLL_MARGINS: [number, number, number, number] = [12, 10, 12, 16];
/** A5 width 419.53 pt less the side margins. */
const A5_CONTENT_WIDTH = 419.53 - A5_MARGINS[0] - A5_MARGINS[2];
const ROLL_CONTENT_WIDTH = ROLL_80MM_WIDTH - ROLL_MARGINS[0] - ROLL_MARGINS[2];

/** Width of the "Diterima daripada" label column. */
const LABEL_A5 = 78;
const SIGNATURE_A5 = 120;
const LABEL_ROLL = 74;
/**
 * The Amaun column: wide enough for the largest receipt (RM 100,000,000.00, money.ts's cap), bold, on one
 * line ("100,000,000.00" is 14 characters of 8 pt Noto Sans Bold, about 57 pt, plus the cell's padding).
 */
const AMOUNT_A5 = 64;
const AMOUNT_ROLL = 62;

const PRINTED_NOTE = 'Resit ini dicetak oleh komputer. Sila simpan resit ini sebagai bukti bayaran.';

/** The "No. Rujukan" of a payment: the cheque's bank and number, or the method's own reference. */
export function paymentReference(receipt: ReceiptView): string {
  const parts = [receipt.chequeBank, receipt.methodReference].map((part) => part?.trim()).filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : '-';
}

/** The lines of "Catatan": the case, outside references, the receipt replaced, the clerk's note. */
export function remarkLines(receipt: ReceiptView): string[] {
  const lines: string[] = [];
  if (receipt.caseNumber) lines.push(`No. Kes: ${receipt.caseNumber}`);
  if (receipt.replacesReceiptNumber) lines.push(`Menggantikan resit ${receipt.replacesReceiptNumber}`);
  if (receipt.kew38Serial) lines.push(`No. siri Kew. 38: ${receipt.kew38Serial}`);
  if (receipt.igfmasRef) lines.push(`Rujukan iGFMAS: ${receipt.igfmasRef}`);
  if (receipt.ispeksRef) lines.push(`Rujukan iSPEKS: ${receipt.ispeksRef}`);
  if (receipt.note?.trim()) lines.push(receipt.note.trim());
  return lines;
}

function watermarkFor(receipt: ReceiptView, options: ReceiptDocOptions): Watermark | undefined {
  const roll = options.paper === 'ROLL_80MM';
  // An auto-height page has no height while it is laid out, so the angle and size are given, never derived.
  if (receipt.status === 'CANCELLED') {
    return { text: 'BATAL', color: 'black', opacity: 0.16, bold: true, fontSize: roll ? 64 : 110, angle: -40 };
  }
  if (options.copy) {
    return { text: 'SALINAN', color: 'black', opacity: 0.1, bold: true, fontSize: roll ? 44 : 80, angle: -40 };
  }
  return undefined;
}

function cancelledStamp(receipt: ReceiptView, roll: boolean): Content {
  const when = receipt.cancelledAt ? ` pada ${formatCourtDateTime(receipt.cancelledAt)}` : '';
  const who = receipt.cancelledBy ? ` oleh ${receipt.cancelledBy}` : '';
  const lines: Content[] = [
    { text: 'BATAL', bold: true, fontSize: 16 },
    { text: `Resit ini telah dibatalkan${when}${who}.` },
    { text: `Sebab: ${orDash(receipt.cancelReason)}` },
  ];
  if (receipt.replacedByReceiptNumber) lines.push({ text: `Digantikan oleh resit ${receipt.replacedByReceiptNumber}` });
  return stampBox(lines, { width: roll ? ROLL_CONTENT_WIDTH - 20 : A5_CONTENT_WIDTH - 60, margin: [0, 4, 0, 4] });
}

function copyStamp(roll: boolean): Content {
  return {
    table: { body: [[{ text: 'SALINAN', bold: true, fontSize: roll ? 14 : 13 }]] },
    layout: {
      hLineWidth: () => 1.5,
      vLineWidth: () => 1.5,
      paddingLeft: () => 6,
      paddingRight: () => 6,
      paddingTop: () => 1,
      paddingBottom: () => 1,
    },
  };
}

function heading(receipt: ReceiptView, header: ReceiptHeader, options: ReceiptDocOptions): Content[] {
  const roll = options.paper === 'ROLL_80MM';
  const width = roll ? ROLL_CONTENT_WIDTH : A5_CONTENT_WIDTH;
  const title: Content = { text: 'RESIT RASMI', bold: true, fontSize: roll ? 13 : 15, alignment: 'center' };
  const out: Content[] = [
    courtHeading(header, { first: roll ? 8.5 : 10, rest: roll ? 8.5 : 10.5 }, { lineHeight: 1.1 }),
    rule(width, { weight: 1.2, margin: [4, 1] }),
    rule(width, { weight: 0.4, margin: [0, 5] }),
  ];
  if (options.copy && !roll) {
    // A5: SALINAN boxed at the right of the title, the title still centred.
    out.push({
      columns: [
        { width: '*', text: '' },
        { width: 'auto', stack: [title] },
        {
          width: '*',
          columns: [
            { width: '*', text: '' },
            { width: 'auto', stack: [copyStamp(false)] },
          ],
        },
      ],
      columnGap: 6,
    });
  } else {
    out.push({ ...title, margin: [0, 0, 0, 2] });
    if (options.copy) out.push(stampBox([{ text: 'SALINAN', bold: true, fontSize: 14 }], { margin: [0, 2, 0, 4] }));
  }
  if (receipt.status === 'CANCELLED') out.push(cancelledStamp(receipt, roll));
  return out;
}

function particulars(receipt: ReceiptView, roll: boolean): Content {
  const number: Content = { text: receipt.receiptNumber, bold: true, fontSize: roll ? 10 : 12 };
  return fieldsTable(
    [
      ['No. Resit', number, roll ? 1.5 : 3],
      ['Tarikh', formatCourtDateTime(receipt.issuedAt)],
      ['Diterima daripada', { text: receipt.payerName, bold: true }],
      ['No. K/P', orDash(receipt.payerIdNumber)],
      // Paid after the day was closed: the receipt belongs to a later day's collection, and says so.
      ...(receipt.collectionDate !== courtDate(new Date(receipt.issuedAt))
        ? [['Tarikh kutipan', { text: formatCourtDateLong(receipt.collectionDate), bold: true }] as [string, Content]]
        : []),
    ],
    roll ? LABEL_ROLL : LABEL_A5,
    { margin: [0, 3, 0, 5] },
  );
}

/**
 * The A5 item table, in two parts that print as one: the head and every line but the last (a row never splits
 * across pages; the head repeats on each page a long receipt runs to), then the last line with JUMLAH and the
 * amount in words, which the caller keeps with Catatan and the signature, so no page holds a total or a
 * signature without a line it belongs to.
 */
function itemsTableA5(receipt: ReceiptView): { lines: Content; last: Content } {
  const method = PAYMENT_METHOD_LABELS[receipt.method];
  const reference = paymentReference(receipt);
  const head: TableCell[] = ['Bil.', 'Perihal Terimaan', 'Cara Bayaran', 'No. Rujukan', 'Amaun (RM)'].map(
    (text, i) => ({
      text,
      bold: true,
      alignment: i === 4 ? 'right' : i === 0 ? 'center' : 'left',
    }),
  );
  const items = receipt.items.slice(0, -1);
  const lastItem = receipt.items.at(-1);
  // One method per receipt: Cara Bayaran and No. Rujukan are written once, in cells spanning the lines; the
  // rule between the two parts is left open under them, so the span reads as running to the last line.
  const span = Math.max(1, items.length);
  // The span (its first cell and the cells under it) draws no bottom rule.
  const open = (cell: TableCell, i: number): TableCell =>
    i === 0 || i === items.length - 1
      ? ({ text: '', ...(cell as object), border: [true, true, true, false] } as TableCell)
      : cell;
  const row = (item: ReceiptItemView, method: TableCell, reference: TableCell): TableCell[] => [
    { text: String(item.line), alignment: 'center' },
    itemCell(item),
    method,
    reference,
    { text: formatRinggit(item.amountSen), alignment: 'right' },
  ];
  const rows = items.map((item, i): TableCell[] =>
    row(
      item,
      open(i === 0 ? { text: method, rowSpan: span } : {}, i),
      open(i === 0 ? { text: reference, rowSpan: span } : {}, i),
    ),
  );
  const first = items.length === 0;
  // Below the first part, the last line draws no top rule of its own: the first part's bottom rule is it.
  const joined = (cells: TableCell[]): TableCell[] =>
    first ? cells : cells.map((cell) => ({ ...(cell as object), border: [true, false, true, true] }) as TableCell);
  const lastRow: TableCell[][] = lastItem
    ? [joined(row(lastItem, { text: first ? method : '' }, { text: first ? reference : '' }))]
    : [];
  const total = totalLines(receipt).map(([label, sen, bold]): TableCell[] => [
    { text: label, bold, alignment: 'right', colSpan: 4 },
    {},
    {},
    {},
    { text: sen, bold, alignment: 'right' },
  ]);
  const words: TableCell[] = [{ text: receipt.amountInWords, bold: true, colSpan: 5 }, {}, {}, {}, {}];
  const widths = [16, '*', 50, 56, AMOUNT_A5];
  const layout = { ...ruledLayout, paddingTop: () => 1.5, paddingBottom: () => 1.5 };
  return {
    lines: { table: { headerRows: 1, dontBreakRows: true, widths, body: [head, ...rows] }, layout, fontSize: 8 },
    last: { table: { dontBreakRows: true, widths, body: [...lastRow, ...total, words] }, layout, fontSize: 8 },
  };
}

function itemsTableRoll(receipt: ReceiptView): Content {
  const head: TableCell[] = [
    { text: 'Bil.', bold: true },
    { text: 'Perihal Terimaan', bold: true },
    { text: 'Amaun (RM)', bold: true, alignment: 'right' },
  ];
  const rows: TableCell[][] = receipt.items.map((item) => [
    { text: String(item.line) },
    itemCell(item),
    { text: formatRinggit(item.amountSen), alignment: 'right' },
  ]);
  const total = totalLines(receipt).map(([label, sen, bold]): TableCell[] => [
    { text: label, bold, colSpan: 2 },
    {},
    { text: sen, bold, alignment: 'right' },
  ]);
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: [14, '*', AMOUNT_ROLL], body: [head, ...rows, ...total] },
    layout: openLayout(1),
  };
}

/**
 * What a line is for, by the fee's name as the schedule writes it (never its internal code), and for a
 * waived line the reason recorded, so a reader sees why it stands at 0.00.
 */
function itemCell(item: ReceiptItemView): TableCell {
  if (!item.exemptReason) return { text: item.description };
  return { stack: [{ text: item.description }, { text: `Dikecualikan: ${item.exemptReason}`, fontSize: 7 }] };
}

/** JUMLAH; with Bank Negara's 5-sen rounding applied, the lines' total, the rounding and what was paid. */
function totalLines(receipt: ReceiptView): [string, string, boolean][] {
  if (receipt.roundingSen === 0) return [['JUMLAH', formatRinggit(receipt.totalSen), true]];
  const sign = receipt.roundingSen > 0 ? '+' : '';
  return [
    ['Jumlah', formatRinggit(receipt.totalSen), false],
    ['Pelarasan bundaran', `${sign}${formatRinggit(receipt.roundingSen)}`, false],
    ['JUMLAH DIBAYAR', formatRinggit(receipt.totalSen + receipt.roundingSen), true],
  ];
}

function cashLines(receipt: ReceiptView): [string, string][] {
  if (receipt.method !== 'CASH' || receipt.tenderedSen === null) return [];
  const change = receipt.changeSen ?? receipt.tenderedSen - receipt.totalSen - receipt.roundingSen;
  return [
    ['Wang diterima', rm(receipt.tenderedSen)],
    ['Baki', rm(change)],
  ];
}

function collectorBlock(receipt: ReceiptView, roll: boolean): Content {
  const who = fieldsTable(
    [
      ['Dipungut oleh', receipt.issuedBy],
      ['Kaunter', receipt.counterId],
    ],
    roll ? LABEL_ROLL : LABEL_A5,
  );
  const lineWidth = roll ? 130 : SIGNATURE_A5;
  const signature: Content = {
    stack: [
      { text: '', margin: [0, roll ? 20 : 16, 0, 0] },
      rule(lineWidth, { weight: 0.5, margin: [0, 1] }),
      { text: 'Tandatangan Pemungut', fontSize: roll ? 7 : 7.5, alignment: 'center' },
    ],
  };
  // A5: the signature sits beside the collector's name; the roll is too narrow, so it goes below, to the right.
  return {
    columns: roll
      ? [
          {
            width: '*',
            stack: [
              who,
              {
                columns: [
                  { width: '*', text: '' },
                  { width: lineWidth, stack: [signature] },
                ],
              },
            ],
          },
        ]
      : [
          { width: '*', stack: [who] },
          { width: lineWidth, stack: [signature] },
        ],
    columnGap: 10,
    margin: [0, roll ? 2 : 4, 0, 0],
  };
}

function remarks(receipt: ReceiptView, roll: boolean): Content {
  const lines = remarkLines(receipt);
  return fieldsTable([['Catatan', lines.length > 0 ? { stack: lines } : '-']], roll ? LABEL_ROLL : LABEL_A5, {
    margin: [0, roll ? 0 : 6, 0, 0],
  });
}

function a5Content(receipt: ReceiptView, header: ReceiptHeader, options: ReceiptDocOptions): Content[] {
  const cash = cashLines(receipt);
  const table = itemsTableA5(receipt);
  return [
    ...heading(receipt, header, options),
    particulars(receipt, false),
    table.lines,
    {
      // The last line, JUMLAH, the words, Catatan and the collector's signature stay together on one page.
      unbreakable: true,
      stack: [
        table.last,
        ...(cash.length > 0
          ? [
              {
                text: cash.map(([label, value], i) => ({
                  text: `${i > 0 ? '      ' : ''}${label}: ${value}`,
                })),
                alignment: 'right',
                margin: [0, 4, 0, 0],
              } satisfies Content,
            ]
          : []),
        remarks(receipt, false),
        collectorBlock(receipt, false),
      ],
    },
  ];
}

function a5Footer(): Content {
  return {
    stack: [
      rule(A5_CONTENT_WIDTH, { weight: 0.4, margin: [0, 3] }),
      { text: PRINTED_NOTE, fontSize: 7, alignment: 'center' },
    ],
    margin: [A5_MARGINS[0], 0, A5_MARGINS[2], 0],
  };
}

function rollContent(receipt: ReceiptView, header: ReceiptHeader, options: ReceiptDocOptions): Content[] {
  const w = ROLL_CONTENT_WIDTH;
  const payment: [string, string][] = [
    ['Cara Bayaran', PAYMENT_METHOD_LABELS[receipt.method]],
    ...(receipt.method === 'CASH' && paymentReference(receipt) === '-'
      ? []
      : ([['No. Rujukan', paymentReference(receipt)]] as [string, string][])),
    ...cashLines(receipt),
  ];
  return [
    ...heading(receipt, header, options),
    particulars(receipt, true),
    itemsTableRoll(receipt),
    { text: receipt.amountInWords, bold: true, margin: [0, 4, 0, 4] },
    fieldsTable(payment, LABEL_ROLL),
    rule(w, { dash: true, weight: 0.5, margin: [4, 4] }),
    remarks(receipt, true),
    collectorBlock(receipt, true),
    rule(w, { dash: true, weight: 0.5, margin: [6, 3] }),
    { text: PRINTED_NOTE, fontSize: 6.5, alignment: 'center' },
  ];
}

export function receiptDoc(
  receipt: ReceiptView,
  header: ReceiptHeader,
  options: ReceiptDocOptions,
): TDocumentDefinitions {
  const roll = options.paper === 'ROLL_80MM';
  const watermark = watermarkFor(receipt, options);
  const cancelled = receipt.status === 'CANCELLED';
  const title = `Resit Rasmi ${receipt.receiptNumber}${options.copy ? ' (SALINAN)' : ''}${cancelled ? ' (BATAL)' : ''}`;
  return {
    pageSize: roll ? { width: ROLL_80MM_WIDTH, height: 'auto' } : 'A5',
    pageOrientation: 'portrait',
    pageMargins: roll ? ROLL_MARGINS : A5_MARGINS,
    info: {
      title,
      author: header.courtName,
      subject: 'Resit Rasmi',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      // Fixed by the receipt, never "now": the same receipt must give the same bytes.
      creationDate: new Date(receipt.issuedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: roll ? 8 : 8.5, lineHeight: roll ? 1.15 : 1.1, color: 'black' },
    ...(watermark ? { watermark } : {}),
    // A5: the printed-by-computer note sits in the bottom margin, so it never pushes the receipt onto a second page.
    ...(roll
      ? {}
      : {
          footer: a5Footer,
          // A long receipt's later pages say whose they are: the number and Muka surat x / y.
          header: continuationHeader(title, A5_MARGINS, { top: 8, fontSize: 7 }),
        }),
    content: roll ? rollContent(receipt, header, options) : a5Content(receipt, header, options),
  };
}
