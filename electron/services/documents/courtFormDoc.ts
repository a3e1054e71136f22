/**
 * The summons (Saman, form MS 2 style) and the application (Permohonan, form MS 3 style), A4, under the
 * general heading of form MS 1: the court and state, the case number, the parties with their identity
 * numbers; then whom the court calls, where and when ("pada hari … hari bulan … pukul … pagi/petang",
 * the court room), the date of issue in both calendars, the seal and the registrar's signature.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Proceeding } from '@shared/domain';
import { DOCUMENT_FONT, continuationHeader, stampBox } from './common';

export interface CourtFormParty {
  name: string;
  /** "No. K/P 850101-10-5124", "No. Pasport A1234567", or null when the party has none. */
  idLine: string | null;
  address: string | null;
}

export interface CourtFormData {
  form: Proceeding;
  caseNumber: string;
  /** "MAHKAMAH RENDAH SYARIAH" */
  courtLevelName: string;
  /** "SEREMBAN" */
  courtPlace: string;
  /** "NEGERI SEMBILAN DARUL KHUSUS", "WILAYAH PERSEKUTUAN": the state with its official title */
  stateLine: string;
  claimants: CourtFormParty[];
  respondents: CourtFormParty[];
  hearing: {
    kindLabel: string;
    dayName: string;
    day: number;
    monthYear: string;
    hijri: string;
    timeText: string;
    room: string;
  };
  /** "28 November 2026 bersamaan 17 Jamadilakhir 1448H" */
  issuedOn: string;
  /** The instant of issue, fixed in the PDF so the same document renders to the same bytes. */
  issuedAt: string;
  copy: boolean;
}

const MARGINS: [number, number, number, number] = [64, 56, 64, 56];

function partyBlock(parties: CourtFormParty[], role: string): Content {
  return {
    columns: [
      {
        width: '*',
        stack: parties.map((p) => ({
          stack: [{ text: p.name.toUpperCase(), bold: true }, ...(p.idLine ? [{ text: `(${p.idLine})` }] : [])],
          margin: [0, 0, 0, 3],
        })),
      },
      { width: 'auto', text: `... ${role}`, bold: true, margin: [12, 0, 0, 0] },
    ],
    margin: [24, 4, 0, 4],
  };
}

function heading(data: CourtFormData, labels: { claimant: string; respondent: string }): Content[] {
  const title = data.form === 'SAMAN' ? 'SAMAN' : 'PERMOHONAN';
  return [
    // Syariah pleadings head "DALAM MAHKAMAH … DI …" / "DALAM NEGERI … DARUL …" (DBP keeps "di dalam" for "inside").
    { text: `DALAM ${data.courtLevelName} DI ${data.courtPlace}`, bold: true, alignment: 'center' },
    { text: `DALAM ${data.stateLine}`, bold: true, alignment: 'center' },
    { text: `${title} NO. ${data.caseNumber}`, bold: true, alignment: 'center', margin: [0, 8, 0, 10] },
    { text: 'ANTARA', bold: true, alignment: 'center' },
    partyBlock(data.claimants, labels.claimant),
    { text: 'DAN', bold: true, alignment: 'center' },
    partyBlock(data.respondents, labels.respondent),
  ];
}

function addressees(parties: CourtFormParty[]): Content {
  return {
    stack: parties.map((p) => ({
      stack: [{ text: p.name, bold: true }, ...(p.address ? [{ text: p.address }] : [])],
      margin: [24, 0, 0, 4],
    })),
  };
}

function when(data: CourtFormData): string {
  const h = data.hearing;
  return `pada hari ${h.dayName}, ${h.day} hari bulan ${h.monthYear} bersamaan ${h.hijri} pukul ${h.timeText}, di ${h.room}`;
}

function body(data: CourtFormData): Content[] {
  const h = data.hearing;
  if (data.form === 'SAMAN') {
    return [
      { text: 'SAMAN', bold: true, alignment: 'center', fontSize: 13, margin: [0, 14, 0, 8] },
      { text: 'Kepada:', margin: [0, 0, 0, 2] },
      addressees(data.respondents),
      {
        text: [
          'ANDA DENGAN INI DISAMAN supaya hadir di hadapan ',
          { text: `${data.courtLevelName} ${data.courtPlace}`, bold: true },
          ' ',
          { text: when(data), bold: true },
          ` untuk ${h.kindLabel.toLowerCase()} kes ini, bagi menjawab tuntutan Plaintif sebagaimana dinyatakan dalam Pernyataan Tuntutan yang dilampirkan bersama-sama ini.`,
        ],
        alignment: 'justify',
        margin: [0, 8, 0, 8],
      },
      {
        text: 'AMBIL PERHATIAN bahawa jika anda gagal hadir pada tarikh dan masa tersebut, Mahkamah boleh mendengar dan memutuskan tuntutan ini tanpa kehadiran anda.',
        alignment: 'justify',
      },
    ];
  }
  return [
    { text: 'PERMOHONAN', bold: true, alignment: 'center', fontSize: 13, margin: [0, 14, 0, 8] },
    { text: 'Kepada:', margin: [0, 0, 0, 2] },
    addressees(data.respondents),
    {
      text: [
        'AMBIL PERHATIAN bahawa Pemohon akan memohon kepada Mahkamah ini supaya permohonan ini didengar di hadapan ',
        { text: `${data.courtLevelName} ${data.courtPlace}`, bold: true },
        ' ',
        { text: when(data), bold: true },
        ` untuk ${h.kindLabel.toLowerCase()}, bagi mendapatkan perintah sebagaimana dinyatakan dalam Afidavit yang dilampirkan bersama-sama ini.`,
      ],
      alignment: 'justify',
      margin: [0, 8, 0, 8],
    },
    {
      text: 'Responden boleh hadir dan didengar pada tarikh dan masa tersebut. Jika Responden gagal hadir, Mahkamah boleh mendengar dan memutuskan permohonan ini tanpa kehadirannya.',
      alignment: 'justify',
    },
  ];
}

function signature(data: CourtFormData): Content {
  return {
    stack: [
      { text: `Bertarikh ${data.issuedOn}.`, margin: [0, 18, 0, 30] },
      {
        columns: [
          { width: '*', text: '(Meterai)', margin: [0, 20, 0, 0] },
          {
            width: 200,
            stack: [
              { text: '.'.repeat(60), alignment: 'center' },
              { text: 'Pendaftar', bold: true, alignment: 'center' },
              { text: `${data.courtLevelName} ${data.courtPlace}`, alignment: 'center', fontSize: 9 },
            ],
          },
        ],
      },
    ],
  };
}

export function courtFormDoc(data: CourtFormData): TDocumentDefinitions {
  const saman = data.form === 'SAMAN';
  const labels = saman
    ? { claimant: 'PLAINTIF', respondent: 'DEFENDAN' }
    : { claimant: 'PEMOHON', respondent: 'RESPONDEN' };
  const parts = body(data);
  const closing = parts.pop();
  const content: Content[] = [
    ...(data.copy ? [stampBox([{ text: 'SALINAN', bold: true, fontSize: 12 }], { margin: [0, 0, 0, 8] })] : []),
    ...heading(data, labels),
    ...parts,
    // The last paragraph, the date, the seal and the Pendaftar's block go together: never a signature (or a
    // line of it) alone on a page.
    { unbreakable: true, stack: [...(closing ? [closing] : []), signature(data)] },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: {
      title: `${saman ? 'Saman' : 'Permohonan'} ${data.caseNumber}`,
      author: `${data.courtLevelName} ${data.courtPlace}`,
      subject: saman ? 'Saman (Borang MS 2)' : 'Permohonan (Borang MS 3)',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      creationDate: new Date(data.issuedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 11, lineHeight: 1.3, color: 'black' },
    ...(data.copy
      ? { watermark: { text: 'SALINAN', color: 'black', opacity: 0.08, bold: true, fontSize: 110, angle: -40 } }
      : {}),
    footer: (): Content => ({
      text: saman ? 'Borang MS 2' : 'Borang MS 3',
      alignment: 'right',
      fontSize: 8,
      margin: [MARGINS[0], 20, MARGINS[2], 0],
    }),
    // A form that runs to a second page says whose it is there: its number and Muka surat x / y.
    header: continuationHeader(`${saman ? 'Saman' : 'Permohonan'} No. ${data.caseNumber}`, MARGINS, {
      fontSize: 8,
      top: 24,
    }),
    content,
  };
}
