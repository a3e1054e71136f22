/**
 * Slip Janji Temu: the appointment slip given when registration is closed (SOP option 3). The court's
 * heading, the reference, the person, the case type wanted, the date with its Malay day name, and what
 * to bring on the day. A5 or an 80 mm roll, like the receipts.
 */
import { countryName } from '@shared/countries';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AppointmentView } from '@shared/appointmentViews';
import { ID_TYPE_LABELS, type ReceiptPaper } from '@shared/domain';
import type { ReceiptHeader } from '@shared/receiptViews';
import { DOCUMENT_FONT, fieldsTable, headingLines, orDash, rule } from './common';
import { formatCourtDateLong, formatCourtDateTime } from './format';
import { ROLL_80MM_WIDTH } from './receiptDoc';

const A5_MARGINS: [number, number, number, number] = [34, 26, 34, 28];
const ROLL_MARGINS: [number, number, number, number] = [12, 10, 12, 16];
const A5_WIDTH = 419.53 - A5_MARGINS[0] - A5_MARGINS[2];
const ROLL_WIDTH = ROLL_80MM_WIDTH - ROLL_MARGINS[0] - ROLL_MARGINS[2];

/** What the person brings on the day: what a registration at the counter needs. */
export const SLIP_BRING = [
  'Slip janji temu ini.',
  'Kad pengenalan (asal) dan satu salinan.',
  'Dokumen kes (saman / permohonan, pernyataan tuntutan, afidavit) yang lengkap.',
  'Salinan kad pengenalan pihak lawan (jika ada).',
  'Wang bagi fi pendaftaran.',
];

export function appointmentSlipDoc(
  appointment: AppointmentView,
  header: ReceiptHeader,
  options: { paper: ReceiptPaper },
): TDocumentDefinitions {
  const roll = options.paper === 'ROLL_80MM';
  const width = roll ? ROLL_WIDTH : A5_WIDTH;
  const label = roll ? 70 : 92;
  const identity =
    appointment.idType === 'MYKAD' || !appointment.idNumber
      ? orDash(appointment.idNumber)
      : `${appointment.idNumber} (${[ID_TYPE_LABELS[appointment.idType], appointment.idType === 'PASSPORT' ? countryName(appointment.nationality) : null].filter(Boolean).join(', ')})`;
  const content: Content[] = [
    {
      stack: headingLines(header).map((line) => ({ text: line, bold: true, fontSize: roll ? 8.5 : 10 })),
      alignment: 'center',
      lineHeight: 1.1,
    },
    rule(width, { weight: 1.2, margin: [4, 1] }),
    rule(width, { weight: 0.4, margin: [0, 6] }),
    { text: 'SLIP JANJI TEMU', bold: true, fontSize: roll ? 13 : 15, alignment: 'center' },
    {
      text: 'Pendaftaran kes baharu ditutup sementara (gangguan sistem e-Syariah). Sila hadir ke kaunter pada tarikh di bawah.',
      alignment: 'center',
      fontSize: roll ? 7.5 : 8.5,
      margin: [0, 3, 0, 8],
    },
    fieldsTable(
      [
        ['No. Rujukan', { text: appointment.reference, bold: true, fontSize: roll ? 10 : 11 }],
        [
          'Tarikh Janji Temu',
          {
            text: `${appointment.dayName}, ${formatCourtDateLong(appointment.date)}`,
            bold: true,
            fontSize: roll ? 10 : 11,
          },
        ],
        ['Nama', appointment.personName],
        ['No. Pengenalan', identity],
        ['No. Telefon', appointment.phone],
        ['Jenis Kes', `${appointment.caseTypeName} (${appointment.caseTypeCode})`],
        ['Catatan', orDash(appointment.note)],
      ],
      label,
      { margin: [0, 0, 0, 8] },
    ),
    { text: 'Sila bawa:', bold: true },
    { ol: SLIP_BRING, margin: [0, 2, 0, 8] },
    rule(width, { weight: 0.4, margin: [2, 4] }),
    {
      text: `Dikeluarkan pada ${formatCourtDateTime(appointment.bookedAt)} oleh ${appointment.bookedBy}.`,
      fontSize: roll ? 7 : 7.5,
    },
    {
      text: 'Slip ini dicetak oleh komputer. Janji temu yang tidak dihadiri perlu dibuat semula.',
      fontSize: roll ? 7 : 7.5,
    },
  ];
  return {
    pageSize: roll ? { width: ROLL_80MM_WIDTH, height: 'auto' } : 'A5',
    pageOrientation: 'portrait',
    pageMargins: roll ? ROLL_MARGINS : A5_MARGINS,
    info: {
      title: `Slip Janji Temu ${appointment.reference}`,
      author: header.courtName,
      subject: 'Slip Janji Temu',
      creator: 'Kaunter Sandaran',
      producer: 'Kaunter Sandaran',
      // Fixed by the booking, never "now": the same appointment gives the same bytes.
      creationDate: new Date(appointment.bookedAt),
    },
    language: 'ms-MY',
    content,
    defaultStyle: { font: DOCUMENT_FONT, fontSize: roll ? 8 : 9, lineHeight: 1.15, color: 'black' },
  };
}
