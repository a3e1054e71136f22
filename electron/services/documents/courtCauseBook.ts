/**
 * The whole court's cause book (issue 20): this counter's cases and every other counter's as the replica
 * holds them (verified segments only), each row naming the counter that registered it, with what is
 * included of each counter and any counter whose records stopped at a problem.
 */
import type { CaseSource, Proceeding } from '@shared/domain';
import { addDays, courtDayStart } from '@shared/time';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { requireCourtConfig } from '../court/court';
import { enrolledKeys } from '../courtFolder/enrolment';
import { courtStatus, type CounterStatus } from '../courtFolder/status';
import type { Ledger } from '../ledger/ledger';
import {
  bookRow,
  ownBookCases,
  ownCaseRecords,
  type BookCase,
  type BookHearing,
  type BookParty,
  type BookReceipt,
} from './causeBookCases';
import { causeBookHead, periodRange, type CauseBookPeriod } from './causeBook';
import type { CauseBookData } from './causeBookDoc';
import { formatCourtDateTime } from './format';

interface ReplicaCaseRow {
  counter: string;
  id: number;
  case_number: string;
  registered_at: string;
  case_type_code: string;
  case_type_name: string;
  proceeding: Proceeding;
  source: CaseSource;
  row: string;
}

const keyOf = (counter: string, caseId: number): string => `${counter}:${caseId}`;

function field(json: string, name: string): unknown {
  try {
    return (JSON.parse(json) as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function replicaRecords(replica: Db) {
  const receipts = replica.prepare(
    `SELECT receipt_number AS receiptNumber, total_sen AS totalSen, status, kew38_serial AS kew38Serial,
            issued_at AS issuedAt FROM replica_receipts WHERE counter = ? AND case_id = ? ORDER BY id`,
  );
  const hearings = replica.prepare(
    `SELECT id, kind, date, time, room, set_at AS setAt FROM replica_hearings WHERE counter = ? AND case_id = ?
      ORDER BY id`,
  );
  const parties = replica.prepare(
    `SELECT side, name, id_type AS idType, id_number AS idNumber, nationality FROM replica_parties
      WHERE counter = ? AND case_id = ? ORDER BY position`,
  );
  return {
    receipts: (counter: string, caseId: number) => receipts.all(counter, caseId) as BookReceipt[],
    hearings: (counter: string, caseId: number) => hearings.all(counter, caseId) as BookHearing[],
    parties: (counter: string, caseId: number) => parties.all(counter, caseId) as BookParty[],
  };
}

/** The other counters' cases registered between two instants (their COURT_COUNTER rows are not cases of theirs). */
function otherBookCases(replica: Db, ownCounter: string, fromIso: string, toIso: string): BookCase[] {
  const rows = replica
    .prepare(
      `SELECT counter, id, case_number, registered_at, case_type_code, case_type_name, proceeding, source, row
         FROM replica_cases WHERE registered_at >= ? AND registered_at < ? AND source <> 'COURT_COUNTER' AND counter <> ?`,
    )
    .all(fromIso, toIso, ownCounter) as ReplicaCaseRow[];
  const records = replicaRecords(replica);
  return rows.map((c) => {
    const note = field(c.row, 'note');
    return {
      counter: c.counter,
      caseId: c.id,
      caseNumber: c.case_number,
      registeredAt: c.registered_at,
      caseTypeCode: c.case_type_code,
      caseTypeName: c.case_type_name,
      proceeding: c.proceeding,
      source: c.source,
      note: typeof note === 'string' ? note : null,
      parties: records.parties(c.counter, c.id),
      receipts: records.receipts(c.counter, c.id),
      hearings: records.hearings(c.counter, c.id),
    };
  });
}

interface Contribution {
  origin: string;
  receipts: BookReceipt[];
  hearings: BookHearing[];
}

/**
 * What counters recorded on another counter's case (a COURT_COUNTER row: a document or a payment taken
 * there): these and the other counters'. They join the registering counter's row, never a row of their own.
 */
function courtCounterContributions(ledger: Ledger, replica: Db, ownCounter: string): Contribution[] {
  const own = sql(
    ledger.db,
    "SELECT id, origin_counter AS originCounter, origin_case_id AS originCaseId FROM cases WHERE source = 'COURT_COUNTER'",
  ).all() as { id: number; originCounter: string | null; originCaseId: number | null }[];
  const records = ownCaseRecords(ledger.db);
  const contributions: Contribution[] = [];
  for (const c of own) {
    if (c.originCounter === null || c.originCaseId === null) continue;
    contributions.push({
      origin: keyOf(c.originCounter, c.originCaseId),
      receipts: records.receipts(c.id),
      hearings: records.hearings(c.id),
    });
  }
  const others = replica
    .prepare("SELECT counter, id, row FROM replica_cases WHERE source = 'COURT_COUNTER' AND counter <> ?")
    .all(ownCounter) as { counter: string; id: number; row: string }[];
  const fromReplica = replicaRecords(replica);
  for (const c of others) {
    const originCounter = field(c.row, 'origin_counter');
    const originCaseId = field(c.row, 'origin_case_id');
    if (typeof originCounter !== 'string' || typeof originCaseId !== 'number') continue;
    contributions.push({
      origin: keyOf(originCounter, originCaseId),
      receipts: fromReplica.receipts(c.counter, c.id),
      hearings: fromReplica.hearings(c.counter, c.id),
    });
  }
  return contributions;
}

/** "Kaunter K1 hingga 30 November 2026, 09:05 (segmen terakhir tiba 30 November 2026, 09:06)". */
function includedLine(status: CounterStatus): string {
  if (status.own) return `Kaunter ${status.counter} (kaunter ini): semua rekod hingga masa dicetak`;
  if (status.segments === 0 || status.lastArrivedAt === null)
    return `Kaunter ${status.counter}: belum ada rekod diterima daripada folder mahkamah`;
  const upTo = status.lastEventAt ? formatCourtDateTime(status.lastEventAt) : '-';
  return `Kaunter ${status.counter}: rekod hingga ${upTo} (segmen terakhir tiba ${formatCourtDateTime(status.lastArrivedAt)})`;
}

export interface CourtCauseBook {
  data: CauseBookData;
  /** What each counter gave the book, for the audit event. */
  counters: { counter: string; lastSeq: number; problems: number }[];
}

export function courtCauseBookData(ledger: Ledger, replica: Db, period: CauseBookPeriod, date: string): CourtCauseBook {
  const ownCounter = requireCourtConfig(ledger).court.counterId;
  const { from, to } = periodRange(period, date);
  const fromIso = courtDayStart(from).toISOString();
  const toIso = courtDayStart(addDays(to, 1)).toISOString();
  const cases = [
    ...ownBookCases(ledger.db, ownCounter, fromIso, toIso),
    ...otherBookCases(replica, ownCounter, fromIso, toIso),
  ];
  const byKey = new Map(cases.map((c) => [keyOf(c.counter, c.caseId), c]));
  for (const extra of courtCounterContributions(ledger, replica, ownCounter)) {
    const held = byKey.get(extra.origin);
    if (!held) continue;
    // After the registering counter's own: the receipts of the counters that took a payment on it.
    held.receipts.push(...extra.receipts);
    held.hearings.push(...extra.hearings);
  }
  cases.sort(
    (a, b) =>
      (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : 0) ||
      (a.counter < b.counter ? -1 : a.counter > b.counter ? 1 : 0) ||
      a.caseId - b.caseId,
  );
  const statuses = courtStatus(ledger, replica, ownCounter, [...enrolledKeys(ledger).keys()]);
  const rows = cases.map((c) => bookRow(c, true));
  const head = causeBookHead(ledger, period, date);
  const problems = statuses.flatMap((s) => s.problems);
  return {
    data: {
      ...head,
      printedLine: `${head.printedLine} · Seluruh mahkamah`,
      rows,
      totalSen: rows.reduce((sum, r) => sum + r.amountSen, 0),
      court: {
        counters: statuses.map((s) => s.counter),
        included: statuses.map(includedLine),
        warnings:
          problems.length === 0
            ? []
            : [
                'AMARAN: senarai ini mungkin tidak lengkap. Rekod kaunter berikut, mulai segmen yang bermasalah, tidak disertakan:',
                ...problems.map((p) => p.messageMs),
              ],
      },
    },
    counters: statuses.map((s) => ({ counter: s.counter, lastSeq: s.lastSeq, problems: s.problems.length })),
  };
}
