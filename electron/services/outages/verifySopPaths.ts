import { parseCaseNumber, parseTemplate } from '@shared/caseNumber';
import type { NumberingScope } from '@shared/domain';
import { formatAppointmentReference } from '../appointments/appointments';
import type { Db } from '../db/open';
import type { VerifyProblem } from '../ledger/verify';

/** Documents received: each names a receipt that exists, and each receipt's filings add up to its total. */
export function checkFilings(db: Db): VerifyProblem | null {
  const orphan = db
    .prepare(
      'SELECT f.id FROM filings f WHERE f.receipt_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.id = f.receipt_id) LIMIT 1',
    )
    .get() as { id: number } | undefined;
  if (orphan) {
    return {
      messageMs: `Dokumen diterima #${orphan.id} merujuk resit yang tiada.`,
      messageEn: `Filing #${orphan.id} names a receipt that does not exist.`,
    };
  }
  const mismatch = db
    .prepare(
      `SELECT r.receipt_number AS n, r.total_sen AS total, SUM(f.amount_sen) AS filed
       FROM filings f JOIN receipts r ON r.id = f.receipt_id GROUP BY r.id HAVING total != filed LIMIT 1`,
    )
    .get() as { n: string; total: number; filed: number } | undefined;
  if (mismatch) {
    return {
      messageMs: `Resit ${mismatch.n}: jumlah (${mismatch.total} sen) tidak sama dengan fi dokumen yang diterima (${mismatch.filed} sen).`,
      messageEn: `Receipt ${mismatch.n}: its total (${mismatch.total} sen) does not equal the fees of its filings (${mismatch.filed} sen).`,
    };
  }
  return null;
}

/** Each appointment reference is the one its counter, year and number make (continuity: series/continuity.ts). */
export function checkAppointments(db: Db): VerifyProblem | null {
  const rows = db
    .prepare('SELECT counter_id, year, running_number AS n, reference FROM appointments')
    .iterate() as IterableIterator<{ counter_id: string; year: number; n: number; reference: string }>;
  for (const row of rows) {
    if (row.reference !== formatAppointmentReference(row.counter_id, row.year, row.n)) {
      return {
        messageMs: `Janji temu ${row.reference}: rujukan tidak sepadan dengan kaunter, tahun dan nombornya (${row.counter_id}/${row.year} #${row.n}).`,
        messageEn: `Appointment ${row.reference}: the reference does not match its counter, year and number (${row.counter_id}/${row.year} #${row.n}).`,
      };
    }
  }
  return null;
}

/** Numbers given by ESV2 or ESV3 follow the court's template and its own state and court codes. */
export function checkGivenNumbers(db: Db): VerifyProblem | null {
  const court = db.prepare('SELECT state_code, court_code, number_template, number_scope FROM court').get() as
    { state_code: string; court_code: string; number_template: string; number_scope: NumberingScope } | undefined;
  if (!court) return null;
  const template = parseTemplate(court.number_template, court.number_scope);
  if (!template.ok) return null;
  const rows = db
    .prepare("SELECT case_number, case_type_code FROM cases WHERE source IN ('ESV2','ESV3_EXISTING')")
    .iterate() as IterableIterator<{ case_number: string; case_type_code: string }>;
  for (const row of rows) {
    const fields = parseCaseNumber(template.parts, row.case_number);
    const wrong =
      !fields ||
      (fields.stateCode !== undefined && fields.stateCode !== court.state_code) ||
      (fields.courtCode !== undefined && fields.courtCode !== court.court_code) ||
      (fields.caseTypeCode !== undefined && fields.caseTypeCode !== row.case_type_code) ||
      (fields.runningNumber !== undefined && fields.runningNumber >= 10 ** template.runWidth);
    if (wrong) {
      return {
        messageMs: `No. kes ${row.case_number} (ESV2/ESV3) tidak mengikut format nombor kes mahkamah ini.`,
        messageEn: `Case number ${row.case_number} (ESV2/ESV3) does not follow this court's case-number format.`,
      };
    }
  }
  return null;
}
