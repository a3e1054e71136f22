import { sql } from '../db/statements';
import { AppError, type MessageKey } from '@shared/errors';
import {
  partyRoleLabel,
  type CaseCategory,
  type CaseSource,
  type CaseStatus,
  type IdType,
  type PartySide,
  type Proceeding,
} from '@shared/domain';
import type { Party, RegisterCase } from '@shared/schemas/case';
import { courtYear } from '@shared/time';
import type { CaseSummary, CaseView, PartyView } from '@shared/views';
import { appendAudit, entityHistory, userActor } from '../ledger/audit';
import { noteRequestAnswer } from '../ledger/requestScope';
import { requireActiveCaseType } from './caseTypes';
import { requireCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { planNumber } from './numbering';
import { takeNext } from '../series/series';
import { openOutageRef } from '../outages/outages';
import { actorName } from '../users/users';
import { recoveryFacts } from '../recovery/history';
import { fulfilAppointment } from '../appointments/appointments';
import { requireNationality, requireOverrideReason } from './overrideReason';
import { MIN_OVERRIDE_REASON } from '@shared/mykad';
import type { Db } from '../db/open';
import { courtDuplicates } from '../courtFolder/duplicates';

export interface CaseRow {
  id: number;
  case_number: string;
  source: CaseSource;
  case_type_code: string;
  case_type_name: string;
  category: CaseCategory;
  proceeding: Proceeding;
  court_code: string;
  provisional: number;
  claim_sen: number | null;
  lawyer_name: string | null;
  lawyer_firm: string | null;
  note: string | null;
  registered_at: string;
  registered_by: number;
  outage_id: number;
  status: CaseStatus;
  esv3_case_number: string | null;
  esv2_receipt_number: string | null;
  origin_counter: string | null;
  origin_case_id: number | null;
}

interface PartyRow {
  id: number;
  case_id: number;
  side: PartySide;
  name: string;
  id_type: IdType;
  id_number: string | null;
  nationality: string | null;
  id_warnings: string | null;
  id_override_reason: string | null;
  address: string | null;
  phone: string | null;
}

/** Letters and digits only, upper case: "850101-10-5123" and "850101105123" find the same party. */
export function idKey(idNumber: string | null): string | null {
  if (idNumber === null) return null;
  const key = idNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key === '' ? null : key;
}

export const SOP_REFUSAL: Record<2 | 3, MessageKey> = {
  2: 'Tempoh gangguan semasa ialah SOP Pilihan 2: kes baharu didaftarkan dalam ESV2, bukan di kaunter ini.',
  3: 'Tempoh gangguan semasa ialah SOP Pilihan 3: pendaftaran kes baharu ditutup. Berikan janji temu kepada pihak.',
};

export function insertParties(ledger: Ledger, caseId: number, parties: Party[]): void {
  const insert = sql(
    ledger.db,
    `INSERT INTO parties (case_id, position, side, name, id_type, id_number, id_key, nationality, id_warnings,
       id_override_reason, address, phone)
     VALUES (@caseId, @position, @side, @name, @idType, @idNumber, @idKey, @nationality, @idWarnings,
       @idOverrideReason, @address, @phone)`,
  );
  const ordered = [...parties.filter((p) => p.side === 'CLAIMANT'), ...parties.filter((p) => p.side === 'RESPONDENT')];
  parties.forEach((party, i) => {
    requireOverrideReason(party, `parties.${i}.idOverrideReason`);
    requireNationality(party, `parties.${i}.nationality`);
  });
  ordered.forEach((party, position) => {
    insert.run({
      caseId,
      position,
      side: party.side,
      name: party.name,
      idType: party.idType,
      idNumber: party.idNumber,
      idKey: idKey(party.idNumber),
      nationality: party.idType === 'PASSPORT' ? (party.nationality ?? null) : null,
      idWarnings: party.idWarnings.length > 0 ? JSON.stringify(party.idWarnings) : null,
      idOverrideReason: party.idOverrideReason,
      address: party.address,
      phone: party.phone,
    });
  });
}

/**
 * Registers a new case under SOP option 1: the provisional number, the case, its parties and the audit
 * event, in one durable transaction.
 */
export function registerCase(
  ledger: Ledger,
  actorId: number,
  input: RegisterCase,
  /** The replica of the court folder's other counters, when this counter has one: the duplicate warning. */
  court: { replica: Db | null } = { replica: null },
): CaseView {
  return ledger.db.transaction(() => {
    const outage = openOutageRef(ledger);
    if (!outage) {
      throw new AppError(
        'CONFLICT',
        'Tiada tempoh gangguan dibuka. Penolong Pendaftar perlu membuka tempoh gangguan (Pilihan 1) dahulu.',
      );
    }
    if (outage.sopOption !== 1) throw new AppError('CONFLICT', SOP_REFUSAL[outage.sopOption]);
    const config = requireCourtConfig(ledger);
    const type = requireActiveCaseType(ledger, input.caseTypeCode);
    const now = ledger.clock();
    const at = now.toISOString();
    const duplicate = duplicateOf(court.replica, type.code, input, outage.startedAt);
    const plan = planNumber(ledger, config, type.code, courtYear(now));
    // The number becomes the series' own (clock guard included) in this transaction, as every series' does.
    takeNext(ledger.db, plan.series, at);
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO cases (case_number, source, case_type_code, case_type_name, category, proceeding, court_code, year,
                            running_number, scope_key, provisional, claim_sen, lawyer_name, lawyer_firm, note,
                            registered_at, registered_by, outage_id, sop_option, duplicate_of, duplicate_reason)
         VALUES (@caseNumber, 'MANUAL', @typeCode, @typeName, @category, @proceeding, @courtCode, @year, @runningNumber,
                 @scopeKey, 1, @claimSen, @lawyerName, @lawyerFirm, @note, @at, @actorId, @outageId, @sopOption,
                 @duplicateOf, @duplicateReason)`,
    ).run({
      caseNumber: plan.caseNumber,
      typeCode: type.code,
      typeName: type.name,
      category: type.category,
      proceeding: input.proceeding,
      courtCode: `${config.court.stateCode}${config.court.courtCode}`,
      year: plan.year,
      runningNumber: plan.runningNumber,
      scopeKey: plan.scopeKey,
      claimSen: input.claimSen,
      lawyerName: input.lawyerName,
      lawyerFirm: input.lawyerFirm,
      note: input.note ?? null,
      at,
      actorId,
      outageId: outage.id,
      sopOption: outage.sopOption,
      duplicateOf: duplicate?.of ?? null,
      duplicateReason: duplicate?.reason ?? null,
    });
    const caseId = Number(lastInsertRowid);
    insertParties(ledger, caseId, input.parties);
    const appointment = input.appointmentId
      ? fulfilAppointment(ledger, actorId, input.appointmentId, { caseId, caseNumber: plan.caseNumber, at })
      : null;
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'case.register',
      entity: 'case',
      entityId: caseId,
      data: {
        caseNumber: plan.caseNumber,
        source: 'MANUAL',
        caseTypeCode: type.code,
        proceeding: input.proceeding,
        outageId: outage.id,
        claimSen: input.claimSen,
        lawyerName: input.lawyerName,
        lawyerFirm: input.lawyerFirm,
        note: input.note ?? null,
        parties: input.parties,
        ...(appointment ? { appointmentReference: appointment } : {}),
        ...(duplicate ? { duplicateOf: duplicate.of, duplicateReason: duplicate.reason } : {}),
      },
    });
    // The view is read inside the transaction: a request's answer commits with its records.
    const view = getCase(ledger, caseId);
    noteRequestAnswer(ledger.db, view);
    return view;
  })();
}

/** The warning before a case like one another counter registered: refused until the clerk gives a reason. */
export const COURT_DUPLICATE_WARNING =
  'Kes serupa di Kaunter {counter}: {caseNumber}, {name}. Semak dengan pihak sama ada kes itu kes yang sama. Jika kes lain, nyatakan sebab mendaftarkannya (sekurang-kurangnya {min} aksara).' as const;

/** The like cases of other counters and the clerk's reason, or null when there are none. */
function duplicateOf(
  replica: Db | null,
  caseTypeCode: string,
  input: RegisterCase,
  since: string,
): { of: string; reason: string } | null {
  if (!replica) return null;
  const like = courtDuplicates(replica, caseTypeCode, input.parties, since);
  const [first] = like;
  if (!first) return null;
  const reason = input.duplicateReason?.trim() ?? '';
  if (reason.length < MIN_OVERRIDE_REASON) {
    throw AppError.onField('CONFLICT', 'duplicateReason', COURT_DUPLICATE_WARNING, {
      counter: first.counter,
      caseNumber: first.caseNumber,
      name: first.name,
      min: MIN_OVERRIDE_REASON,
    });
  }
  return { of: like.map((d) => `${d.counter} ${d.caseNumber}`).join('; '), reason };
}

function partyView(row: PartyRow, proceeding: Proceeding): PartyView {
  return {
    id: row.id,
    side: row.side,
    roleLabel: partyRoleLabel(row.side, proceeding),
    name: row.name,
    idType: row.id_type,
    idNumber: row.id_number,
    nationality: row.nationality,
    idWarnings: row.id_warnings ? (JSON.parse(row.id_warnings) as string[]) : [],
    idOverrideReason: row.id_override_reason,
    address: row.address,
    phone: row.phone,
  };
}

/** "Ahmad bin Ali dan 1 lagi lwn. Siti binti Abu". */
export function partiesLine(parties: { side: PartySide; name: string }[]): string {
  const side = (s: PartySide) => {
    const names = parties.filter((p) => p.side === s).map((p) => p.name);
    if (names.length === 0) return '';
    return names.length === 1 ? (names[0] ?? '') : `${names[0]} dan ${names.length - 1} lagi`;
  };
  const claimants = side('CLAIMANT');
  const respondents = side('RESPONDENT');
  return respondents ? `${claimants} lwn. ${respondents}` : claimants;
}

export function summaries(ledger: Ledger, rows: CaseRow[]): CaseSummary[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const parties = sql(
    ledger.db,
    `SELECT case_id, side, name FROM parties WHERE case_id IN (${ids.map(() => '?').join(',')}) ORDER BY case_id, position`,
  ).all(...ids) as { case_id: number; side: PartySide; name: string }[];
  const byCase = new Map<number, { side: PartySide; name: string }[]>();
  for (const p of parties) {
    const list = byCase.get(p.case_id) ?? [];
    list.push(p);
    byCase.set(p.case_id, list);
  }
  const names = new Map<number, string>();
  return rows.map((row) => {
    if (!names.has(row.registered_by)) names.set(row.registered_by, actorName(ledger, userActor(row.registered_by)));
    return summaryOf(row, byCase.get(row.id) ?? [], names.get(row.registered_by) ?? '');
  });
}

function summaryOf(row: CaseRow, parties: { side: PartySide; name: string }[], registeredBy: string): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    caseTypeCode: row.case_type_code,
    caseTypeName: row.case_type_name,
    proceeding: row.proceeding,
    source: row.source,
    status: row.status,
    registeredAt: row.registered_at,
    registeredBy,
    partiesLine: partiesLine(parties),
    esv3CaseNumber: row.esv3_case_number,
    originCounter: row.origin_counter,
  };
}

/** The case's own events and those of its receipts, in the order they happened. */
function caseHistory(ledger: Ledger, caseId: number) {
  const receiptIds = sql(ledger.db, 'SELECT id FROM receipts WHERE case_id = ? ORDER BY id').all(caseId) as {
    id: number;
  }[];
  return [entityHistory(ledger.db, 'case', caseId), ...receiptIds.map((r) => entityHistory(ledger.db, 'receipt', r.id))]
    .flat()
    .sort((a, b) => a.seq - b.seq);
}

export function getCase(ledger: Ledger, caseId: number): CaseView {
  const row = sql(ledger.db, 'SELECT * FROM cases WHERE id = ?').get(caseId) as CaseRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
  const partyRows = sql(ledger.db, 'SELECT * FROM parties WHERE case_id = ? ORDER BY position').all(
    caseId,
  ) as PartyRow[];
  const parties = partyRows.map((p) => partyView(p, row.proceeding));
  // This view is also a registration's answer, built inside its transaction: the parties read once, each name once.
  const names = new Map<string, string>();
  const nameOf = (actor: string) => {
    let name = names.get(actor);
    if (name === undefined) {
      name = actorName(ledger, actor);
      names.set(actor, name);
    }
    return name;
  };
  const summary = summaryOf(row, partyRows, nameOf(userActor(row.registered_by)));
  return {
    ...summary,
    category: row.category,
    courtCode: row.court_code,
    provisional: row.provisional === 1,
    outageId: row.outage_id,
    claimSen: row.claim_sen,
    lawyerName: row.lawyer_name,
    lawyerFirm: row.lawyer_firm,
    note: row.note,
    esv3CaseNumber: row.esv3_case_number,
    esv2ReceiptNumber: row.esv2_receipt_number,
    originCaseId: row.origin_case_id,
    parties,
    history: caseHistory(ledger, caseId).map((e) => ({
      seq: e.seq,
      at: e.at,
      actor: nameOf(e.actor),
      action: e.action,
      recovery: recoveryFacts(e.action, e.data),
    })),
  };
}
