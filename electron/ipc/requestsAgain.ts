import type { ChannelName } from '@shared/contract';
import { AppError, type MessageKey } from '@shared/errors';
import { rowToEvent, type AuditEvent, type AuditRow } from '../services/ledger/audit';
import { getAppointment } from '../services/appointments/appointments';
import { getCase } from '../services/cases/cases';
import { sql } from '../services/db/statements';
import { filingsForCase } from '../services/cases/filings';
import type { Ledger } from '../services/ledger/ledger';
import { getReceipt } from '../services/receipts/receipts';

/**
 * The answer of a request that was done but whose answer was never stored (the process died between the
 * commit and the answer), made again from the records its event names. Only the actions a clerk repeats
 * when unsure have one; any other channel is told that it was saved, and nothing runs a second time.
 */
interface AnswerAgain {
  /** The action of the event that names the record (it may follow another event of the same transaction). */
  actions: readonly string[];
  view(ledger: Ledger, event: AuditEvent): unknown;
}

const AGAIN: Partial<Record<ChannelName, AnswerAgain>> = {
  'payments.take': { actions: ['receipt.issue'], view: (ledger, e) => getReceipt(ledger, Number(e.entityId)) },
  'cases.register': { actions: ['case.register'], view: (ledger, e) => getCase(ledger, Number(e.entityId)) },
  'cases.recordGiven': {
    actions: ['case.recordEsv2', 'case.recordExisting'],
    view: (ledger, e) => getCase(ledger, Number(e.entityId)),
  },
  'appointments.book': {
    actions: ['appointment.book'],
    view: (ledger, e) => getAppointment(ledger, Number(e.entityId)),
  },
  'filings.record': {
    actions: ['case.filings'],
    view: (ledger, e) => {
      const data = e.data as { filingIds: number[]; receiptId: number | null };
      return {
        filings: filingsForCase(ledger, Number(e.entityId)).filter((f) => data.filingIds.includes(f.id)),
        receipt: data.receiptId === null ? null : getReceipt(ledger, data.receiptId),
      };
    },
  },
};

/** One transaction's events are consecutive; a clerk action writes a handful. */
const EVENTS_PER_ACTION = 50;

export const SAVED_ANSWER_LOST: MessageKey =
  'Tindakan ini telah disimpan sebelum sambungan terputus, tetapi jawapannya tidak tersimpan: ia tidak dibuat kali kedua. Semak rekod sebelum mencuba lagi.';

/** The answer again, from the request's first event `firstSeq` (null: the request recorded no event). */
export function answerAgain(ledger: Ledger, channel: ChannelName, actor: string, firstSeq: number | null): unknown {
  const again = AGAIN[channel];
  if (again === undefined || firstSeq === null) throw new AppError('CONFLICT', SAVED_ANSWER_LOST);
  const rows = sql(ledger.db, 'SELECT * FROM audit_events WHERE seq >= ? AND seq < ? ORDER BY seq').all(
    firstSeq,
    firstSeq + EVENTS_PER_ACTION,
  ) as AuditRow[];
  const row = rows.find((r) => r.actor === actor && again.actions.includes(r.action));
  if (row === undefined) throw new AppError('CONFLICT', SAVED_ANSWER_LOST);
  return again.view(ledger, rowToEvent(row));
}
