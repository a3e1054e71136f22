import { rowToEvent } from '../../electron/services/ledger/audit';
import { registerCase } from '../../electron/services/cases/cases';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { cancelReceipt, takePayment } from '../../electron/services/receipts/receipts';
import { registerCaseSchema, type RegisterCaseInput } from '@shared/schemas/case';
import { takePaymentSchema, type TakePaymentInput } from '@shared/schemas/payment';
import { malaysianTime, type AuditLine, type BundleContent, type Row } from './bundleBuilder';

/*
 * TEST SUPPORT ONLY. Reads a real ledger (made through the services) into bundle contents, so the CSV
 * columns and values the ICT tests use are what the app holds. A stand-in for the app's own writer.
 */

/** UTC ISO → the same instant written in Malaysian time, e.g. 2026-11-28T09:00:00.000+08:00. */
export function klIso(utc: string | null): string {
  return utc ? malaysianTime(utc) : '';
}

function rm(sen: number | null): string {
  if (sen === null) return '';
  return `${Math.floor(sen / 100)}.${String(sen % 100).padStart(2, '0')}`;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

function all(ledger: Ledger, query: string): Record<string, unknown>[] {
  return ledger.db.prepare(query).all() as Record<string, unknown>[];
}

export function ledgerContent(ledger: Ledger, exportSeq = 1, exportAt = ledger.clock().toISOString()): BundleContent {
  const court = ledger.db.prepare('SELECT * FROM court WHERE id = 1').get() as Record<string, string>;
  const cases: Row[] = all(
    ledger,
    'SELECT c.*, u.name AS by_name FROM cases c JOIN users u ON u.id = c.registered_by ORDER BY c.id',
  ).map((c) => ({
    case_number: text(c.case_number),
    source: text(c.source),
    case_type_code: text(c.case_type_code),
    case_type_name: text(c.case_type_name),
    proceeding: text(c.proceeding),
    court_code: text(c.court_code),
    registered_at: klIso(text(c.registered_at)),
    registered_by: text(c.by_name),
    outage_id: text(c.outage_id),
    status: text(c.status),
    esv3_case_number: text(c.esv3_case_number),
    esv3_done_at: klIso(c.esv3_done_at as string | null),
    category: text(c.category),
    provisional: c.provisional === 1 ? 'true' : 'false',
    running_number: text(c.running_number),
    year: text(c.year),
    claim_rm: rm(c.claim_sen as number | null),
    lawyer_name: text(c.lawyer_name),
    lawyer_firm: text(c.lawyer_firm),
    note: text(c.note),
    origin_counter: text(c.origin_counter),
  }));
  const parties: Row[] = all(
    ledger,
    'SELECT p.*, c.case_number FROM parties p JOIN cases c ON c.id = p.case_id ORDER BY c.id, p.position',
  ).map((p) => ({
    case_number: text(p.case_number),
    role: text(p.side),
    name: text(p.name),
    id_type: text(p.id_type),
    id_number: text(p.id_number),
    address: text(p.address),
    phone: text(p.phone),
    position: text(p.position),
    nationality: text(p.nationality),
  }));
  const receipts: Row[] = all(
    ledger,
    `SELECT r.*, u.name AS by_name, o.receipt_number AS replaces FROM receipts r JOIN users u ON u.id = r.issued_by
       LEFT JOIN receipts o ON o.id = r.replaces_receipt_id ORDER BY r.id`,
  ).map((r) => ({
    receipt_number: text(r.receipt_number),
    issued_at: klIso(text(r.issued_at)),
    issued_by: text(r.by_name),
    case_number: text(r.case_number),
    payer_name: text(r.payer_name),
    payer_id_number: text(r.payer_id_number),
    method: text(r.method),
    amount_rm: rm(r.total_sen as number),
    status: text(r.status),
    cancelled_reason: text(r.cancel_reason),
    replaces_receipt_number: text(r.replaces),
    kew38_serial: text(r.kew38_serial),
    igfmas_ref: text(r.igfmas_ref),
    ispeks_ref: text(r.ispeks_ref),
    esv3_payment_ref: text(r.esv3_payment_ref),
    counter_id: text(r.counter_id),
    running_number: text(r.running_number),
    court_date: text(r.court_date),
    outage_id: text(r.outage_id),
    method_reference: text(r.method_reference),
    pdf_sha256: text(r.pdf_sha256),
  }));
  const items: Row[] = all(
    ledger,
    'SELECT i.*, r.receipt_number FROM receipt_items i JOIN receipts r ON r.id = i.receipt_id ORDER BY r.id, i.line',
  ).map((i) => ({
    receipt_number: text(i.receipt_number),
    line: text(i.line),
    fee_code: text(i.fee_code),
    description: text(i.description),
    amount_rm: rm(i.amount_sen as number),
    quantity: text(i.quantity),
    exempt_reason: text(i.exempt_reason),
  }));
  const audit: AuditLine[] = (
    ledger.db.prepare('SELECT * FROM audit_events ORDER BY seq').all() as Parameters<typeof rowToEvent>[0][]
  ).map(rowToEvent);
  return {
    court: { stateCode: court.state_code ?? '', courtCode: court.court_code ?? '', name: court.court_name ?? '' },
    counter: court.counter_id ?? '',
    exportSeq,
    exportAt,
    tables: { 'cases.csv': cases, 'parties.csv': parties, 'receipts.csv': receipts, 'receipt_items.csv': items },
    audit,
  };
}

/** Registers a case as the supervisor (user 1) and pays its fees; returns the numbers given. */
export function registerAndPay(
  ledger: Ledger,
  input: RegisterCaseInput,
  payment: Omit<TakePaymentInput, 'caseId'>,
): { caseNumber: string; receiptNumber: string; receiptId: number } {
  const view = registerCase(ledger, 1, registerCaseSchema.parse(input));
  const receipt = takePayment(ledger, 1, takePaymentSchema.parse({ ...payment, caseId: view.id }));
  return { caseNumber: view.caseNumber, receiptNumber: receipt.receiptNumber, receiptId: receipt.id };
}

export function cancel(ledger: Ledger, receiptId: number, reason: string): void {
  cancelReceipt(ledger, 1, 1, receiptId, reason);
}
