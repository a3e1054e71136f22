import { AppError } from '@shared/errors';
import type { RecordFilings } from '@shared/schemas/filing';
import type { TakePayment } from '@shared/schemas/payment';
import type { FilingsRecordedView } from '@shared/filingViews';
import type { ReceiptView } from '@shared/receiptViews';
import { recordFilings } from '../cases/filings';
import { requireActiveCaseType } from '../cases/caseTypes';
import { idKey } from '../cases/cases';
import { requireCourtConfig } from '../court/court';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { appendAudit, userActor } from '../ledger/audit';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { takePayment } from '../receipts/receipts';

/*
 * A document or a payment received here on a case another counter of the court registered (issue 20).
 * The filing and the receipt are this counter's records, numbered in its own series; the case they point
 * at is taken from the replica (verified segments only) into a `cases` row of source COURT_COUNTER that
 * names the origin counter and its row id (migration 020), in the same transaction as the filing or the
 * payment, once: the next one on that case uses the same row. No case number is issued here.
 */

/** Another counter's case, as the court search names it. */
export interface CourtCaseRef {
  counter: string;
  caseId: number;
}

interface ReplicaCase {
  caseNumber: string;
  caseTypeCode: string;
  proceeding: string;
  status: string;
  claimSen: number | null;
  registeredAt: string;
  row: string;
}

interface ReplicaParty {
  side: 'CLAIMANT' | 'RESPONDENT';
  name: string;
  idType: string;
  idNumber: string | null;
}

function str(row: Record<string, unknown>, name: string): string | null {
  const v = row[name];
  return typeof v === 'string' ? v : null;
}

/**
 * This counter's row for another counter's case: the one taken before, or a new one from the replica
 * with its audit event. Call inside the clerk action's transaction.
 */
export function localCaseFor(ledger: Ledger, replica: Db, actorId: number, ref: CourtCaseRef): number {
  const config = requireCourtConfig(ledger);
  if (ref.counter === config.court.counterId) {
    throw new AppError('VALIDATION', 'Kes ini kes kaunter ini sendiri. Cari kes itu dalam Buku Daftar kaunter ini.');
  }
  const held = sql(ledger.db, 'SELECT id FROM cases WHERE origin_counter = ? AND origin_case_id = ?').get(
    ref.counter,
    ref.caseId,
  ) as { id: number } | undefined;
  if (held) return held.id;
  const found = replica
    .prepare(
      `SELECT case_number AS caseNumber, case_type_code AS caseTypeCode, proceeding, status, claim_sen AS claimSen,
              registered_at AS registeredAt, row FROM replica_cases WHERE counter = ? AND id = ?`,
    )
    .get(ref.counter, ref.caseId) as ReplicaCase | undefined;
  if (!found) {
    throw new AppError(
      'NOT_FOUND',
      'Kes ini tiada dalam salinan rekod Kaunter {counter} di kaunter ini (folder mahkamah belum dibaca, atau segmennya ditolak). Semak status folder mahkamah.',
      { counter: ref.counter },
    );
  }
  if (found.status !== 'REGISTERED') {
    throw new AppError('CONFLICT', 'Kes {caseNumber} telah dibatalkan di Kaunter {counter}.', {
      caseNumber: found.caseNumber,
      counter: ref.counter,
    });
  }
  const mine = sql(ledger.db, 'SELECT source FROM cases WHERE case_number = ? OR esv3_case_number = ?').get(
    found.caseNumber,
    found.caseNumber,
  ) as { source: string } | undefined;
  if (mine) {
    throw new AppError(
      'CONFLICT',
      'No. kes {caseNumber} telah direkodkan di kaunter ini. Cari kes itu dan gunakannya.',
      { caseNumber: found.caseNumber },
    );
  }
  const outage = openOutageRef(ledger);
  if (!outage) throw new AppError('CONFLICT', 'Tiada tempoh gangguan dibuka: kes direkodkan dalam ESV3 seperti biasa.');
  // The case type must be one this counter knows (the court's list is the same at every counter).
  const type = requireActiveCaseType(ledger, found.caseTypeCode);
  const origin = JSON.parse(found.row) as Record<string, unknown>;
  const parties = replica
    .prepare(
      `SELECT side, name, id_type AS idType, id_number AS idNumber FROM replica_parties
        WHERE counter = ? AND case_id = ? ORDER BY position`,
    )
    .all(ref.counter, ref.caseId) as ReplicaParty[];
  const at = ledger.clock().toISOString();
  const yearValue = origin.year;
  const values = {
    caseNumber: found.caseNumber,
    typeCode: type.code,
    typeName: type.name,
    category: type.category,
    proceeding: found.proceeding,
    courtCode: str(origin, 'court_code') ?? `${config.court.stateCode}${config.court.courtCode}`,
    year: typeof yearValue === 'number' ? yearValue : null,
    claimSen: found.claimSen,
    lawyerName: str(origin, 'lawyer_name'),
    lawyerFirm: str(origin, 'lawyer_firm'),
    registeredAt: found.registeredAt,
    actorId,
    outageId: outage.id,
    sopOption: outage.sopOption,
    originCounter: ref.counter,
    originCaseId: ref.caseId,
  };
  const { lastInsertRowid } = sql(
    ledger.db,
    `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
                        running_number, scope_key, provisional, claim_sen, lawyer_name, lawyer_firm, note, registered_at,
                        registered_by, outage_id, sop_option, origin_counter, origin_case_id)
     VALUES (@caseNumber, 'COURT_COUNTER', @typeCode, @typeName, @category, @proceeding, @courtCode, @year, NULL, NULL, 0,
             @claimSen, @lawyerName, @lawyerFirm, NULL, @registeredAt, @actorId, @outageId, @sopOption, @originCounter,
             @originCaseId)`,
  ).run(values);
  const caseId = Number(lastInsertRowid);
  const insertParty = sql(
    ledger.db,
    `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key)
     VALUES (@caseId, @position, @side, @name, @idType, @idNumber, @idKey)`,
  );
  parties.forEach((p, position) => insertParty.run({ caseId, position, ...p, idKey: idKey(p.idNumber) }));
  appendAudit(ledger.db, {
    at,
    actor: userActor(actorId),
    action: 'case.fromCourtCounter',
    entity: 'case',
    entityId: caseId,
    data: {
      caseNumber: found.caseNumber,
      source: 'COURT_COUNTER',
      originCounter: ref.counter,
      originCaseId: ref.caseId,
      originRegisteredAt: found.registeredAt,
      caseTypeCode: type.code,
      proceeding: found.proceeding,
      outageId: outage.id,
      claimSen: found.claimSen,
      parties,
    },
  });
  return caseId;
}

/** Terima dokumen on another counter's case: the case row (if new), the filings and the receipt, one transaction. */
export function recordCourtCaseFilings(
  ledger: Ledger,
  replica: Db,
  actorId: number,
  ref: CourtCaseRef,
  input: Omit<RecordFilings, 'caseId'>,
): FilingsRecordedView {
  return ledger.db.transaction(() => {
    const caseId = localCaseFor(ledger, replica, actorId, ref);
    return recordFilings(ledger, actorId, { ...input, caseId } as RecordFilings);
  })();
}

/** Terima bayaran on another counter's case: the case row (if new) and the receipt, one transaction. */
export function takeCourtCasePayment(
  ledger: Ledger,
  replica: Db,
  actorId: number,
  ref: CourtCaseRef,
  input: Omit<TakePayment, 'caseId'>,
): ReceiptView {
  return ledger.db.transaction(() => {
    const caseId = localCaseFor(ledger, replica, actorId, ref);
    return takePayment(ledger, actorId, { ...input, caseId } as TakePayment);
  })();
}
