/** The cause book (buku kausa) for a day, a week (Monday to Sunday) or a month, as a saved A4 PDF. */
import { join } from 'node:path';
import { formatBothCalendars, formatGregorian, formatHearingTime } from '@shared/calendar/courtDates';
import { malayDayName } from '@shared/calendar/workingDays';
import { CASE_SOURCE_LABELS, partyRoleLabel, type CaseSource, type Proceeding } from '@shared/domain';
import type { PrintResultView } from '@shared/receiptViews';
import { HEARING_KIND_LABELS, type HearingKind } from '@shared/schemas/courtCalendar';
import { addDays, courtDayStart } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import { identityLine } from './courtDocuments';
import { hijriCalendar } from '../calendar/courtCalendar';
import { sql } from '../db/statements';
import { causeBookDoc, type CauseBookData, type CauseBookRow } from './causeBookDoc';
import { formatCourtDateTime, formatCourtDateTimeShort } from './format';
import { renderPdf } from './render';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { dataDirOf, sha256, writeFileDurably } from './store';
import type { IdType, PartySide } from '@shared/domain';
import { ref } from '@shared/errors';

export type CauseBookPeriod = 'DAY' | 'WEEK' | 'MONTH';

/** The first and last court dates of the period holding `date`. */
export function periodRange(period: CauseBookPeriod, date: string): { from: string; to: string } {
  if (period === 'DAY') return { from: date, to: date };
  if (period === 'WEEK') {
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    const from = addDays(date, -((dow + 6) % 7));
    return { from, to: addDays(from, 6) };
  }
  const from = `${date.slice(0, 8)}01`;
  return { from, to: addDays(`${addDays(from, 32).slice(0, 8)}01`, -1) };
}

function periodLine(ledger: Ledger, period: CauseBookPeriod, from: string, to: string): string {
  const calendar = hijriCalendar(ledger);
  if (period === 'DAY') return `Hari: ${malayDayName(from)}, ${formatBothCalendars(from, calendar)}`;
  const label = period === 'WEEK' ? 'Minggu' : 'Bulan';
  return `${label}: ${formatGregorian(from)} hingga ${formatGregorian(to)}`;
}

interface CaseRow {
  id: number;
  case_number: string;
  registered_at: string;
  case_type_code: string;
  case_type_name: string;
  proceeding: Proceeding;
  source: CaseSource;
  provisional: number;
  note: string | null;
}

export function causeBookData(ledger: Ledger, period: CauseBookPeriod, date: string): CauseBookData {
  const { court } = requireCourtConfig(ledger);
  const { from, to } = periodRange(period, date);
  const cases = sql(
    ledger.db,
    `SELECT id, case_number, registered_at, case_type_code, case_type_name, proceeding, source, provisional, note
       FROM cases WHERE registered_at >= ? AND registered_at < ? AND source <> 'COURT_COUNTER' ORDER BY registered_at, id`,
  ).all(courtDayStart(from).toISOString(), courtDayStart(addDays(to, 1)).toISOString()) as CaseRow[];
  const partiesOf = sql(
    ledger.db,
    'SELECT side, name, id_type, id_number, nationality FROM parties WHERE case_id = ? ORDER BY position',
  );
  const receiptsOf = sql(
    ledger.db,
    'SELECT receipt_number, total_sen, status, kew38_serial FROM receipts WHERE case_id = ? ORDER BY id',
  );
  const hearingOf = sql(
    ledger.db,
    'SELECT kind, date, time, room FROM hearings WHERE case_id = ? ORDER BY id DESC LIMIT 1',
  );
  const rows: CauseBookRow[] = cases.map((c) => {
    const parties = partiesOf.all(c.id) as {
      side: PartySide;
      name: string;
      id_type: IdType;
      id_number: string | null;
      nationality: string | null;
    }[];
    const receipts = receiptsOf.all(c.id) as {
      receipt_number: string;
      total_sen: number;
      status: string;
      kew38_serial: string | null;
    }[];
    const hearing = hearingOf.get(c.id) as { kind: HearingKind; date: string; time: string; room: string } | undefined;
    const valid = receipts.filter((r) => r.status === 'ISSUED');
    const remarks: string[] = [];
    if (c.source !== 'MANUAL') remarks.push(`Sumber: ${CASE_SOURCE_LABELS[c.source]}`);
    for (const r of receipts) if (r.status === 'CANCELLED') remarks.push(`Resit ${r.receipt_number} BATAL`);
    for (const r of receipts) if (r.kew38_serial) remarks.push(`No. siri Kew. 38: ${r.kew38_serial}`);
    if (c.note?.trim()) remarks.push(c.note.trim());
    return {
      caseNumber: c.case_number,
      registeredAt: formatCourtDateTimeShort(c.registered_at),
      caseType: `${c.case_type_code} ${c.case_type_name}`,
      parties: parties.map((p) => {
        const identity = identityLine(p.id_type, p.id_number, p.nationality);
        return `${partyRoleLabel(p.side, c.proceeding)}: ${p.name}${identity ? ` (${identity})` : ''}`;
      }),
      receiptNumbers: receipts.map((r) => r.receipt_number),
      amountSen: valid.reduce((sum, r) => sum + r.total_sen, 0),
      hearing: hearing
        ? `${hearing.date.split('-').reverse().join('/')} ${formatHearingTime(hearing.time)}, ${hearing.room} (${HEARING_KIND_LABELS[hearing.kind]})`
        : null,
      remarks,
    };
  });
  const generatedAt = isoNow(ledger.clock);
  return {
    courtName: court.courtName,
    stateName: court.stateName,
    periodLine: periodLine(ledger, period, from, to),
    printedLine: `Dicetak ${formatCourtDateTime(generatedAt)} · Kaunter ${court.counterId}`,
    rows,
    totalSen: rows.reduce((sum, r) => sum + r.amountSen, 0),
    generatedAt,
  };
}

/** Saves the cause book PDF (and prints it when asked); printing is audited. */
export async function printCauseBook(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  input: { period: CauseBookPeriod; date: string; toPrinter: boolean },
): Promise<PrintResultView> {
  const dataDir = dataDirOf(ledger);
  const { from, to } = periodRange(input.period, input.date);
  const bytes = await renderPdf(causeBookDoc(causeBookData(ledger, input.period, input.date)));
  const file = join(dataDir, 'dokumen', 'buku-kausa', `${from}_${to}-${Date.now()}.pdf`);
  writeFileDurably(file, bytes);
  if (!input.toPrinter) return { pdfFile: file, copy: false, printed: false, printerName: null };
  const { printer, jobId } = await send(
    printing,
    'courtDocument',
    file,
    { paper: 'A4', copies: 1 },
    ref('Buku kausa'),
    {
      ledger,
      actorId,
      action: 'causeBook.printFailed',
      entity: 'causeBook',
      entityId: `${from}/${to}`,
      data: { period: input.period, from, to, sha256: sha256(bytes) },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'causeBook.print',
      entity: 'causeBook',
      entityId: `${from}/${to}`,
      data: { period: input.period, from, to, printer, sha256: sha256(bytes), jobId },
    });
  })();
  return { pdfFile: file, copy: false, printed: true, printerName: printer };
}
