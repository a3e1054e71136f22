import type { Db } from '../db/open';
import { sql } from '../db/statements';
import { applyEvent, FACT_ACTIONS_SQL, type Derived, type FactEvent, type Facts } from './facts';

interface EventRow {
  seq: number;
  action: string;
  entity: string;
  entity_id: string;
  data: string;
}

function toEvent(row: EventRow): FactEvent {
  return {
    seq: row.seq,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    data: JSON.parse(row.data) as unknown,
  };
}

/** What the audit chain says every checked row holds, after the events up to `upTo` (all by default). */
export function derivedFacts(db: Db, upTo = Number.MAX_SAFE_INTEGER): Map<string, Derived> {
  const state = new Map<string, Derived>();
  const rows = sql(
    db,
    `SELECT seq, action, entity, entity_id, data FROM audit_events WHERE seq <= ? AND action IN (${FACT_ACTIONS_SQL}) ORDER BY seq`,
  ).iterate(upTo) as IterableIterator<EventRow>;
  for (const row of rows) applyEvent(state, toEvent(row));
  return state;
}

/** One entity's events (through the audit_entity index), in sequence order. */
export function entityFactEvents(db: Db, entity: string, entityId: string): FactEvent[] {
  const rows = sql(
    db,
    `SELECT seq, action, entity, entity_id, data FROM audit_events WHERE entity = ? AND entity_id = ? AND action IN (${FACT_ACTIONS_SQL}) ORDER BY seq`,
  ).all(entity, entityId) as EventRow[];
  return rows.map(toEvent);
}

/** The entities whose checked facts an event after `seq` made or changed. */
export function touchedSince(db: Db, seq: number): { entity: string; entityId: string }[] {
  const rows = sql(
    db,
    `SELECT DISTINCT entity, entity_id AS entityId FROM audit_events WHERE seq > ? AND action IN (${FACT_ACTIONS_SQL})`,
  ).all(seq) as { entity: string; entityId: string }[];
  return rows;
}

interface CaseRow {
  id: number;
  case_number: string;
  source: string;
  case_type_code: string;
  claim_sen: number | null;
  status: string;
  esv3_case_number: string | null;
}

interface PartyRow {
  case_id: number;
  side: string;
  name: string;
  id_number: string | null;
}

interface ReceiptRow {
  id: number;
  receipt_number: string;
  case_number: string | null;
  payer_name: string;
  payer_id_number: string | null;
  total_sen: number;
  status: string;
  esv3_payment_ref: string | null;
}

/**
 * Every checked row as it is in the file, in one pass: cases with their parties (both read in case
 * order, merged), then receipts.
 */
export function* rowFacts(db: Db): Generator<Facts> {
  const parties = sql(
    db,
    'SELECT case_id, side, name, id_number FROM parties ORDER BY case_id, position',
  ).iterate() as IterableIterator<PartyRow>;
  let party = parties.next();
  const cases = sql(
    db,
    'SELECT id, case_number, source, case_type_code, claim_sen, status, esv3_case_number FROM cases ORDER BY id',
  ).iterate() as IterableIterator<CaseRow>;
  try {
    for (const c of cases) {
      // Parties of a case that no longer exists are skipped here and named by `compareFacts`.
      while (!party.done && party.value.case_id < c.id) party = parties.next();
      const list: Facts & { table: 'cases' } = {
        table: 'cases',
        id: c.id,
        facts: {
          caseNumber: c.case_number,
          source: c.source,
          caseTypeCode: c.case_type_code,
          claimSen: c.claim_sen,
          status: c.status,
          esv3CaseNumber: c.esv3_case_number,
          parties: [],
        },
      };
      while (!party.done && party.value.case_id === c.id) {
        list.facts.parties.push({ side: party.value.side, name: party.value.name, idNumber: party.value.id_number });
        party = parties.next();
      }
      yield list;
    }
  } finally {
    parties.return?.();
  }
  const receipts = sql(
    db,
    `SELECT id, receipt_number, case_number, payer_name, payer_id_number, total_sen, status, esv3_payment_ref
     FROM receipts ORDER BY id`,
  ).iterate() as IterableIterator<ReceiptRow>;
  for (const r of receipts) {
    yield {
      table: 'receipts',
      id: r.id,
      facts: {
        receiptNumber: r.receipt_number,
        caseNumber: r.case_number,
        payerName: r.payer_name,
        payerIdNumber: r.payer_id_number,
        totalSen: r.total_sen,
        status: r.status,
        esv3PaymentRef: r.esv3_payment_ref,
      },
    };
  }
}
