import { parseCaseNumber, parseTemplate, type CaseNumberFields } from '@shared/caseNumber';
import { AppError } from '@shared/errors';
import type { RecordEsv3 } from '@shared/schemas/recovery';
import type { RecordEsv3Result } from '@shared/recoveryViews';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { outageRecovered, recoveryHorizon, recoveryItem } from './worklist';

function countCases(ledger: Ledger, outageId: number): number {
  return (sql(ledger.db, 'SELECT COUNT(*) AS n FROM cases WHERE outage_id = ?').get(outageId) as { n: number }).n;
}

/** The ESV3 number must read back through the court's own template, as every number ESV3 gives does. */
export function checkEsv3Format(ledger: Ledger, esv3CaseNumber: string, example: string): Partial<CaseNumberFields> {
  const { numbering } = requireCourtConfig(ledger);
  const template = parseTemplate(numbering.template, numbering.scope);
  if (!template.ok) throw new AppError('CONFLICT', template.problem.key, template.problem.values);
  const fields = parseCaseNumber(template.parts, esv3CaseNumber);
  if (fields === null) {
    throw AppError.onField(
      'VALIDATION',
      'esv3CaseNumber',
      'Nombor kes ESV3 "{esv3CaseNumber}" tidak mengikut format nombor kes mahkamah (contoh: {example}).',
      { esv3CaseNumber, example },
    );
  }
  return fields;
}

/**
 * An ESV3 number of another case type than the case's own is most often a slip (a digit of the wrong
 * case keyed in ESV3 or here), and a notice to the parties would carry it: it is asked first, and taken
 * only when the clerk confirms with a reason, which is recorded with the event.
 */
function confirmCaseType(
  given: string | undefined,
  row: { case_number: string; case_type_code: string },
  esv3CaseNumber: string,
  reason: string | null,
): { given: string; caseTypeCode: string; reason: string } | null {
  if (given === undefined || given === row.case_type_code) return null;
  if (reason === null) {
    throw AppError.onField(
      'CONFLICT',
      'typeMismatchReason',
      'Nombor kes ESV3 {esv3CaseNumber} membawa kod jenis kes {given}, bukan {caseTypeCode} seperti kes {caseNumber}. Semak nombor dalam ESV3. Jika ESV3 memang memberikan nombor itu, sahkan dengan sebab.',
      { esv3CaseNumber, given, caseTypeCode: row.case_type_code, caseNumber: row.case_number },
    );
  }
  return { given, caseTypeCode: row.case_type_code, reason };
}

function refuseTaken(ledger: Ledger, caseId: number, esv3CaseNumber: string): void {
  const other = sql(
    ledger.db,
    `SELECT case_number AS caseNumber FROM cases WHERE id <> @caseId
       AND (esv3_case_number = @number OR (source = 'ESV3_EXISTING' AND case_number = @number)) LIMIT 1`,
  ).get({ caseId, number: esv3CaseNumber }) as { caseNumber: string } | undefined;
  if (other) {
    throw AppError.onField(
      'CONFLICT',
      'esv3CaseNumber',
      'Nombor kes ESV3 {esv3CaseNumber} sudah digunakan untuk kes {caseNumber}. Semak semula nombor yang diberi oleh ESV3.',
      { esv3CaseNumber, caseNumber: other.caseNumber },
    );
  }
}

interface CaseState {
  id: number;
  case_number: string;
  case_type_code: string;
  status: 'REGISTERED' | 'CANCELLED';
  outage_id: number;
  esv3_case_number: string | null;
  esv3_done_at: string | null;
}

interface ReceiptState {
  id: number;
  receipt_number: string;
  status: 'ISSUED' | 'CANCELLED';
  esv3_payment_ref: string | null;
  esv3_done_at: string | null;
}

/**
 * The clerk's one action on a worklist item: the number ESV3 gave the case and the ESV3 payment
 * reference of each of its receipts, marked done in one transaction with its audit events. A record
 * already done is changed only with a reason, as a new `recovery.correct` event that keeps the old values.
 */
export function recordEsv3(ledger: Ledger, actorId: number, input: RecordEsv3): RecordEsv3Result {
  const esv3CaseNumber = input.esv3CaseNumber.trim();
  const counterNumber = sql(ledger.db, 'SELECT case_number AS n FROM cases WHERE id = ?').get(input.caseId) as
    { n: string } | undefined;
  if (!counterNumber) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
  const fields = checkEsv3Format(ledger, esv3CaseNumber, counterNumber.n);
  const reason = input.correctionReason?.trim() ? input.correctionReason.trim() : null;
  const typeReason = input.typeMismatchReason?.trim() ? input.typeMismatchReason.trim() : null;
  return ledger.db.transaction(() => {
    const row = sql(
      ledger.db,
      'SELECT id, case_number, case_type_code, status, outage_id, esv3_case_number, esv3_done_at FROM cases WHERE id = ?',
    ).get(input.caseId) as CaseState | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
    const horizon = recoveryHorizon(ledger);
    const outageClosed = sql(ledger.db, 'SELECT closed_at FROM outages WHERE id = ?').get(row.outage_id) as {
      closed_at: string | null;
    };
    if (horizon === null || row.outage_id > horizon || outageClosed.closed_at === null) {
      throw new AppError(
        'CONFLICT',
        'Kes {caseNumber} belum dalam senarai kerja pemulihan: tempoh gangguannya belum ditutup sebagai "ESV3 pulih".',
        { caseNumber: row.case_number },
      );
    }
    if (row.status === 'CANCELLED') {
      throw new AppError('CONFLICT', 'Kes {caseNumber} telah dibatalkan: tiada tindakan dalam ESV3.', {
        caseNumber: row.case_number,
      });
    }
    refuseTaken(ledger, row.id, esv3CaseNumber);
    const typeMismatch =
      row.esv3_case_number === esv3CaseNumber
        ? null
        : confirmCaseType(fields.caseTypeCode, row, esv3CaseNumber, typeReason);

    const receipts = sql(
      ledger.db,
      'SELECT id, receipt_number, status, esv3_payment_ref, esv3_done_at FROM receipts WHERE case_id = ? ORDER BY id',
    ).all(row.id) as ReceiptState[];
    const given = new Map<number, string>();
    input.receipts.forEach((entry, i) => {
      const receipt = receipts.find((r) => r.id === entry.receiptId);
      if (!receipt) {
        throw AppError.onField('VALIDATION', `receipts.${i}.receiptId`, 'Resit ini bukan bagi kes ini.');
      }
      if (receipt.status === 'CANCELLED') {
        throw AppError.onField(
          'VALIDATION',
          `receipts.${i}.esv3PaymentRef`,
          'Resit {receiptNumber} telah dibatalkan: tiada rujukan ESV3 diperlukan.',
          { receiptNumber: receipt.receipt_number },
        );
      }
      if (given.has(receipt.id)) {
        throw AppError.onField(
          'VALIDATION',
          `receipts.${i}.receiptId`,
          'Resit {receiptNumber} disenaraikan dua kali.',
          { receiptNumber: receipt.receipt_number },
        );
      }
      given.set(receipt.id, entry.esv3PaymentRef.trim());
    });
    const issued = receipts.filter((r) => r.status === 'ISSUED');
    for (const receipt of issued) {
      if (!given.has(receipt.id) && receipt.esv3_done_at === null) {
        throw AppError.onField('VALIDATION', 'receipts', 'Masukkan rujukan bayaran ESV3 bagi resit {receiptNumber}.', {
          receiptNumber: receipt.receipt_number,
        });
      }
    }

    const caseChanges = row.esv3_done_at !== null && row.esv3_case_number !== esv3CaseNumber;
    const receiptChanges = issued.filter(
      (r) => r.esv3_done_at !== null && given.has(r.id) && given.get(r.id) !== r.esv3_payment_ref,
    );
    const correcting = caseChanges || receiptChanges.length > 0;
    const pending = row.esv3_done_at === null || issued.some((r) => r.esv3_done_at === null);
    if (!correcting && !pending) {
      throw new AppError('CONFLICT', 'Kes {caseNumber} sudah ditandakan selesai dengan butiran yang sama.', {
        caseNumber: row.case_number,
      });
    }
    if (correcting && reason === null) {
      throw AppError.onField(
        'VALIDATION',
        'correctionReason',
        'Kes {caseNumber} sudah ditandakan selesai. Untuk membetulkannya, nyatakan sebab pembetulan.',
        { caseNumber: row.case_number },
      );
    }

    const at = ledger.clock().toISOString();
    const actor = userActor(actorId);
    const action = correcting ? 'recovery.correct' : 'recovery.done';
    const before = { esv3CaseNumber: row.esv3_case_number, esv3DoneAt: row.esv3_done_at };
    if (row.esv3_done_at === null || caseChanges) {
      sql(ledger.db, 'UPDATE cases SET esv3_case_number = ?, esv3_done_at = ?, esv3_done_by = ? WHERE id = ?').run(
        esv3CaseNumber,
        at,
        actorId,
        row.id,
      );
    }
    const receiptEntries: { receiptNumber: string; esv3PaymentRef: string; previous: string | null }[] = [];
    for (const receipt of issued) {
      const ref = given.get(receipt.id);
      if (ref === undefined || (receipt.esv3_done_at !== null && ref === receipt.esv3_payment_ref)) continue;
      sql(ledger.db, 'UPDATE receipts SET esv3_payment_ref = ?, esv3_done_at = ?, esv3_done_by = ? WHERE id = ?').run(
        ref,
        at,
        actorId,
        receipt.id,
      );
      const previous = receipt.esv3_done_at === null ? null : receipt.esv3_payment_ref;
      receiptEntries.push({ receiptNumber: receipt.receipt_number, esv3PaymentRef: ref, previous });
      appendAudit(ledger.db, {
        at,
        actor,
        action: previous === null ? 'recovery.done' : 'recovery.correct',
        entity: 'receipt',
        entityId: receipt.id,
        data: {
          receiptNumber: receipt.receipt_number,
          caseNumber: row.case_number,
          esv3PaymentRef: ref,
          previousEsv3PaymentRef: previous,
          reason: previous === null ? null : reason,
        },
      });
    }
    appendAudit(ledger.db, {
      at,
      actor,
      action,
      entity: 'case',
      entityId: row.id,
      data: {
        caseNumber: row.case_number,
        esv3CaseNumber,
        numberChanged: esv3CaseNumber !== row.case_number,
        previous: correcting ? before : null,
        reason: correcting ? reason : null,
        ...(typeMismatch ? { typeMismatch } : {}),
        receipts: receiptEntries,
      },
    });

    const recovered = outageRecovered(ledger, row.outage_id);
    if (recovered) {
      const already = sql(
        ledger.db,
        "SELECT 1 FROM audit_events WHERE entity = 'outage' AND entity_id = ? AND action = 'outage.recovered'",
      ).get(String(row.outage_id));
      if (!already) {
        appendAudit(ledger.db, {
          at,
          actor,
          action: 'outage.recovered',
          entity: 'outage',
          entityId: row.outage_id,
          data: { cases: countCases(ledger, row.outage_id) },
        });
      }
    }
    const item = recoveryItem(ledger, row.id);
    if (!item) throw new Error('case vanished inside its own transaction');
    return { item, outageRecovered: recovered };
  })();
}
