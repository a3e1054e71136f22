/** The day's appointment list (Senarai Janji Temu) as a saved A4 PDF, printed on the court documents' printer. */
import { join } from 'node:path';
import type { AppointmentSessionSlotView, AppointmentView } from '@shared/appointmentViews';
import { formatHearingTime, formatWithDayName } from '@shared/calendar/courtDates';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { ref } from '@shared/errors';
import type { PrintResultView } from '@shared/receiptViews';
import { APPOINTMENT_STATUS_LABELS } from '@shared/schemas/appointment';
import { hijriCalendar } from '../calendar/courtCalendar';
import { requireCourtConfig } from '../court/court';
import { identityLine } from '../documents/courtDocuments';
import {
  appointmentListDoc,
  type AppointmentListData,
  type AppointmentListRow,
  type AppointmentListSession,
} from '../documents/appointmentListDoc';
import { formatCourtDateTime } from '../documents/format';
import { renderPdf } from '../documents/render';
import { dataDirOf, receiptHeader, sha256, writeFileDurably } from '../documents/store';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { appointmentsForDay } from './appointments';

const SESSION_TITLES = { PAGI: 'Sesi Pagi', PETANG: 'Sesi Petang' } as const;

function row(a: AppointmentView): AppointmentListRow {
  let status: string = APPOINTMENT_STATUS_LABELS[a.status];
  if (a.status === 'REGISTERED' && a.caseNumber) status = `${status}: ${a.caseNumber}`;
  if (a.status === 'BOOKED' && a.noShowCorrection) status = `${status} (tidak hadir dibetulkan)`;
  return {
    reference: a.reference,
    name: a.personName,
    identity: identityLine(a.idType, a.idNumber, a.nationality) ?? '-',
    purpose: `${a.caseTypeCode} ${a.caseTypeName}`,
    note: a.note?.trim() ? a.note.trim() : null,
    phone: a.phone || '-',
    status,
  };
}

function times(start: string, end: string): string {
  return `${formatHearingTime(start)} – ${formatHearingTime(end)}`;
}

/** What the list prints for a day: each session with its times and room, then any whole-day (older) ones. */
export function appointmentListData(ledger: Ledger, date: string): AppointmentListData {
  const { court } = requireCourtConfig(ledger);
  const day = appointmentsForDay(ledger, date);
  const inSession = (s: AppointmentSessionSlotView): AppointmentListSession => ({
    title: `${SESSION_TITLES[s.session]} (${times(s.start, s.end)})`,
    room: `${s.booked} daripada ${s.capacity} tempat`,
    rows: day.appointments.filter((a) => a.session === s.session).map(row),
  });
  const sessions = day.sessions.filter((s) => s.capacity > 0 || day.appointments.some((a) => a.session === s.session));
  const wholeDay = day.appointments.filter((a) => a.session === null);
  const generatedAt = isoNow(ledger.clock);
  return {
    header: receiptHeader(ledger),
    dateLine: formatWithDayName(date, hijriCalendar(ledger)),
    sessions: [
      ...sessions.map(inSession),
      ...(wholeDay.length > 0
        ? [
            {
              title: 'Sepanjang hari (ditempah sebelum sesi)',
              room: `${wholeDay.length} janji temu`,
              rows: wholeDay.map(row),
            },
          ]
        : []),
    ],
    printedLine: `Dicetak ${formatCourtDateTime(generatedAt)} · Kaunter ${court.counterId}`,
    generatedAt,
  };
}

/** Saves the day's list as a PDF in the data folder (and prints it when asked); printing is audited. */
export async function printAppointmentList(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  date: string,
  toPrinter: boolean,
): Promise<PrintResultView> {
  const bytes = await renderPdf(appointmentListDoc(appointmentListData(ledger, date)));
  const { court } = requireCourtConfig(ledger);
  // A working list, printed again as the day goes: each print is a file of its own.
  const file = join(
    dataDirOf(ledger),
    'dokumen',
    'senarai-janji-temu',
    `${date}-${court.counterId}-${ledger.clock().getTime()}.pdf`,
  );
  writeFileDurably(file, bytes);
  if (!toPrinter) return { pdfFile: file, copy: false, printed: false, printerName: null };
  const { printer } = await send(
    printing,
    'courtDocument',
    file,
    { paper: 'A4', copies: 1 },
    ref('Senarai janji temu {date}', { date: toDayMonthYear(date) }),
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'appointment.printList',
      entity: 'appointmentList',
      entityId: `${date}/${court.counterId}`,
      data: { date, printer, sha256: sha256(bytes) },
    });
  })();
  return { pdfFile: file, copy: false, printed: true, printerName: printer };
}
