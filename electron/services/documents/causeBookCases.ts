/**
 * A case as the cause book prints it, wherever it was read from (this counter's ledger, or another
 * counter's records in the replica), and the row it becomes.
 */
import { formatHearingTime } from '@shared/calendar/courtDates';
import { CASE_SOURCE_LABELS, partyRoleLabel, type CaseSource, type IdType, type PartySide } from '@shared/domain';
import type { Proceeding, Sen } from '@shared/domain';
import { HEARING_KIND_LABELS, type HearingKind } from '@shared/schemas/courtCalendar';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { CauseBookRow } from './causeBookDoc';
import { identityLine } from './courtDocuments';
import { formatCourtDateTimeShort } from './format';

export interface BookParty {
  side: PartySide;
  name: string;
  idType: IdType;
  idNumber: string | null;
  nationality: string | null;
}

export interface BookReceipt {
  receiptNumber: string;
  totalSen: Sen;
  status: string;
  kew38Serial: string | null;
  issuedAt: string;
}

export interface BookHearing {
  kind: HearingKind;
  date: string;
  time: string;
  room: string;
  /** When it was set: the latest set is the one the book prints. */
  setAt: string;
  id: number;
}

export interface BookCase {
  /** The counter that registered it. */
  counter: string;
  caseId: number;
  caseNumber: string;
  registeredAt: string;
  caseTypeCode: string;
  caseTypeName: string;
  proceeding: Proceeding;
  source: CaseSource;
  note: string | null;
  parties: BookParty[];
  receipts: BookReceipt[];
  hearings: BookHearing[];
}

/** The latest hearing set (by when it was set, then by id, as the counter book takes its last). */
export function latestHearing(hearings: BookHearing[]): BookHearing | null {
  let latest: BookHearing | null = null;
  for (const h of hearings) {
    if (!latest || h.setAt > latest.setAt || (h.setAt === latest.setAt && h.id > latest.id)) latest = h;
  }
  return latest;
}

export function bookRow(c: BookCase, withCounter: boolean): CauseBookRow {
  const valid = c.receipts.filter((r) => r.status === 'ISSUED');
  const remarks: string[] = [];
  if (c.source !== 'MANUAL') remarks.push(`Sumber: ${CASE_SOURCE_LABELS[c.source]}`);
  for (const r of c.receipts) if (r.status === 'CANCELLED') remarks.push(`Resit ${r.receiptNumber} BATAL`);
  for (const r of c.receipts) if (r.kew38Serial) remarks.push(`No. siri Kew. 38: ${r.kew38Serial}`);
  if (c.note?.trim()) remarks.push(c.note.trim());
  const hearing = latestHearing(c.hearings);
  return {
    caseNumber: c.caseNumber,
    ...(withCounter ? { counter: c.counter } : {}),
    registeredAt: formatCourtDateTimeShort(c.registeredAt),
    caseType: `${c.caseTypeCode} ${c.caseTypeName}`,
    parties: c.parties.map((p) => {
      const identity = identityLine(p.idType, p.idNumber, p.nationality);
      return `${partyRoleLabel(p.side, c.proceeding)}: ${p.name}${identity ? ` (${identity})` : ''}`;
    }),
    receiptNumbers: c.receipts.map((r) => r.receiptNumber),
    amountSen: valid.reduce((sum, r) => sum + r.totalSen, 0),
    hearing: hearing
      ? `${hearing.date.split('-').reverse().join('/')} ${formatHearingTime(hearing.time)}, ${hearing.room} (${HEARING_KIND_LABELS[hearing.kind]})`
      : null,
    remarks,
  };
}

interface CaseRow {
  id: number;
  case_number: string;
  registered_at: string;
  case_type_code: string;
  case_type_name: string;
  proceeding: Proceeding;
  source: CaseSource;
  note: string | null;
}

/** What this counter's ledger holds on one case: its receipts and hearings. */
export function ownCaseRecords(db: Db): {
  receipts(caseId: number): BookReceipt[];
  hearings(caseId: number): BookHearing[];
} {
  const receiptsOf = sql(
    db,
    `SELECT receipt_number AS receiptNumber, total_sen AS totalSen, status, kew38_serial AS kew38Serial,
            issued_at AS issuedAt FROM receipts WHERE case_id = ? ORDER BY id`,
  );
  const hearingsOf = sql(
    db,
    'SELECT id, kind, date, time, room, set_at AS setAt FROM hearings WHERE case_id = ? ORDER BY id',
  );
  return {
    receipts: (caseId) => receiptsOf.all(caseId) as BookReceipt[],
    hearings: (caseId) => hearingsOf.all(caseId) as BookHearing[],
  };
}

/**
 * The cases this counter registered between two instants, in the order of the book (registered, then
 * row id). A case of another counter held here to file or pay on (COURT_COUNTER) is not one of them.
 */
export function ownBookCases(db: Db, counter: string, fromIso: string, toIso: string): BookCase[] {
  const cases = sql(
    db,
    `SELECT id, case_number, registered_at, case_type_code, case_type_name, proceeding, source, note
       FROM cases WHERE registered_at >= ? AND registered_at < ? AND source <> 'COURT_COUNTER' ORDER BY registered_at, id`,
  ).all(fromIso, toIso) as CaseRow[];
  const partiesOf = sql(
    db,
    `SELECT side, name, id_type AS idType, id_number AS idNumber, nationality FROM parties WHERE case_id = ?
      ORDER BY position`,
  );
  const records = ownCaseRecords(db);
  return cases.map((c) => ({
    counter,
    caseId: c.id,
    caseNumber: c.case_number,
    registeredAt: c.registered_at,
    caseTypeCode: c.case_type_code,
    caseTypeName: c.case_type_name,
    proceeding: c.proceeding,
    source: c.source,
    note: c.note,
    parties: partiesOf.all(c.id) as BookParty[],
    receipts: records.receipts(c.id),
    hearings: records.hearings(c.id),
  }));
}
