import { AppError } from '@shared/errors';
import type { FilingsRecordedView, FilingTypeView, FilingView } from '@shared/filingViews';
import type { RecordFilings } from '@shared/schemas/filing';
import { appendAudit, userActor } from '../ledger/audit';
import { sql } from '../db/statements';
import { getFee } from '../receipts/fees';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { getReceipt, issueReceipt } from '../receipts/receipts';
import { actorName } from '../users/users';

interface FilingTypeRow {
  code: string;
  name: string;
  fee_code: string | null;
  active: number;
}

interface FilingRow {
  id: number;
  case_id: number;
  filing_type_code: string;
  filing_type_name: string;
  description: string | null;
  quantity: number;
  amount_sen: number;
  received_at: string;
  received_by: number;
  receipt_id: number | null;
  receipt_number: string | null;
}

function typeView(ledger: Ledger, row: FilingTypeRow): FilingTypeView {
  const fee = row.fee_code ? getFee(ledger, row.fee_code) : null;
  return {
    code: row.code,
    name: row.name,
    feeCode: row.fee_code,
    feeSen: fee && fee.active ? fee.amountSen : null,
    active: row.active === 1,
  };
}

export function listFilingTypes(ledger: Ledger): FilingTypeView[] {
  return (sql(ledger.db, 'SELECT * FROM filing_types ORDER BY name').all() as FilingTypeRow[]).map((r) =>
    typeView(ledger, r),
  );
}

/** Adds a kind of document or changes one; filings already recorded keep the name they were received under. */
export function saveFilingType(
  ledger: Ledger,
  actorId: number,
  input: { code: string; name: string; feeCode: string | null; active: boolean },
): FilingTypeView {
  return ledger.db.transaction(() => {
    const fee = input.feeCode === null ? null : getFee(ledger, input.feeCode);
    if (input.feeCode !== null && !fee) {
      throw AppError.onField('VALIDATION', 'feeCode', 'Kod fi {feeCode} tiada dalam jadual fi mahkamah ini.', {
        feeCode: input.feeCode,
      });
    }
    if (fee?.amountTyped) {
      throw AppError.onField(
        'VALIDATION',
        'feeCode',
        'Fi {fee} amaunnya ditaip kerani: fi dokumen mesti amaun tetap.',
        {
          fee: fee.code,
        },
      );
    }
    sql(
      ledger.db,
      `INSERT INTO filing_types (code, name, fee_code, active) VALUES (@code, @name, @feeCode, @active)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, fee_code = excluded.fee_code, active = excluded.active`,
    ).run({ ...input, active: input.active ? 1 : 0 });
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'filingType.save',
      entity: 'filingType',
      entityId: input.code,
      data: input,
    });
    const row = sql(ledger.db, 'SELECT * FROM filing_types WHERE code = ?').get(input.code) as FilingTypeRow;
    return typeView(ledger, row);
  })();
}

const SELECT = `SELECT f.*, r.receipt_number FROM filings f LEFT JOIN receipts r ON r.id = f.receipt_id`;

function filingView(ledger: Ledger, row: FilingRow): FilingView {
  return {
    id: row.id,
    caseId: row.case_id,
    typeCode: row.filing_type_code,
    typeName: row.filing_type_name,
    description: row.description,
    quantity: row.quantity,
    amountSen: row.amount_sen,
    receivedAt: row.received_at,
    receivedBy: actorName(ledger, userActor(row.received_by)),
    receiptId: row.receipt_id,
    receiptNumber: row.receipt_number,
  };
}

export function filingsForCase(ledger: Ledger, caseId: number): FilingView[] {
  return (sql(ledger.db, `${SELECT} WHERE f.case_id = ? ORDER BY f.id`).all(caseId) as FilingRow[]).map((r) =>
    filingView(ledger, r),
  );
}

/**
 * Records the documents received for a case and takes the receipt for their fees, all in one
 * transaction: the filings, the receipt (through the same code as any payment) and the audit events.
 */
export function recordFilings(ledger: Ledger, actorId: number, input: RecordFilings): FilingsRecordedView {
  const { ids, receiptId } = ledger.db.transaction(() => {
    const outage = openOutageRef(ledger);
    if (!outage) {
      throw new AppError('CONFLICT', 'Tiada tempoh gangguan dibuka: dokumen diterima melalui ESV3 seperti biasa.');
    }
    const caseRow = sql(ledger.db, 'SELECT id, case_number, status FROM cases WHERE id = ?').get(input.caseId) as
      { id: number; case_number: string; status: string } | undefined;
    if (!caseRow) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
    if (caseRow.status !== 'REGISTERED') {
      throw new AppError('CONFLICT', 'Kes {caseNumber} telah dibatalkan: dokumen tidak boleh diterima.', {
        caseNumber: caseRow.case_number,
      });
    }
    const priced = input.documents.map((doc, i) => {
      const type = sql(ledger.db, 'SELECT * FROM filing_types WHERE code = ?').get(doc.typeCode) as
        FilingTypeRow | undefined;
      if (!type || type.active !== 1) {
        throw AppError.onField(
          'VALIDATION',
          `documents.${i}.typeCode`,
          'Jenis dokumen {typeCode} tiada dalam senarai mahkamah ini.',
          { typeCode: doc.typeCode },
        );
      }
      const fee = type.fee_code ? getFee(ledger, type.fee_code) : null;
      if (type.fee_code && (!fee || !fee.active)) {
        throw AppError.onField(
          'CONFLICT',
          `documents.${i}.typeCode`,
          'Fi bagi {name} ({feeCode}) tiada dalam jadual fi: Penolong Pendaftar perlu membetulkannya.',
          { name: type.name, feeCode: type.fee_code },
        );
      }
      return { doc, type, fee, amountSen: fee ? fee.amountSen * doc.quantity : 0 };
    });
    const lines = priced
      .filter((p) => p.fee !== null)
      .map((p) => ({ feeCode: p.fee?.code ?? '', quantity: p.doc.quantity, exemptReason: null, amountSen: null }));
    const receiptId =
      lines.length === 0
        ? null
        : issueReceipt(ledger, actorId, {
            caseId: caseRow.id,
            lines,
            payerName: input.payerName,
            payerIdNumber: input.payerIdNumber,
            method: input.method,
            tenderedSen: input.tenderedSen,
            chequeBank: input.chequeBank,
            methodReference: input.methodReference,
            kew38Serial: input.kew38Serial,
            igfmasRef: input.igfmasRef,
            ispeksRef: input.ispeksRef,
            confirmLargeChange: input.confirmLargeChange,
            note: input.note ?? null,
            replacesReceiptId: null,
          });
    const at = ledger.clock().toISOString();
    const insert = sql(
      ledger.db,
      `INSERT INTO filings (case_id, filing_type_code, filing_type_name, description, quantity, fee_code, amount_sen,
         received_at, received_by, outage_id, receipt_id, sop_option)
       VALUES (@caseId, @code, @name, @description, @quantity, @feeCode, @amountSen, @at, @actorId, @outageId, @receiptId,
               @sopOption)`,
    );
    const ids = priced.map((p) =>
      Number(
        insert.run({
          caseId: caseRow.id,
          code: p.type.code,
          name: p.type.name,
          description: p.doc.description,
          quantity: p.doc.quantity,
          feeCode: p.fee?.code ?? null,
          amountSen: p.amountSen,
          at,
          actorId,
          outageId: outage.id,
          sopOption: outage.sopOption,
          receiptId,
        }).lastInsertRowid,
      ),
    );
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'case.filings',
      entity: 'case',
      entityId: caseRow.id,
      data: {
        caseNumber: caseRow.case_number,
        filingIds: ids,
        documents: priced.map((p) => ({
          typeCode: p.type.code,
          quantity: p.doc.quantity,
          description: p.doc.description,
          amountSen: p.amountSen,
        })),
        receiptId,
      },
    });
    return { ids, receiptId };
  })();
  const all = filingsForCase(ledger, input.caseId);
  return {
    filings: all.filter((f) => ids.includes(f.id)),
    receipt: receiptId === null ? null : getReceipt(ledger, receiptId),
  };
}
