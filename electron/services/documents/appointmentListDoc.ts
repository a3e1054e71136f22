/**
 * Senarai janji temu: the day's appointments as the counter works through them, A4 portrait, one table
 * per session (pagi, petang; the whole day for appointments booked before sessions), columns Bil, Nama,
 * No. Pengenalan, Urusan, No. Telefon, Status, with a column left for the clerk's tick.
 */
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReceiptHeader } from '@shared/receiptViews';
import { DOCUMENT_FONT, courtHeading, ruledLayout } from './common';

export interface AppointmentListRow {
  reference: string;
  name: string;
  /** "No. K/P 850101-10-5124", or "-". */
  identity: string;
  /** "024 Tuntutan Nafkah Anak", and the note under it. */
  purpose: string;
  note: string | null;
  phone: string;
  /** "Ditempah", "Tidak hadir", "Telah didaftarkan: 05005-024-0772-2026"… */
  status: string;
}

export interface AppointmentListSession {
  /** "Sesi Pagi (8.30 pagi – 12.30 petang)" */
  title: string;
  /** "3 daripada 10 tempat" */
  room: string;
  rows: AppointmentListRow[];
}

export interface AppointmentListData {
  header: ReceiptHeader;
  /** "Isnin, 7 Disember 2026 bersamaan 26 Jamadilakhir 1448H" */
  dateLine: string;
  sessions: AppointmentListSession[];
  printedLine: string;
  /** Fixed in the PDF so the same list renders to the same bytes. */
  generatedAt: string;
}

const MARGINS: [number, number, number, number] = [36, 36, 36, 40];
const HEADERS = ['Bil', 'Nama', 'No. Pengenalan', 'Urusan', 'No. Telefon', 'Status', 'Hadir'];

function sessionTable(session: AppointmentListSession): Content[] {
  const body: TableCell[][] = [HEADERS.map((text) => ({ text, bold: true }))];
  session.rows.forEach((row, i) => {
    body.push([
      { text: String(i + 1) },
      {
        stack: [
          { text: row.name, bold: true },
          { text: row.reference, fontSize: 7.5 },
        ],
      },
      { text: row.identity },
      { stack: [{ text: row.purpose }, ...(row.note ? [{ text: row.note, italics: true, fontSize: 7.5 }] : [])] },
      { text: row.phone },
      { text: row.status },
      { text: '' },
    ]);
  });
  if (session.rows.length === 0) {
    body.push([{ text: 'Tiada janji temu dalam sesi ini.', colSpan: 7, alignment: 'center' }, {}, {}, {}, {}, {}, {}]);
  }
  return [
    {
      columns: [
        { text: session.title, bold: true, fontSize: 10 },
        { text: session.room, alignment: 'right' },
      ],
      margin: [0, 10, 0, 4],
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [18, '*', 96, 100, 62, 84, 28], body },
      layout: ruledLayout,
    },
  ];
}

export function appointmentListDoc(data: AppointmentListData): TDocumentDefinitions {
  const total = data.sessions.reduce((n, s) => n + s.rows.length, 0);
  const content: Content[] = [
    courtHeading(data.header, { first: 9, rest: 10 }),
    { text: 'SENARAI JANJI TEMU', bold: true, fontSize: 13, alignment: 'center', margin: [0, 8, 0, 2] },
    { text: data.dateLine, alignment: 'center', margin: [0, 0, 0, 4] },
    ...data.sessions.flatMap(sessionTable),
    { text: `Jumlah: ${total} janji temu`, bold: true, margin: [0, 10, 0, 0] },
  ];
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: MARGINS,
    info: {
      title: `Senarai Janji Temu ${data.dateLine}`,
      author: data.header.courtName,
      subject: 'Senarai Janji Temu',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      creationDate: new Date(data.generatedAt),
    },
    language: 'ms-MY',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 8.5, lineHeight: 1.15, color: 'black' },
    footer: (currentPage: number, pageCount: number): Content => ({
      columns: [
        { text: `Senarai Janji Temu · ${data.printedLine}`, alignment: 'left' },
        { text: `Muka surat ${currentPage} / ${pageCount}`, alignment: 'right' },
      ],
      fontSize: 7.5,
      margin: [MARGINS[0], 12, MARGINS[2], 0],
    }),
    content,
  };
}
