import { parseCaseNumber, parseTemplate } from '../../shared/caseNumber';
import type { NumberingScope } from '../../shared/domain';
import { formatAppointmentReference } from './appointments';
import type { Db } from './db/open';
import type { VerifyProblem } from './verify';

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

/** Appointment references run 1, 2, 3… per counter and year with no gap or repeat, each well formed. */
export function checkAppointments(db: Db): VerifyProblem | null {
  const series = db.prepare('SELECT counter_id, year, last_number FROM appointment_series').all() as {
    counter_id: string;
    year: number;
    last_number: number;
  }[];
  for (const s of series) {
    const rows = db
      .prepare(
        'SELECT running_number AS n, reference FROM appointments WHERE counter_id = ? AND year = ? ORDER BY running_number',
      )
      .all(s.counter_id, s.year) as { n: number; reference: string }[];
    const label = `${s.counter_id}/${s.year}`;
    let expected = 1;
    for (const row of rows) {
      if (row.n !== expected || row.reference !== formatAppointmentReference(s.counter_id, s.year, row.n)) {
        return {
          messageMs: `Siri janji temu ${label}: dijangka nombor ${expected}, dijumpai ${row.reference}. Janji temu mungkin telah dipadam.`,
          messageEn: `Appointment series ${label}: expected number ${expected}, found ${row.reference}. An appointment may have been deleted.`,
        };
      }
      expected++;
    }
    if (rows.length !== s.last_number) {
      return {
        messageMs: `Siri janji temu ${label}: ${rows.length} janji temu dijumpai tetapi nombor terakhir ialah ${s.last_number}.`,
        messageEn: `Appointment series ${label}: ${rows.length} appointments found but the last number is ${s.last_number}.`,
      };
    }
  }
  const orphan = db
    .prepare(
      'SELECT reference FROM appointments a WHERE NOT EXISTS (SELECT 1 FROM appointment_series s WHERE s.counter_id = a.counter_id AND s.year = a.year) LIMIT 1',
    )
    .get() as { reference: string } | undefined;
  if (orphan) {
    return {
      messageMs: `Janji temu ${orphan.reference} di luar siri yang direkodkan.`,
      messageEn: `Appointment ${orphan.reference} is outside any recorded series.`,
    };
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
