/**
 * What a case or receipt row must hold, told twice: once from the audit events that made and changed
 * it, once from the row itself. The two are compared field by field (`compareFacts`) or as a digest
 * (`digest.ts`); a row edited in the file without its event then differs. Only fields every event
 * of the action has carried since it was first written are checked (docs/ARCHITECTURE.md "Records"); the rest of
 * a row (address, phone, lines' descriptions…) is not.
 */
export interface PartyFacts {
  side: string;
  name: string;
  idNumber: string | null;
}

export interface CaseFacts {
  caseNumber: string;
  source: string;
  caseTypeCode: string;
  claimSen: number | null;
  status: string;
  esv3CaseNumber: string | null;
  parties: PartyFacts[];
}

export interface ReceiptFacts {
  receiptNumber: string;
  caseNumber: string | null;
  payerName: string;
  payerIdNumber: string | null;
  totalSen: number;
  status: string;
  esv3PaymentRef: string | null;
}

export type Facts =
  { table: 'cases'; id: number; facts: CaseFacts } | { table: 'receipts'; id: number; facts: ReceiptFacts };

/** Derived facts, with the event that last shaped each (to name it in a finding). */
export interface Derived {
  fact: Facts;
  seq: number;
}

/** The actions whose events make or change a checked row. */
export const FACT_ACTIONS = [
  'case.register',
  'case.recordEsv2',
  'case.recordExisting',
  'case.fromCourtCounter',
  'receipt.issue',
  'receipt.cancel',
  'recovery.done',
  'recovery.correct',
] as const;

export const FACT_ACTIONS_SQL = FACT_ACTIONS.map((a) => `'${a}'`).join(', ');

/** An event as the derivation needs it. */
export interface FactEvent {
  seq: number;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
}

function field(data: unknown, name: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function num(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** The parties in the order `insertParties` stores them: claimants, then respondents, each as given. */
function partiesOf(value: unknown): PartyFacts[] {
  const list = Array.isArray(value) ? (value as unknown[]) : [];
  const facts = list.map((p) => ({
    side: text(field(p, 'side')) ?? '',
    name: text(field(p, 'name')) ?? '',
    idNumber: text(field(p, 'idNumber')),
  }));
  return [...facts.filter((p) => p.side === 'CLAIMANT'), ...facts.filter((p) => p.side === 'RESPONDENT')];
}

export function factKey(table: Facts['table'], id: number | string): string {
  return `${table}:${String(id)}`;
}

/** The key an event shapes, or null when the event shapes no checked row. */
export function eventKey(event: FactEvent): string | null {
  if (event.entity === 'case') return factKey('cases', event.entityId);
  if (event.entity === 'receipt') return factKey('receipts', event.entityId);
  return null;
}

/** Applies one event to the derived state (events must come in sequence order). */
export function applyEvent(state: Map<string, Derived>, event: FactEvent): void {
  const key = eventKey(event);
  if (key === null) return;
  const id = Number(event.entityId);
  const d = event.data;
  const before = state.get(key);
  switch (event.action) {
    case 'case.register':
    case 'case.recordEsv2':
    case 'case.recordExisting':
    case 'case.fromCourtCounter':
      state.set(key, {
        seq: event.seq,
        fact: {
          table: 'cases',
          id,
          facts: {
            caseNumber: text(field(d, 'caseNumber')) ?? '',
            source: text(field(d, 'source')) ?? 'MANUAL',
            caseTypeCode: text(field(d, 'caseTypeCode')) ?? '',
            claimSen: num(field(d, 'claimSen')),
            status: 'REGISTERED',
            esv3CaseNumber: null,
            parties: partiesOf(field(d, 'parties')),
          },
        },
      });
      return;
    case 'receipt.issue':
      state.set(key, {
        seq: event.seq,
        fact: {
          table: 'receipts',
          id,
          facts: {
            receiptNumber: text(field(d, 'receiptNumber')) ?? '',
            caseNumber: text(field(d, 'caseNumber')),
            payerName: text(field(d, 'payerName')) ?? '',
            payerIdNumber: text(field(d, 'payerIdNumber')),
            totalSen: num(field(d, 'totalSen')) ?? 0,
            status: 'ISSUED',
            esv3PaymentRef: null,
          },
        },
      });
      return;
    case 'receipt.cancel':
      if (before?.fact.table === 'receipts') {
        state.set(key, {
          seq: event.seq,
          fact: { ...before.fact, facts: { ...before.fact.facts, status: 'CANCELLED' } },
        });
      }
      return;
    case 'recovery.done':
    case 'recovery.correct':
      if (before?.fact.table === 'cases') {
        const esv3CaseNumber = text(field(d, 'esv3CaseNumber'));
        state.set(key, { seq: event.seq, fact: { ...before.fact, facts: { ...before.fact.facts, esv3CaseNumber } } });
      } else if (before?.fact.table === 'receipts') {
        const esv3PaymentRef = text(field(d, 'esv3PaymentRef'));
        state.set(key, { seq: event.seq, fact: { ...before.fact, facts: { ...before.fact.facts, esv3PaymentRef } } });
      }
      return;
    default:
      return;
  }
}
