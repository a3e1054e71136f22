import { AppError } from '@shared/errors';
import type { CourtCaseView } from '@shared/courtFolderViews';
import type { Db } from '../db/open';

/** Another counter's case, its parties, filings and receipts as the replica holds them. */
export function courtCase(replica: Db, counter: string, caseId: number): Omit<CourtCaseView, 'localCaseId'> {
  const row = replica
    .prepare(
      `SELECT counter, id AS caseId, case_number AS caseNumber, case_type_code AS caseTypeCode,
              case_type_name AS caseTypeName, status, registered_at AS registeredAt, source, proceeding,
              claim_sen AS claimSen, esv3_case_number AS esv3CaseNumber
         FROM replica_cases WHERE counter = ? AND id = ?`,
    )
    .get(counter, caseId) as
    Omit<CourtCaseView, 'parties' | 'filings' | 'receipts' | 'asOf' | 'localCaseId'> | undefined;
  if (!row)
    throw new AppError('NOT_FOUND', 'Kes ini tiada dalam salinan rekod kaunter {counter} di PC ini.', { counter });
  const parties = replica
    .prepare(
      'SELECT side, name, id_number AS idNumber FROM replica_parties WHERE counter = ? AND case_id = ? ORDER BY position',
    )
    .all(counter, caseId) as CourtCaseView['parties'];
  const filings = replica
    .prepare(
      `SELECT id, filing_type_code AS filingTypeCode, filing_type_name AS filingTypeName, quantity,
              amount_sen AS amountSen, received_at AS receivedAt
         FROM replica_filings WHERE counter = ? AND case_id = ? ORDER BY received_at, id`,
    )
    .all(counter, caseId) as CourtCaseView['filings'];
  const receipts = replica
    .prepare(
      `SELECT id, receipt_number AS receiptNumber, payer_name AS payerName, total_sen AS totalSen, status,
              issued_at AS issuedAt
         FROM replica_receipts WHERE counter = ? AND case_id = ? ORDER BY issued_at, id`,
    )
    .all(counter, caseId) as CourtCaseView['receipts'];
  const asOf = (replica.prepare('SELECT MAX(read_at) FROM replica_segments WHERE counter = ?').pluck().get(counter) ??
    null) as string | null;
  return { ...row, parties, filings, receipts, asOf };
}
