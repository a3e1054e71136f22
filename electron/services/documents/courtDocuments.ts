/**
 * Issuing the summons (Saman) and the application (Permohonan) of a case for a hearing date. The first
 * issue renders the PDF once, saves it in the data folder with its SHA-256, registers it in the
 * documents table and audits it, all before anything is printed; the court's N copies go to the
 * printer. Every later print is a fresh render from the stored data stamped SALINAN.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CourtDocumentView } from '@shared/calendarViews';
import { formatBothCalendars, MALAY_MONTHS, formatHearingTime } from '@shared/calendar/courtDates';
import { malayDayName } from '@shared/calendar/workingDays';
import { countryName } from '@shared/countries';
import { COURT_LEVEL_LABELS, type IdType, type Proceeding } from '@shared/domain';
import { AppError, ref, type MessageRef } from '@shared/errors';
import type { PrintResultView } from '@shared/receiptViews';
import { HEARING_KIND_LABELS } from '@shared/schemas/courtCalendar';
import { courtDate } from '@shared/time';
import type { PartyView } from '@shared/views';
import { actionCount, appendAudit, userActor } from '../ledger/audit';
import { getCase } from '../cases/cases';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import { hijriCalendar, readDocumentSettings } from '../calendar/courtCalendar';
import { sql } from '../db/statements';
import { withStateTitle } from './common';
import { courtFormDoc, type CourtFormData, type CourtFormParty } from './courtFormDoc';
import { renderPdf } from './render';
import { getHearing } from '../calendar/hearings';
import type { Ledger } from '../ledger/ledger';
import { send, type Printing } from '../printing/print';
import { dataDirOf, sha256, writeFileDurably } from './store';
import { actorName } from '../users/users';

export const ID_LABELS: Record<IdType, string> = {
  MYKAD: 'No. K/P',
  OLD_IC: 'No. K/P Lama',
  PASSPORT: 'No. Pasport',
  POLICE: 'No. Polis',
  ARMY: 'No. Tentera',
  OTHER: 'No. Pengenalan',
  NONE: '',
};

/**
 * A party's identity as papers print it: "No. K/P 850101-10-5123", "No. Pasport A1234567 (Indonesia)"
 * (the country in Malay; nothing added for a passport recorded before nationality was asked). Null: none.
 */
export function identityLine(idType: IdType, idNumber: string | null, nationality: string | null): string | null {
  if (idType === 'NONE' || !idNumber) return null;
  const country = idType === 'PASSPORT' ? countryName(nationality) : null;
  return `${ID_LABELS[idType]} ${idNumber}${country ? ` (${country})` : ''}`;
}

function partyOf(p: PartyView): CourtFormParty {
  return {
    name: p.name,
    idLine: identityLine(p.idType, p.idNumber, p.nationality),
    address: p.address,
  };
}

/** "Mahkamah Rendah Syariah Seremban" at level MRS → "SEREMBAN". */
export function courtPlace(courtName: string, levelLabel: string): string {
  const stripped = courtName
    .replace(new RegExp(`^${levelLabel}\\s*`, 'i'), '')
    .replace(/^di\s+/i, '')
    .trim();
  return (stripped || courtName).toUpperCase();
}

/** "Negeri Sembilan" → "NEGERI SEMBILAN DARUL KHUSUS"; "Selangor" → "NEGERI SELANGOR DARUL EHSAN". */
export function stateLine(stateName: string): string {
  const line = (/^(Negeri|Wilayah)\b/i.test(stateName) ? stateName : `Negeri ${stateName}`).toUpperCase();
  return withStateTitle(line, stateName);
}

export function courtFormData(ledger: Ledger, caseId: number, hearingId: number, form: Proceeding): CourtFormData {
  const theCase = getCase(ledger, caseId);
  const hearing = getHearing(ledger, hearingId);
  if (hearing.caseId !== caseId) throw new AppError('VALIDATION', 'Tarikh sebutan itu bukan bagi kes ini.');
  const { court } = requireCourtConfig(ledger);
  const calendar = hijriCalendar(ledger);
  const level = COURT_LEVEL_LABELS[court.courtLevel];
  const [year, month, day] = hearing.date.split('-').map(Number) as [number, number, number];
  const issuedAt = isoNow(ledger.clock);
  return {
    form,
    caseNumber: theCase.caseNumber,
    courtLevelName: level.toUpperCase(),
    courtPlace: courtPlace(court.courtName, level),
    stateLine: stateLine(court.stateName),
    claimants: theCase.parties.filter((p) => p.side === 'CLAIMANT').map(partyOf),
    respondents: theCase.parties.filter((p) => p.side === 'RESPONDENT').map(partyOf),
    hearing: {
      kindLabel: HEARING_KIND_LABELS[hearing.kind],
      dayName: malayDayName(hearing.date),
      day,
      monthYear: `${MALAY_MONTHS[month - 1] ?? ''} ${year}`,
      hijri: calendar.format(calendar.toHijri(hearing.date)),
      timeText: formatHearingTime(hearing.time),
      room: hearing.room,
    },
    issuedOn: formatBothCalendars(courtDate(new Date(issuedAt)), calendar),
    issuedAt,
    copy: false,
  };
}

interface DocumentRow {
  id: number;
  kind: Proceeding;
  reference: string;
  case_id: number;
  issued_at: string;
  issued_by: number;
  copies: number;
  data: string;
  pdf_file: string | null;
  pdf_sha256: string | null;
}

function documentView(ledger: Ledger, row: DocumentRow): CourtDocumentView {
  const data = JSON.parse(row.data) as { hearingId?: number };
  return {
    id: row.id,
    kind: row.kind,
    reference: row.reference,
    caseId: row.case_id,
    issuedAt: row.issued_at,
    issuedBy: actorName(ledger, userActor(row.issued_by)),
    copies: row.copies,
    hearingId: data.hearingId ?? null,
    pdfSha256: row.pdf_sha256,
  };
}

export function courtDocumentsForCase(ledger: Ledger, caseId: number): CourtDocumentView[] {
  const rows = sql(
    ledger.db,
    "SELECT * FROM documents WHERE case_id = ? AND kind IN ('SAMAN','PERMOHONAN') ORDER BY id",
  ).all(caseId) as DocumentRow[];
  return rows.map((r) => documentView(ledger, r));
}

function documentRow(ledger: Ledger, documentId: number): DocumentRow {
  const row = sql(ledger.db, "SELECT * FROM documents WHERE id = ? AND kind IN ('SAMAN','PERMOHONAN')").get(
    documentId,
  ) as DocumentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Dokumen tidak dijumpai.');
  return row;
}

const FORM_WORD: Record<Proceeding, string> = { SAMAN: 'Saman', PERMOHONAN: 'Permohonan' };
/** The same words in a message to the clerk. */
const FORM_NAME: Record<Proceeding, MessageRef> = { SAMAN: ref('Saman'), PERMOHONAN: ref('Permohonan') };

/**
 * Issues the form for a hearing (or, when it was issued already for that hearing, prints it again) and
 * prints the court's number of copies, or only saves the PDF.
 */
export async function issueCourtForm(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  input: { caseId: number; hearingId: number; form: Proceeding; toPrinter: boolean },
): Promise<PrintResultView & { documentId: number }> {
  const existing = sql(
    ledger.db,
    "SELECT id FROM documents WHERE case_id = ? AND kind = ? AND json_extract(data, '$.hearingId') = ? AND status = 'ISSUED'",
  ).get(input.caseId, input.form, input.hearingId) as { id: number } | undefined;
  if (existing) {
    return {
      ...(await printCourtDocument(ledger, printing, actorId, existing.id, input.toPrinter)),
      documentId: existing.id,
    };
  }
  const dataDir = dataDirOf(ledger);
  const data = courtFormData(ledger, input.caseId, input.hearingId, input.form);
  const { copies } = readDocumentSettings(ledger);
  const bytes = await renderPdf(courtFormDoc(data));
  const hash = sha256(bytes);
  const folder = input.form === 'SAMAN' ? 'saman' : 'permohonan';
  const file = join(dataDir, 'dokumen', folder, `${data.caseNumber}-T${input.hearingId}.pdf`);
  writeFileDurably(file, bytes);
  const stored = relative(dataDir, file).split('\\').join('/');
  const theCase = getCase(ledger, input.caseId);
  const documentId = ledger.db.transaction(() => {
    const result = sql(
      ledger.db,
      `INSERT INTO documents (kind, reference, case_id, case_number, issued_at, issued_by, outage_id, copies, data, pdf_file, pdf_sha256)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.form,
      `${data.caseNumber}/${FORM_WORD[input.form].toUpperCase()}/T${input.hearingId}`,
      input.caseId,
      data.caseNumber,
      data.issuedAt,
      actorId,
      theCase.outageId,
      copies,
      JSON.stringify({ hearingId: input.hearingId, form: data }),
      stored,
      hash,
    );
    const id = Number(result.lastInsertRowid);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'document.issue',
      entity: 'document',
      entityId: id,
      data: {
        kind: input.form,
        caseNumber: data.caseNumber,
        hearingId: input.hearingId,
        file: stored,
        sha256: hash,
        copies,
      },
    });
    return id;
  })();
  return { ...(await printCourtDocument(ledger, printing, actorId, documentId, input.toPrinter)), documentId };
}

/** Prints (or only saves) an issued form: the original the first time, a SALINAN after. */
export async function printCourtDocument(
  ledger: Ledger,
  printing: Printing,
  actorId: number,
  documentId: number,
  toPrinter: boolean,
): Promise<PrintResultView> {
  const dataDir = dataDirOf(ledger);
  const row = documentRow(ledger, documentId);
  const stored = JSON.parse(row.data) as { form: CourtFormData };
  const copy = actionCount(ledger.db, 'document', documentId, 'document.print') > 0;
  let file: string;
  if (copy) {
    const bytes = await renderPdf(courtFormDoc({ ...stored.form, copy: true }));
    file = join(dataDir, 'dokumen', 'salinan', `${stored.form.caseNumber}-${row.kind}-${documentId}-${Date.now()}.pdf`);
    writeFileDurably(file, bytes);
  } else {
    file = join(dataDir, row.pdf_file ?? '');
    if (!existsSync(file) || sha256(readFileSync(file)) !== row.pdf_sha256) {
      const bytes = await renderPdf(courtFormDoc(stored.form));
      if (sha256(bytes) !== row.pdf_sha256) {
        throw new AppError('STORAGE', 'PDF asal {form} {reference} telah berubah. Hubungi ICT.', {
          form: FORM_NAME[row.kind],
          reference: row.reference,
        });
      }
      writeFileDurably(file, bytes);
    }
  }
  if (!toPrinter) return { pdfFile: file, copy, printed: false, printerName: null };
  const copies = copy ? 1 : row.copies;
  const fileSha = sha256(readFileSync(file));
  const { printer, jobId } = await send(
    printing,
    'courtDocument',
    file,
    { paper: 'A4', copies },
    ref('{form} {reference}', { form: FORM_NAME[row.kind], reference: row.reference }),
    {
      ledger,
      actorId,
      action: 'document.printFailed',
      entity: 'document',
      entityId: documentId,
      data: { reference: row.reference, copy, copies, sha256: fileSha },
    },
  );
  ledger.db.transaction(() => {
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'document.print',
      entity: 'document',
      entityId: documentId,
      data: { reference: row.reference, printer, copy, copies, sha256: fileSha, jobId },
    });
  })();
  return { pdfFile: file, copy, printed: true, printerName: printer };
}
