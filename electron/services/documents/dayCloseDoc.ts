/**
 * The day-close statement (Penyata Kutipan Harian Kaunter), A4, modelled on the government
 * collector's statement: every receipt of the day (cancelled ones listed, flagged BATAL and not counted),
 * totals by payment method and by fee item, the receipt range used, cash expected against cash counted,
 * and the two signature blocks (Disediakan oleh / Disemak oleh). A day not yet closed prints as DRAF.
 */
import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PAYMENT_METHOD_LABELS, type Sen } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { DayCloseView, ReceiptHeader } from '@shared/receiptViews';
import {
  DOCUMENT_FONT,
  continuationHeader,
  courtHeading,
  fieldsTable,
  orDash,
  pageNumberLine,
  rule,
  ruledLayout,
  stampBox,
} from './common';
import { formatCourtDateLong, formatCourtDateTime, formatCourtTime, rm } from './format';

/** The summary tables: ruled like the list, a little tighter. */
const summaryLayout: CustomTableLayout = { ...ruledLayout, paddingTop: () => 1.5, paddingBottom: () => 1 };

const MARGINS: [number, number, number, number] = [36, 32, 36, 44];
const A4_CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];

/** Counted cash less expected cash, in words a statement uses: Lebihan (over), Kurangan (short). */
export function cashDifference(day: DayCloseView): { sen: Sen; label: string } | null {
  if (day.cashCountedSen === null) return null;
  const sen = day.cashCountedSen - day.cashExpectedSen;
  if (sen > 0) return { sen, label: `Lebihan ${rm(sen)}` };
  if (sen < 0) return { sen, label: `Kurangan ${rm(-sen)}` };
  return { sen, label: 'Tiada perbezaan (RM 0.00)' };
}

const head = (labels: string[], rightFrom: number): TableCell[] =>
  labels.map((text, i) => ({ text, bold: true, alignment: i >= rightFrom ? 'right' : 'left' }));

function receiptsTable(day: DayCloseView): Content {
  const body: TableCell[][] = [
    head(['Bil.', 'No. Resit', 'Masa', 'Diterima daripada', 'No. Kes', 'Cara Bayaran', 'Amaun (RM)', 'Status'], 6),
  ];
  day.receipts.forEach((r, i) => {
    const cancelled = r.status === 'CANCELLED';
    body.push([
      { text: String(i + 1) },
      { text: r.receiptNumber },
      { text: formatCourtTime(r.issuedAt) },
      {
        stack: [
          { text: r.payerName },
          ...(cancelled ? [{ text: `Sebab batal: ${orDash(r.cancelReason)}`, fontSize: 6.5 }] : []),
          ...(r.replacesReceiptNumber ? [{ text: `Menggantikan ${r.replacesReceiptNumber}`, fontSize: 6.5 }] : []),
        ],
      },
      { text: orDash(r.caseNumber) },
      { text: PAYMENT_METHOD_LABELS[r.method] },
      cancelled
        ? { text: formatRinggit(r.totalSen), alignment: 'right', decoration: 'lineThrough' }
        : { text: formatRinggit(r.totalSen), alignment: 'right' },
      cancelled ? { text: 'BATAL', bold: true } : { text: 'Sah' },
    ]);
  });
  if (day.receipts.length === 0) {
    body.push([
      { text: 'Tiada resit dikeluarkan pada tarikh ini.', colSpan: 8, alignment: 'center' },
      {},
      {},
      {},
      {},
      {},
      {},
      {},
    ]);
  }
  body.push([
    { text: 'JUMLAH KUTIPAN (tidak termasuk resit BATAL)', bold: true, colSpan: 6, alignment: 'right' },
    {},
    {},
    {},
    {},
    {},
    { text: formatRinggit(day.totalSen), bold: true, alignment: 'right' },
    { text: '' },
  ]);
  return {
    // Amaun fits RM 100,000,000.00 (money.ts's cap) in bold at 7.5 pt on one line.
    table: { headerRows: 1, dontBreakRows: true, widths: [16, 84, 24, '*', 80, 56, 60, 28], body },
    layout: ruledLayout,
    fontSize: 7.5,
  };
}

function methodTable(day: DayCloseView): Content {
  const body: TableCell[][] = [head(['Cara Bayaran', 'Bil. Resit', 'Amaun (RM)'], 1)];
  for (const m of day.byMethod) {
    body.push([
      { text: PAYMENT_METHOD_LABELS[m.method] },
      { text: String(m.count), alignment: 'right' },
      { text: formatRinggit(m.totalSen), alignment: 'right' },
    ]);
  }
  const count = day.byMethod.reduce((sum, m) => sum + m.count, 0);
  body.push([
    { text: 'Jumlah', bold: true },
    { text: String(count), bold: true, alignment: 'right' },
    { text: formatRinggit(day.totalSen), bold: true, alignment: 'right' },
  ]);
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 44, 66], body }, layout: summaryLayout };
}

function feeTable(day: DayCloseView): Content {
  // By the fee's name (the schedule's own words), never its internal code; Kuantiti counts units (8 × RM 25 is 8).
  const body: TableCell[][] = [head(['Perihal Terimaan', 'Kuantiti', 'Amaun (RM)'], 1)];
  for (const f of day.byFee) {
    body.push([
      { text: f.description },
      { text: String(f.count), alignment: 'right' },
      { text: formatRinggit(f.totalSen), alignment: 'right' },
    ]);
  }
  const total = day.byFee.reduce((sum, f) => sum + f.totalSen, 0);
  body.push([
    { text: 'Jumlah', bold: true, colSpan: 2 },
    {},
    { text: formatRinggit(total), bold: true, alignment: 'right' },
  ]);
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 40, 66], body }, layout: summaryLayout };
}

function rangeTable(day: DayCloseView): Content {
  const rows: [string, string][] = [
    ['Resit pertama', orDash(day.firstReceiptNumber)],
    ['Resit terakhir', orDash(day.lastReceiptNumber)],
    ['Bilangan resit sah', String(day.issuedCount)],
    ['Bilangan resit batal', String(day.cancelledCount)],
    ['Jumlah resit digunakan', String(day.receipts.length)],
  ];
  return {
    table: {
      widths: [100, '*'],
      body: rows.map(([label, value]): TableCell[] => [{ text: label }, { text: value, bold: true }]),
    },
    layout: summaryLayout,
  };
}

function cashTable(day: DayCloseView): Content {
  const difference = cashDifference(day);
  const rows: [string, string][] = [
    ['Tunai mengikut resit', rm(day.cashExpectedSen)],
    ['Tunai dikira', day.cashCountedSen === null ? 'Belum dikira' : rm(day.cashCountedSen)],
    ['Lebihan / Kurangan', difference ? difference.label : '-'],
    ...(day.differenceNote ? [['Catatan perbezaan', day.differenceNote] as [string, string]] : []),
    // Bank Negara's 5-sen rounding is part of the cash the receipts say was paid.
    ...(day.roundingSen !== 0
      ? [
          ['Pelarasan bundaran', `${day.roundingSen > 0 ? '+' : ''}${formatRinggit(day.roundingSen)}`] as [
            string,
            string,
          ],
        ]
      : []),
  ];
  return {
    table: {
      widths: [100, '*'],
      body: rows.map(([label, value], i): TableCell[] => [{ text: label }, { text: value, bold: i === 2 }]),
    },
    layout: summaryLayout,
  };
}

/** A day reopened and closed again says which close this statement is; the earlier ones are kept. */
function closedStatus(day: DayCloseView): string {
  if (!day.closed) return day.reopens.length > 0 ? 'Dibuka semula: belum ditutup (DRAF)' : 'Belum ditutup (DRAF)';
  if (day.version === null || day.version === 1) return 'Kaunter telah ditutup';
  const reopen = day.reopens[day.reopens.length - 1];
  return `Kaunter telah ditutup (versi ${day.version}; dibuka semula: ${reopen?.reason ?? '-'})`;
}

function signatureBlock(title: string, role: string, name: string | null, at: string | null): Content {
  return {
    stack: [
      { text: title, bold: true },
      { text: '', margin: [0, 26, 0, 0] },
      rule(200, { weight: 0.5, margin: [0, 2] }),
      { text: `(${role})`, fontSize: 7.5 },
      fieldsTable(
        [
          ['Nama', name ?? ''],
          ['Tarikh', at ? formatCourtDateTime(at) : ''],
        ],
        36,
        { margin: [0, 4, 0, 0] },
      ),
    ],
  };
}

const section = (title: string): Content => ({ text: title, bold: true, fontSize: 9, margin: [0, 8, 0, 3] });

export function dayCloseDoc(
  day: DayCloseView,
  header: ReceiptHeader,
  chainHead: string | null = null,
): TDocumentDefinitions {
  const dateLong = formatCourtDateLong(day.date);
  const draft = !day.closed;
  const content: Content[] = [
    courtHeading(header, { first: 10.5, rest: 11 }),
    rule(A4_CONTENT_WIDTH, { weight: 1.2, margin: [4, 1] }),
    rule(A4_CONTENT_WIDTH, { weight: 0.4, margin: [0, 6] }),
    {
      // An open day: DRAF boxed at the right of the title, the title still centred.
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          stack: [
            // Not "Penyata Pemungut": that is the Treasury's bank-in statement (Kew. 305), made in iSPEKS/iGFMAS
            // from this one (MALAY-REVIEW 1.8); the screens and guides use the same name.
            { text: 'PENYATA KUTIPAN HARIAN KAUNTER', bold: true, fontSize: 14 },
          ],
          alignment: 'center',
        },
        {
          width: '*',
          columns: [
            { width: '*', text: '' },
            ...(draft
              ? [
                  {
                    width: 'auto' as const,
                    stack: [stampBox([{ text: 'DRAF', bold: true, fontSize: 14 }], { margin: [0, 4, 0, 0] })],
                  },
                ]
              : []),
          ],
        },
      ],
      columnGap: 8,
      margin: [0, 0, 0, 4],
    },
    {
      columns: [
        fieldsTable(
          [
            ['Mahkamah', header.courtName],
            ['Kaunter', day.counterId],
          ],
          56,
        ),
        fieldsTable(
          [
            ['Tarikh kutipan', dateLong],
            ['Status', closedStatus(day)],
          ],
          72,
        ),
      ],
      columnGap: 16,
      margin: [0, 4, 0, 4],
    },
    section('A. Senarai resit'),
    receiptsTable(day),
    {
      unbreakable: true,
      stack: [
        {
          columns: [
            { width: '*', stack: [section('B. Ringkasan mengikut cara bayaran'), methodTable(day)] },
            {
              width: '*',
              stack: [section('C. Julat resit'), rangeTable(day), section('D. Tunai'), cashTable(day)],
            },
          ],
          columnGap: 16,
        },
      ],
    },
    { unbreakable: true, stack: [section('E. Ringkasan mengikut item fi'), feeTable(day)] },
    {
      unbreakable: true,
      stack: [
        ...(chainHead
          ? [{ text: chainHead, fontSize: 7.5, margin: [0, 8, 0, 0] as [number, number, number, number] }]
          : []),
        {
          text: 'Saya mengesahkan bahawa penyata ini dan wang yang diserahkan adalah betul.',
          margin: [0, 10, 0, 4],
        },
        {
          columns: [
            signatureBlock('Disediakan oleh:', 'Pemungut', day.preparedBy, day.preparedAt),
            signatureBlock('Disemak oleh:', 'Penyelia / Penolong Pendaftar', day.checkedBy, day.checkedAt),
          ],
          columnGap: 40,
        },
      ],
    },
  ];

  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: {
      title: `Penyata Kutipan Harian Kaunter ${day.counterId} ${day.date}`,
      author: header.courtName,
      subject: 'Penyata Kutipan Harian Kaunter',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      // Fixed by the day, never "now": the same day gives the same bytes.
      creationDate: new Date(day.checkedAt ?? day.preparedAt ?? `${day.date}T00:00:00+08:00`),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 8.5, lineHeight: 1.15, color: 'black' },
    ...(draft ? { watermark: { text: 'DRAF', color: 'black', opacity: 0.08, bold: true, fontSize: 120 } } : {}),
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Penyata Kutipan Harian · Kaunter ${day.counterId} · ${dateLong}`, alignment: 'left' },
        { text: pageNumberLine(currentPage, pageCount), alignment: 'right' },
      ],
      fontSize: 7.5,
      margin: [MARGINS[0], 14, MARGINS[2], 0],
    }),
    header: continuationHeader(`Penyata Kutipan Harian · Kaunter ${day.counterId} · ${dateLong}`, MARGINS, {
      top: 14,
    }),
    content,
  };
}
