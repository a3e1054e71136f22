/**
 * The handover slip (Borang Serahan Fail Eksport Penyesuaian), A4: the figures of one export as its
 * manifest states them (counts, collection totals by payment method, number ranges, audit-chain head,
 * SHA-256 of the .pgp file, the counter's device-key fingerprint), for the counter and ICT to sign when
 * the USB stick changes hands. ICT compares the SHA-256 and fingerprint with what gpg shows them.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import type { HandoverFigures } from '@shared/bundleSlips';
import type { ReceiptHeader } from '@shared/receiptViews';
import type { CustomTableLayout } from 'pdfmake/interfaces';
import { DOCUMENT_FONT, courtHeading, fieldsTable, rule, ruledLayout, signatureToFill } from './common';

const tightLayout: CustomTableLayout = { ...ruledLayout, paddingTop: () => 1, paddingBottom: () => 0.5 };
import { formatCourtDateTime } from './format';

const MARGINS: [number, number, number, number] = [40, 28, 40, 40];
const A4_CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];

/** 40 hex digits in ten groups of four, as GnuPG and Kleopatra show a fingerprint. */
export function fingerprintGroups(fingerprint: string): string {
  const groups = fingerprint.toUpperCase().match(/.{1,4}/g) ?? [];
  return `${groups.slice(0, 5).join(' ')}  ${groups.slice(5).join(' ')}`;
}

/** A SHA-256 on two lines of 32 digits, in groups of eight, so it can be read aloud and compared. */
export function hashLines(hex: string): string {
  const groups = hex.match(/.{1,8}/g) ?? [];
  return `${groups.slice(0, 4).join(' ')}\n${groups.slice(4).join(' ')}`;
}

const COUNT_LABELS: [string, string][] = [
  ['cases', 'Kes didaftarkan / direkodkan'],
  ['parties', 'Pihak'],
  ['receipts', 'Resit (semua)'],
  ['receiptsIssued', 'Resit sah'],
  ['receiptsCancelled', 'Resit batal'],
  ['receiptItems', 'Baris resit'],
  ['filings', 'Dokumen diterima'],
  ['appointments', 'Janji temu'],
  ['documents', 'Dokumen dikeluarkan'],
  ['auditEvents', 'Peristiwa audit'],
];

const section = (title: string): Content => ({ text: title, bold: true, fontSize: 9.5, margin: [0, 7, 0, 2] });
const mono = (text: string, extra: Record<string, unknown> = {}): Content => ({
  text,
  fontSize: 8.5,
  characterSpacing: 0.3,
  ...extra,
});

function countsTable(f: HandoverFigures): Content {
  // Two pairs per row keep the slip on one page.
  const body: TableCell[][] = [];
  for (let i = 0; i < COUNT_LABELS.length; i += 2) {
    const row: TableCell[] = [];
    for (const [key, label] of COUNT_LABELS.slice(i, i + 2)) {
      row.push({ text: label }, { text: String(f.counts[key] ?? 0), alignment: 'right', bold: true });
    }
    body.push(row);
  }
  return { table: { widths: ['*', 34, '*', 34], body }, layout: tightLayout };
}

function totalsTable(f: HandoverFigures): Content {
  const body: TableCell[][] = [
    [
      { text: 'Cara bayaran', bold: true },
      { text: 'Amaun (RM)', bold: true, alignment: 'right' },
    ],
  ];
  for (const [method, sen] of Object.entries(f.totals.byMethodSen)) {
    body.push([
      { text: PAYMENT_METHOD_LABELS[method as PaymentMethod] ?? method },
      { text: formatRinggit(sen), alignment: 'right' },
    ]);
  }
  body.push([
    { text: 'Jumlah kutipan (resit sah)', bold: true },
    { text: formatRinggit(f.totals.issuedSen), bold: true, alignment: 'right' },
  ]);
  body.push([
    { text: 'Resit batal (tidak dikira)' },
    { text: formatRinggit(f.totals.cancelledSen), alignment: 'right' },
  ]);
  return { table: { headerRows: 1, widths: ['*', 70], body }, layout: tightLayout };
}

function rangesTable(f: HandoverFigures): Content {
  const body: TableCell[][] = [
    [
      { text: 'Siri', bold: true },
      { text: 'Nombor pertama', bold: true },
      { text: 'Nombor terakhir', bold: true },
      { text: 'Bil.', bold: true, alignment: 'right' },
    ],
  ];
  for (const r of f.ranges.caseNumbers) {
    body.push([
      { text: `Kes ${r.scope}` },
      { text: r.first },
      { text: r.last },
      { text: String(r.count), alignment: 'right' },
    ]);
  }
  for (const r of f.ranges.receiptNumbers) {
    body.push([
      { text: `Resit ${r.series}` },
      { text: r.first },
      { text: r.last },
      { text: String(r.count), alignment: 'right' },
    ]);
  }
  if (body.length === 1) body.push([{ text: 'Tiada nombor dikeluarkan.', colSpan: 4 }, {}, {}, {}]);
  return { table: { headerRows: 1, widths: ['*', 92, 92, 22], body }, layout: tightLayout, fontSize: 7.5 };
}

export function handoverDoc(f: HandoverFigures, header: ReceiptHeader): TDocumentDefinitions {
  const content: Content[] = [
    courtHeading(header, { first: 10.5, rest: 11 }),
    rule(A4_CONTENT_WIDTH, { weight: 1.2, margin: [4, 6] }),
    { text: 'BORANG SERAHAN', bold: true, fontSize: 14, alignment: 'center' },
    {
      text: 'FAIL EKSPORT PENYESUAIAN KAUNTER SANDARAN KEPADA ICT',
      bold: true,
      fontSize: 10.5,
      alignment: 'center',
      margin: [0, 0, 0, 6],
    },
    fieldsTable(
      [
        ['Mahkamah', header.courtName],
        ['Kaunter', f.counterId],
        ['Nombor eksport', `${f.seq}`],
        [
          'Jenis eksport',
          f.final
            ? { text: 'EKSPORT AKHIR: semua rekod kaunter ini telah dimasukkan ke dalam ESV3', bold: true }
            : 'Eksport interim (rekod belum selesai dimasukkan ke dalam ESV3)',
        ],
        ['Masa eksport', formatCourtDateTime(f.exportedAt)],
        ['Dieksport oleh', f.exportedBy ?? '-'],
        ['Nama fail', f.pgpName],
        ['Saiz fail', `${f.pgpBytes.toLocaleString('en-US')} bait`],
      ],
      92,
    ),
    section('A. Semakan fail (bandingkan dengan "sha256sum" / "certutil -hashfile … SHA256")'),
    fieldsTable(
      [
        ['SHA-256 fail .pgp', mono(hashLines(f.pgpSha256), { bold: true })],
        ['Cap jari kunci peranti', mono(fingerprintGroups(f.deviceKeyFingerprint), { bold: true })],
        ['SHA-256 eksport sebelumnya', mono(f.previousSha256 ? hashLines(f.previousSha256) : '- (eksport pertama)')],
        ['Kepala rantaian audit', mono(hashLines(f.audit.head))],
        ['Panjang rantaian audit', `${f.audit.length} peristiwa`],
        [
          'Disulitkan menggunakan kunci',
          {
            stack: [
              ...f.recipients.map((r) => mono(`${fingerprintGroups(r.fingerprint)}${r.userId ? `\n${r.userId}` : ''}`)),
              ...(f.passphrase ? [{ text: 'dan frasa laluan eksport (diserahkan berasingan)' }] : []),
            ],
          },
        ],
      ],
      110,
    ),
    section('B. Bilangan rekod'),
    countsTable(f),
    {
      columns: [
        { width: 200, stack: [section('C. Jumlah kutipan mengikut cara bayaran'), totalsTable(f)] },
        { width: '*', stack: [section('D. Julat nombor'), rangesTable(f)] },
      ],
      columnGap: 12,
    },
    {
      unbreakable: true,
      stack: [
        {
          text:
            'Saya yang menyerahkan mengesahkan bahawa fail di atas dieksport dari kaunter ini; saya yang menerima ' +
            'mengesahkan bahawa SHA-256 fail yang diterima sama seperti di atas.',
          margin: [0, 10, 0, 4],
        },
        {
          columns: [
            signatureToFill('Diserahkan oleh:', { above: 24, fields: 4 }),
            signatureToFill('Diterima oleh (ICT):', { above: 24, fields: 4 }),
          ],
          columnGap: 36,
        },
      ],
    },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: {
      title: `Borang Serahan ${f.baseName}`,
      author: header.courtName,
      subject: 'Borang Serahan Fail Eksport Penyesuaian',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      creationDate: new Date(f.exportedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 8.5, lineHeight: 1.15, color: 'black' },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Borang Serahan · ${f.baseName}`, alignment: 'left' },
        { text: `Muka surat ${currentPage} / ${pageCount}`, alignment: 'right' },
      ],
      fontSize: 7.5,
      margin: [MARGINS[0], 14, MARGINS[2], 0],
    }),
    content,
  };
}
