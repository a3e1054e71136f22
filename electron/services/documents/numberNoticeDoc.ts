/**
 * Notis Pertukaran Nombor Kes: the letter to each party of a case registered by hand during an ESV3
 * outage whose number ESV3 changed on re-entry (SOP impact 3a). A4, one page per party, addressed to
 * that party, laid out as a government letter (Ruj. Kami, Tarikh in both calendars, "Saya yang menjalankan
 * amanah," and "b.p. Pendaftar"), signed for the Pendaftar. A reprint is stamped SALINAN.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReceiptHeader } from '@shared/receiptViews';
import { DOCUMENT_FONT, courtHeading, fieldsTable, rule, stampBox } from './common';
import { formatCourtDateWithDay } from './format';

export interface NoticeParty {
  name: string;
  roleLabel: string;
  address: string | null;
}

export interface NumberNoticeData {
  oldCaseNumber: string;
  newCaseNumber: string;
  caseTypeCode: string;
  caseTypeName: string;
  partiesLine: string;
  /** When the notice was issued (UTC ISO): dated in court time with the Malay day name. */
  issuedAt: string;
  /**
   * Ruj. Kami: the new case number, which this notice is issued for once (asked again, the same notice), so
   * the reference never repeats. Absent on notices issued before it was printed: they reprint as issued.
   */
  reference?: string;
  /** The issue date in the court's Hijri calendar ("18 Jamadilakhir 1448H"); absent on older notices. */
  issuedOnHijri?: string;
  parties: NoticeParty[];
}

const MARGINS: [number, number, number, number] = [56, 40, 56, 48];
const CONTENT_WIDTH = 595.28 - MARGINS[0] - MARGINS[2];

function letter(data: NumberNoticeData, party: NoticeParty, header: ReceiptHeader, copy: boolean, last: boolean) {
  const addressLines = (party.address ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const content: Content[] = [
    courtHeading(header, { first: 11, rest: 12 }),
    rule(CONTENT_WIDTH, { weight: 1.2, margin: [4, 1] }),
    rule(CONTENT_WIDTH, { weight: 0.4, margin: [0, 10] }),
    ...(copy ? [stampBox([{ text: 'SALINAN', bold: true, fontSize: 14 }], { margin: [0, 0, 0, 8] })] : []),
    {
      columns: [
        { width: '*', text: '' },
        fieldsTable(
          [
            data.reference ? ['Ruj. Kami', data.reference] : ['No. Kes Baharu', data.newCaseNumber],
            [
              'Tarikh',
              data.issuedOnHijri
                ? { stack: [formatCourtDateWithDay(data.issuedAt), `bersamaan ${data.issuedOnHijri}`] }
                : formatCourtDateWithDay(data.issuedAt),
            ],
          ],
          62,
        ),
      ],
      margin: [0, 0, 0, 12],
    },
    { text: 'Kepada:', margin: [0, 0, 0, 2] },
    { text: party.name.toUpperCase(), bold: true },
    ...(addressLines.length > 0
      ? addressLines.map((line) => ({ text: line }))
      : [{ text: '(alamat tidak direkodkan)', color: '#444' }]),
    { text: `(${party.roleLabel})`, margin: [0, 2, 0, 14] },
    { text: 'Tuan/Puan,', margin: [0, 0, 0, 10] },
    { text: 'NOTIS PERTUKARAN NOMBOR KES', bold: true, fontSize: 13, decoration: 'underline', margin: [0, 0, 0, 10] },
    {
      text: [
        'Dengan hormatnya dimaklumkan bahawa kes di bawah telah didaftarkan secara manual di kaunter mahkamah ini ',
        'semasa gangguan sistem e-Syariah (ESV3). Setelah sistem pulih, kes tersebut telah didaftarkan dalam ',
        'sistem e-Syariah (ESV3) dan diberi nombor kes baharu seperti berikut:',
      ].join(''),
      alignment: 'justify',
      lineHeight: 1.25,
      margin: [0, 0, 0, 10],
    },
    fieldsTable(
      [
        ['Nombor kes lama', { text: data.oldCaseNumber, bold: true }],
        ['Nombor kes baharu', { text: data.newCaseNumber, bold: true, fontSize: 12 }, 1.5],
        ['Jenis kes', `${data.caseTypeCode} ${data.caseTypeName}`],
        ['Pihak-pihak', data.partiesLine],
        ['Mahkamah', header.courtName],
      ],
      110,
      { margin: [16, 0, 0, 12] },
    ),
    {
      text: [
        'Sila gunakan nombor kes baharu dalam semua urusan, surat-menyurat dan dokumen berkaitan kes ini mulai ',
        'tarikh notis ini. Resit bayaran yang telah dikeluarkan dengan nombor kes lama kekal sah.',
      ].join(''),
      alignment: 'justify',
      lineHeight: 1.25,
      margin: [0, 0, 0, 16],
    },
    {
      // The closing and the signature for the Pendaftar stay together.
      unbreakable: true,
      stack: [
        { text: 'Sekian, terima kasih.', margin: [0, 0, 0, 12] },
        { text: 'Saya yang menjalankan amanah,', margin: [0, 0, 0, 36] },
        { text: '.......................................' },
        { text: 'b.p. Pendaftar', bold: true },
        { text: header.courtName },
      ],
    },
  ];
  return { stack: content, ...(last ? {} : { pageBreak: 'after' as const }) };
}

export function numberNoticeDoc(data: NumberNoticeData, header: ReceiptHeader, copy: boolean): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: MARGINS,
    info: {
      title: `Notis Pertukaran Nombor Kes ${data.newCaseNumber}`,
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      // Fixed from the notice itself so the same notice always renders to the same bytes.
      creationDate: new Date(data.issuedAt),
    },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 10.5 },
    content: data.parties.map((party, i) => letter(data, party, header, copy, i === data.parties.length - 1)),
  };
}
