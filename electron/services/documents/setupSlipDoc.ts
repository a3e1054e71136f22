/**
 * The setup slip (Slip Persediaan Kaunter), A4: the counter's device-key fingerprint for ICT to keep,
 * so that a bundle's signature can be traced to this counter. Signed by the supervisor and ICT.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { SetupSlipFigures } from '@shared/bundleSlips';
import type { ReceiptHeader } from '@shared/receiptViews';
import { DOCUMENT_FONT, courtHeading, fieldsTable, rule, signatureToFill, stampBox } from './common';
import { formatCourtDateTime } from './format';
import { fingerprintGroups } from './handoverDoc';

const MARGINS: [number, number, number, number] = [40, 32, 40, 44];
const A4_CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];

export function setupSlipDoc(f: SetupSlipFigures, header: ReceiptHeader): TDocumentDefinitions {
  const content: Content[] = [
    courtHeading(header, { first: 10.5, rest: 11 }),
    rule(A4_CONTENT_WIDTH, { weight: 1.2, margin: [4, 6] }),
    { text: 'SLIP PERSEDIAAN KAUNTER SANDARAN', bold: true, fontSize: 14, alignment: 'center' },
    { text: 'KUNCI PERANTI UNTUK RUJUKAN ICT', bold: true, fontSize: 10.5, alignment: 'center', margin: [0, 0, 0, 8] },
    fieldsTable(
      [
        ['Mahkamah', `${f.courtName} (${f.courtId})`],
        ['Kaunter', f.counterId],
        ['ID pengguna kunci', f.deviceKeyUserId],
        ['Kunci dibuat', formatCourtDateTime(f.deviceKeyCreatedAt)],
        ['Dicetak', formatCourtDateTime(f.printedAt)],
      ],
      100,
    ),
    { text: 'Cap jari kunci peranti (device key fingerprint)', bold: true, margin: [0, 12, 0, 2], alignment: 'center' },
    stampBox([{ text: fingerprintGroups(f.deviceKeyFingerprint), bold: true, fontSize: 15, characterSpacing: 0.6 }], {
      margin: [0, 2, 0, 8],
    }),
    {
      text:
        'Setiap fail eksport kaunter ini ditandatangani dengan kunci di atas. Apabila membuka fail itu, ICT ' +
        'mesti memastikan "gpg --decrypt" atau Kleopatra melaporkan tandatangan baik (Good signature) daripada ' +
        'kunci dengan cap jari yang SAMA seperti pada slip ini. Simpan slip ini bersama rekod ICT.',
      margin: [0, 4, 0, 8],
    },
    { text: 'Kunci awam ICT yang diimport di kaunter ini', bold: true, margin: [0, 4, 0, 2] },
    ...(f.ictKeys.length === 0
      ? [{ text: 'Belum ada: import kunci awam ICT di Tetapan → Kunci & Eksport sebelum eksport pertama.' }]
      : f.ictKeys.map((k): Content => ({
          text: `${fingerprintGroups(k.fingerprint)}${k.userId ? `\n${k.userId}` : ''}`,
          fontSize: 8.5,
          margin: [0, 1, 0, 1],
        }))),
    {
      columns: [
        signatureToFill('Penolong Pendaftar (kaunter):', { above: 30, fields: 6 }),
        signatureToFill('Diterima oleh (ICT):', { above: 30, fields: 6 }),
      ],
      columnGap: 36,
      margin: [0, 24, 0, 0],
    },
  ];
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: `Slip Persediaan ${f.courtId}-${f.counterId}`,
      author: header.courtName,
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      creationDate: new Date(f.printedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9, lineHeight: 1.15, color: 'black' },
    content,
  };
}
