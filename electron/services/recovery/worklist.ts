import type { CaseSource, CaseStatus, OutageCloseKind, SopOption } from '@shared/domain';
import type { RecoveryFilter } from '@shared/schemas/recovery';
import type {
  RecoveryCaseItem,
  RecoveryOutageProgress,
  RecoveryReceiptItem,
  RecoveryState,
  RecoveryWorklistView,
} from '@shared/recoveryViews';
import { userActor } from '../ledger/audit';
import { partiesLine } from '../cases/cases';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { actorName } from '../users/users';

export const NOTICE_KIND = 'NOTIS_PERTUKARAN_NOMBOR';
const LIMIT = 500;

/**
 * The last outage closed as "ESV3 pulih": its cases and those of every earlier outage are on the
 * worklist. Null while ESV3 has not been declared back.
 */
export function recoveryHorizon(ledger: Ledger): number | null {
  const row = sql(
    ledger.db,
    "SELECT MAX(id) AS id FROM outages WHERE close_kind = 'ESV3_PULIH' AND closed_at IS NOT NULL",
  ).get() as { id: number | null };
  return row.id;
}

/** Whether every case of the outage is done: stops at the first one that is not. */
export function outageRecovered(ledger: Ledger, outageId: number): boolean {
  return (
    sql(ledger.db, `SELECT 1 FROM cases c WHERE c.outage_id = ? AND NOT ${CASE_DONE} LIMIT 1`).get(outageId) ===
    undefined
  );
}

/**
 * Whether everything this counter recorded is back in ESV3: no outage open, ESV3 declared back (pulih)
 * after every outage that holds a case (one closed for another reason with nothing in it does not
 * count), and every case done. An export taken then is the final one (docs/ARCHITECTURE.md, Recovery): its
 * manifest and handover slip say so.
 */
export function recoveryComplete(ledger: Ledger): boolean {
  const horizon = recoveryHorizon(ledger);
  if (horizon === null) return false;
  if (openOutageRef(ledger) !== null) return false;
  if (sql(ledger.db, 'SELECT 1 FROM cases WHERE outage_id > ? LIMIT 1').get(horizon)) return false;
  return sql(ledger.db, `SELECT 1 FROM cases c WHERE NOT ${CASE_DONE} LIMIT 1`).get() === undefined;
}

/** A case is done when it carries its ESV3 number and every issued receipt its ESV3 reference. */
const CASE_DONE = `(c.status = 'CANCELLED' OR (c.esv3_done_at IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM receipts r WHERE r.case_id = c.id AND r.status = 'ISSUED' AND r.esv3_done_at IS NULL)))`;

interface OutageRow {
  id: number;
  sop_option: SopOption;
  started_at: string;
  closed_at: string;
  close_kind: OutageCloseKind | null;
  total: number;
  done: number;
}

export function outageProgress(ledger: Ledger, horizon: number): RecoveryOutageProgress[] {
  // One pass over the cases for every outage's counts.
  const rows = sql(
    ledger.db,
    `SELECT o.id, o.sop_option, o.started_at, o.closed_at, o.close_kind,
       COALESCE(n.total, 0) AS total, COALESCE(n.done, 0) AS done
     FROM outages o LEFT JOIN (
       SELECT c.outage_id, COUNT(*) AS total, SUM(${CASE_DONE}) AS done
       FROM cases c WHERE c.outage_id <= @horizon GROUP BY c.outage_id
     ) n ON n.outage_id = o.id
     WHERE o.id <= @horizon AND o.closed_at IS NOT NULL ORDER BY o.id`,
  ).all({ horizon }) as OutageRow[];
  return rows.map((r) => ({
    outageId: r.id,
    sopOption: r.sop_option,
    startedAt: r.started_at,
    closedAt: r.closed_at,
    closeKind: r.close_kind,
    total: r.total,
    done: r.done,
    recovered: r.done === r.total,
  }));
}

interface CaseRow {
  id: number;
  case_number: string;
  source: CaseSource;
  case_type_code: string;
  case_type_name: string;
  registered_at: string;
  status: CaseStatus;
  outage_id: number;
  esv3_case_number: string | null;
  esv3_done_at: string | null;
  esv3_done_by: number | null;
}

interface ReceiptRow {
  id: number;
  case_id: number;
  receipt_number: string;
  issued_at: string;
  total_sen: number;
  status: 'ISSUED' | 'CANCELLED';
  esv3_payment_ref: string | null;
  esv3_done_at: string | null;
  esv3_done_by: number | null;
}

function inClause(ids: number[]): string {
  return ids.map(() => '?').join(',');
}

function toItems(ledger: Ledger, cases: CaseRow[]): RecoveryCaseItem[] {
  if (cases.length === 0) return [];
  const ids = cases.map((c) => c.id);
  const names = new Map<number, string>();
  const nameOf = (id: number | null) => {
    if (id === null) return null;
    if (!names.has(id)) names.set(id, actorName(ledger, userActor(id)));
    return names.get(id) ?? null;
  };
  const receipts = sql(
    ledger.db,
    `SELECT id, case_id, receipt_number, issued_at, total_sen, status, esv3_payment_ref, esv3_done_at, esv3_done_by
     FROM receipts WHERE case_id IN (${inClause(ids)}) ORDER BY id`,
  ).all(...ids) as ReceiptRow[];
  const parties = sql(
    ledger.db,
    `SELECT case_id, side, name FROM parties WHERE case_id IN (${inClause(ids)}) ORDER BY case_id, position`,
  ).all(...ids) as { case_id: number; side: 'CLAIMANT' | 'RESPONDENT'; name: string }[];
  const notices = sql(
    ledger.db,
    `SELECT case_id, reference FROM documents WHERE kind = ? AND status = 'ISSUED' AND case_id IN (${inClause(ids)})`,
  ).all(NOTICE_KIND, ...ids) as { case_id: number; reference: string }[];
  return cases.map((c) => {
    const own = receipts.filter((r) => r.case_id === c.id);
    const receiptItems: RecoveryReceiptItem[] = own.map((r) => {
      const state: RecoveryState =
        r.status === 'CANCELLED' ? 'TIADA_TINDAKAN' : r.esv3_done_at !== null ? 'SELESAI' : 'BELUM';
      return {
        receiptId: r.id,
        receiptNumber: r.receipt_number,
        issuedAt: r.issued_at,
        totalSen: r.total_sen,
        cancelled: r.status === 'CANCELLED',
        esv3PaymentRef: r.esv3_payment_ref,
        doneAt: r.esv3_done_at,
        doneBy: nameOf(r.esv3_done_by),
        state,
      };
    });
    const state: RecoveryState =
      c.status === 'CANCELLED'
        ? 'TIADA_TINDAKAN'
        : c.esv3_done_at !== null && receiptItems.every((r) => r.state !== 'BELUM')
          ? 'SELESAI'
          : 'BELUM';
    const numberChanged = c.esv3_case_number !== null && c.esv3_case_number !== c.case_number;
    return {
      caseId: c.id,
      caseNumber: c.case_number,
      source: c.source,
      caseTypeCode: c.case_type_code,
      caseTypeName: c.case_type_name,
      partiesLine: partiesLine(parties.filter((p) => p.case_id === c.id)),
      registeredAt: c.registered_at,
      caseStatus: c.status,
      outageId: c.outage_id,
      esv3CaseNumber: c.esv3_case_number,
      doneAt: c.esv3_done_at,
      doneBy: nameOf(c.esv3_done_by),
      numberChanged,
      noticeIssued: numberChanged && notices.some((n) => n.case_id === c.id && n.reference === c.esv3_case_number),
      state,
      receipts: receiptItems,
    };
  });
}

const CASE_COLUMNS = `c.id, c.case_number, c.source, c.case_type_code, c.case_type_name, c.registered_at, c.status,
  c.outage_id, c.esv3_case_number, c.esv3_done_at, c.esv3_done_by`;

export function recoveryItem(ledger: Ledger, caseId: number): RecoveryCaseItem | null {
  const row = sql(ledger.db, `SELECT ${CASE_COLUMNS} FROM cases c WHERE c.id = ?`).get(caseId) as CaseRow | undefined;
  return row ? (toItems(ledger, [row])[0] ?? null) : null;
}

export function recoveryWorklist(
  ledger: Ledger,
  query: { filter: RecoveryFilter; outageId?: number | null | undefined },
): RecoveryWorklistView {
  const horizon = recoveryHorizon(ledger);
  if (horizon === null) {
    return { active: false, outages: [], total: 0, done: 0, allRecovered: false, items: [], matching: 0, limit: LIMIT };
  }
  const outages = outageProgress(ledger, horizon);
  const where = ['c.outage_id IN (SELECT id FROM outages WHERE id <= @horizon AND closed_at IS NOT NULL)'];
  if (query.outageId) where.push('c.outage_id = @outageId');
  if (query.filter === 'BELUM') where.push(`NOT ${CASE_DONE}`);
  if (query.filter === 'SELESAI') where.push(CASE_DONE);
  const params = { horizon, outageId: query.outageId ?? null };
  const counted = query.outageId ? outages.filter((o) => o.outageId === query.outageId) : outages;
  const sum = (pick: (o: RecoveryOutageProgress) => number) => counted.reduce((n, o) => n + pick(o), 0);
  const matching =
    query.filter === 'BELUM'
      ? sum((o) => o.total - o.done)
      : query.filter === 'SELESAI'
        ? sum((o) => o.done)
        : sum((o) => o.total);
  const rows = sql(
    ledger.db,
    `SELECT ${CASE_COLUMNS} FROM cases c WHERE ${where.join(' AND ')} ORDER BY c.id LIMIT ${LIMIT}`,
  ).all(params) as CaseRow[];
  const total = outages.reduce((n, o) => n + o.total, 0);
  const done = outages.reduce((n, o) => n + o.done, 0);
  return {
    active: true,
    outages,
    total,
    done,
    allRecovered: total === done,
    items: toItems(ledger, rows),
    matching,
    limit: LIMIT,
  };
}
