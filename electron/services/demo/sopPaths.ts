import { formatCaseNumber, parseTemplate } from '@shared/caseNumber';
import { givenNumberCaseSchema } from '@shared/schemas/case';
import { bookAppointmentSchema } from '@shared/schemas/appointment';
import { recordFilingsSchema } from '@shared/schemas/filing';
import { courtDate, courtYear } from '@shared/time';
import { appointmentSlots } from '../appointments/appointments';
import { makeAppointment } from '../appointments/workflows';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import { recordGivenNumberCase } from '../cases/givenNumberCases';
import { receiveFilings } from '../cases/workflows';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import { closeOutage, currentOutage, openOutage } from '../outages/outages';
import { party, phone } from './people';
import { pick } from './random';

export interface SopPathsSeeded {
  esv2Cases: number;
  existingCases: number;
  filings: number;
  appointments: number;
}

/** A number ESV2 or ESV3 gave last year, in this court's format, that this counter has not recorded. */
function givenNumber(ledger: Ledger, caseTypeCode: string, runningNumber: number): string | null {
  const { court, numbering } = requireCourtConfig(ledger);
  const template = parseTemplate(numbering.template, numbering.scope);
  if (!template.ok) return null;
  const caseNumber = formatCaseNumber(template.parts, {
    stateCode: court.stateCode,
    courtCode: court.courtCode,
    caseTypeCode,
    runningNumber,
    year: courtYear(ledger.clock()) - 1,
  });
  return sql(ledger.db, 'SELECT 1 FROM cases WHERE case_number = ?').get(caseNumber) ? null : caseNumber;
}

/**
 * The other SOP paths, through the services like a counter: cases registered in ESV2, documents received
 * for cases registered before the outage (with their receipts), and appointments booked during an
 * option-3 outage, each with its document as the counter makes it (the receipt's PDF, the slip). The
 * option-1 outage is closed for the appointments and a new one opened after them.
 */
export async function seedSopPaths(
  ledger: Ledger,
  actorId: number,
  random: () => number,
  count: number,
  log: ErrorLog,
): Promise<SopPathsSeeded> {
  const out: SopPathsSeeded = { esv2Cases: 0, existingCases: 0, filings: 0, appointments: 0 };
  for (let i = 0; i < count; i++) {
    const esv2 = givenNumber(ledger, '024', 1 + i);
    if (esv2) {
      recordGivenNumberCase(
        ledger,
        actorId,
        givenNumberCaseSchema.parse({
          source: 'ESV2',
          caseNumber: esv2,
          esv2ReceiptNumber: `ESV2-${String(1000 + i)}`,
          caseTypeCode: '024',
          proceeding: 'SAMAN',
          parties: [party(random, 'CLAIMANT', 'P'), party(random, 'RESPONDENT', 'L')],
        }),
      );
      out.esv2Cases++;
    }
    const existingNumber = givenNumber(ledger, '017', 5001 + i);
    if (!existingNumber) continue;
    const existing = recordGivenNumberCase(
      ledger,
      actorId,
      givenNumberCaseSchema.parse({
        source: 'ESV3_EXISTING',
        caseNumber: existingNumber,
        caseTypeCode: '017',
        proceeding: 'SAMAN',
        parties: [party(random, 'CLAIMANT', 'P'), party(random, 'RESPONDENT', 'L')],
      }),
    );
    out.existingCases++;
    const documents = [
      { typeCode: 'AFIDAVIT', quantity: 1 },
      { typeCode: pick(random, ['EKSHIBIT', 'INTERLOKUTORI', 'SURAT']), quantity: 1 + Math.floor(random() * 3) },
    ];
    const recorded = await receiveFilings(
      ledger,
      actorId,
      recordFilingsSchema.parse({
        caseId: existing.id,
        documents,
        payerName: existing.parties[0]?.name ?? 'Pembayar',
        method: 'CASH',
        tenderedSen: 10_000,
      }),
      log,
    );
    out.filings += recorded.filings.length;
  }
  const open = currentOutage(ledger);
  if (!open || count === 0) return out;
  const at = ledger.clock().toISOString();
  closeOutage(ledger, actorId, open.id, 'Data demo: pendaftaran ditutup (Pilihan 3)');
  const option3 = openOutage(ledger, actorId, { sopOption: 3, startedAt: at, note: 'Data demo: janji temu' });
  const sessions = appointmentSlots(ledger, 60)
    .slots.filter((s) => s.date > courtDate(ledger.clock()))
    .flatMap((slot) => slot.sessions.map((s) => ({ date: slot.date, ...s })));
  for (let i = 0; i < count && sessions.length > 0; i++) {
    const slot = sessions[i % sessions.length];
    if (!slot || slot.booked >= slot.capacity) continue;
    const person = party(random, 'CLAIMANT', 'P');
    await makeAppointment(
      ledger,
      actorId,
      bookAppointmentSchema.parse({
        person: { ...person, phone: person.phone ?? phone(random) },
        caseTypeCode: '024',
        date: slot.date,
        session: slot.session,
      }),
      log,
    );
    slot.booked++;
    out.appointments++;
  }
  closeOutage(ledger, actorId, option3.id, 'Data demo: pendaftaran dibuka semula');
  openOutage(ledger, actorId, { sopOption: 1, startedAt: ledger.clock().toISOString(), note: 'Data demo' });
  return out;
}
