import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import type { PaymentMethod, ReceiptStatus } from '@shared/domain';
import { MAX_SEN, fiveSenRounding, formatRinggit } from '@shared/money';
import { ringgitInWords } from '@shared/ringgitWords';
import type { FeeItemView, ReceiptItemView, ReceiptView } from '@shared/receiptViews';
import { LARGE_PAYMENT_SEN, type TakePayment } from '@shared/schemas/payment';
import { courtYear } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import { getFee } from './fees';
import { counterYearKey } from '../series/kinds';
import { planNext, takeNext } from '../series/series';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { readReceiptSettings, type ReceiptSettings } from './receiptSettings';
import { collectionDate, isDayClosed } from './dayState';
import { actorName } from '../users/users';

interface ReceiptRow {
  id: number;
  receipt_number: string;
  counter_id: string;
  year: number;
  running_number: number;
  court_date: string;
  issued_at: string;
  issued_by: number;
  case_id: number | null;
  case_number: string | null;
  payer_name: string;
  payer_id_number: string | null;
  method: PaymentMethod;
  cheque_bank: string | null;
  method_reference: string | null;
  tendered_sen: number | null;
  change_sen: number | null;
  total_sen: number;
  rounding_sen: number;
  amount_in_words: string;
  kew38_serial: string | null;
  igfmas_ref: string | null;
  ispeks_ref: string | null;
  note: string | null;
  status: ReceiptStatus;
  cancelled_at: string | null;
  cancelled_by: number | null;
  cancel_reason: string | null;
  replaces_receipt_id: number | null;
  pdf_sha256: string | null;
}

/** e.g. 05005-K1-2026-000123: court, counter, year, then the running number, always last. */
export function formatReceiptNumber(courtCode: string, counterId: string, year: number, running: number): string {
  return `${courtCode}-${counterId}-${year}-${String(running).padStart(6, '0')}`;
}

function receiptNumberOf(ledger: Ledger, id: number | null): string | null {
  if (id === null) return null;
  const row = sql(ledger.db, 'SELECT receipt_number AS n FROM receipts WHERE id = ?').get(id) as
    { n: string } | undefined;
  return row?.n ?? null;
}

export function receiptView(ledger: Ledger, row: ReceiptRow): ReceiptView {
  const items = sql(
    ledger.db,
    'SELECT line, fee_code AS feeCode, description, quantity, amount_sen AS amountSen, exempt_reason AS exemptReason FROM receipt_items WHERE receipt_id = ? ORDER BY line',
  ).all(row.id) as ReceiptItemView[];
  const replacedBy = sql(ledger.db, 'SELECT id, receipt_number AS n FROM receipts WHERE replaces_receipt_id = ?').get(
    row.id,
  ) as { id: number; n: string } | undefined;
  return {
    id: row.id,
    receiptNumber: row.receipt_number,
    issuedAt: row.issued_at,
    issuedBy: actorName(ledger, userActor(row.issued_by)),
    counterId: row.counter_id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    payerName: row.payer_name,
    payerIdNumber: row.payer_id_number,
    method: row.method,
    chequeBank: row.cheque_bank,
    methodReference: row.method_reference,
    tenderedSen: row.tendered_sen,
    changeSen: row.change_sen,
    totalSen: row.total_sen,
    roundingSen: row.rounding_sen,
    collectionDate: row.court_date,
    amountInWords: row.amount_in_words,
    items,
    kew38Serial: row.kew38_serial,
    igfmasRef: row.igfmas_ref,
    ispeksRef: row.ispeks_ref,
    note: row.note,
    status: row.status,
    cancelledAt: row.cancelled_at,
    cancelledBy: row.cancelled_by === null ? null : actorName(ledger, userActor(row.cancelled_by)),
    cancelReason: row.cancel_reason,
    replacesReceiptId: row.replaces_receipt_id,
    replacesReceiptNumber: receiptNumberOf(ledger, row.replaces_receipt_id),
    replacedByReceiptId: replacedBy?.id ?? null,
    replacedByReceiptNumber: replacedBy?.n ?? null,
    pdfSha256: row.pdf_sha256,
  };
}

function receiptRow(ledger: Ledger, id: number): ReceiptRow {
  const row = sql(ledger.db, 'SELECT * FROM receipts WHERE id = ?').get(id) as ReceiptRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Resit tidak dijumpai.');
  return row;
}

export function getReceipt(ledger: Ledger, id: number): ReceiptView {
  return receiptView(ledger, receiptRow(ledger, id));
}

export function receiptsForCase(ledger: Ledger, caseId: number): ReceiptView[] {
  const rows = sql(ledger.db, 'SELECT * FROM receipts WHERE case_id = ? ORDER BY id').all(caseId) as ReceiptRow[];
  return rows.map((r) => receiptView(ledger, r));
}

export function receiptsOfDay(ledger: Ledger, date: string, counterId: string): ReceiptView[] {
  const rows = sql(
    ledger.db,
    'SELECT * FROM receipts WHERE court_date = ? AND counter_id = ? ORDER BY running_number',
  ).all(date, counterId) as ReceiptRow[];
  return rows.map((r) => receiptView(ledger, r));
}

interface PricedLine {
  feeCode: string;
  description: string;
  quantity: number;
  amountSen: number;
  exemptReason: string | null;
}

function priceLines(ledger: Ledger, lines: TakePayment['lines']): PricedLine[] {
  return lines.map((line, i) => {
    const fee = getFee(ledger, line.feeCode);
    if (!fee || !fee.active) {
      throw AppError.onField(
        'VALIDATION',
        `lines.${i}.feeCode`,
        'Kod fi {feeCode} tiada dalam jadual fi mahkamah ini.',
        { feeCode: line.feeCode },
      );
    }
    if (fee.amountTyped) {
      return {
        feeCode: fee.code,
        description: fee.name,
        quantity: 1,
        amountSen: line.exemptReason ? 0 : typedAmount(fee, line, i),
        exemptReason: line.exemptReason,
      };
    }
    const description = line.quantity > 1 ? `${fee.name} × ${line.quantity}` : fee.name;
    return {
      feeCode: fee.code,
      description,
      quantity: line.quantity,
      amountSen: line.exemptReason ? 0 : fee.amountSen * line.quantity,
      exemptReason: line.exemptReason,
    };
  });
}

/** The amount the clerk typed for a jaminan, deposit or nafkah line, within the schedule's bounds. */
function typedAmount(fee: FeeItemView, line: TakePayment['lines'][number], i: number): number {
  const path = `lines.${i}.amountSen`;
  if (line.quantity !== 1) {
    fail(`lines.${i}.quantity`, '{fee}: satu baris bagi setiap amaun (kuantiti 1).', { fee: fee.name });
  }
  if (line.amountSen === null) fail(path, 'Isikan amaun bagi {fee}.', { fee: fee.name });
  const min = fee.minSen ?? 0;
  const max = fee.maxSen ?? line.amountSen;
  if (line.amountSen < min || line.amountSen > max) {
    fail(path, 'Amaun {fee} mesti antara RM {min} dan RM {max}.', {
      fee: fee.name,
      min: formatRinggit(min),
      max: formatRinggit(max),
    });
  }
  return line.amountSen;
}

/** What the cash brought to the counter comes to: the rounding, the change, and the court's limits on both. */
function cashOf(
  input: TakePayment,
  total: number,
  settings: ReceiptSettings,
): { rounding: number; tendered: number | null; change: number | null } {
  // A receipt whose every line is waived takes no money.
  if (total === 0) return { rounding: 0, tendered: null, change: null };
  const rounding = settings.cashRounding ? fiveSenRounding(total) : 0;
  const due = total + rounding;
  const tendered = input.tenderedSen ?? 0;
  if (tendered > settings.maxCashSen) {
    fail(
      'tenderedSen',
      'Wang tunai RM {tendered} melebihi had RM {limit} bagi satu bayaran di kaunter ini: semak amaun, atau terima cek atau EFT.',
      { tendered: formatRinggit(tendered), limit: formatRinggit(settings.maxCashSen) },
    );
  }
  if (tendered < due) {
    fail('tenderedSen', 'Wang diterima RM {tendered} kurang daripada jumlah RM {total}.', {
      tendered: formatRinggit(tendered),
      total: formatRinggit(due),
    });
  }
  const change = tendered - due;
  if (change > settings.changeConfirmSen && input.confirmLargeChange !== true) {
    fail(
      'confirmLargeChange',
      'Baki RM {change} melebihi RM {threshold}: semak wang diterima dan sahkan baki ini dahulu.',
      { change: formatRinggit(change), threshold: formatRinggit(settings.changeConfirmSen) },
    );
  }
  return { rounding, tendered, change };
}

function fail(
  path: string,
  key: MessageKey,
  values?: MessageValues,
  code: 'VALIDATION' | 'CONFLICT' = 'VALIDATION',
): never {
  throw AppError.onField(code, path, key, values);
}

/**
 * Takes a payment against a case and issues the official receipt: the next number of this counter's
 * series, the receipt, its lines and the audit event in one durable transaction.
 */
export function takePayment(ledger: Ledger, actorId: number, input: TakePayment): ReceiptView {
  const id = ledger.db.transaction(() => issueReceipt(ledger, actorId, input))();
  return getReceipt(ledger, id);
}

/**
 * The body of takePayment without its transaction, for a clerk action that also records something else
 * with the receipt (documents received for a case). The caller owns the transaction. Returns the receipt id.
 */
export function issueReceipt(ledger: Ledger, actorId: number, input: TakePayment): number {
  const config = requireCourtConfig(ledger);
  const outage = openOutageRef(ledger);
  if (!outage) {
    throw new AppError('CONFLICT', 'Tiada tempoh gangguan dibuka: bayaran diterima melalui ESV3 seperti biasa.');
  }
  const caseRow = sql(ledger.db, 'SELECT id, case_number FROM cases WHERE id = ?').get(input.caseId) as
    { id: number; case_number: string } | undefined;
  if (!caseRow) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
  const now = ledger.clock();
  const at = now.toISOString();
  const counterId = config.court.counterId;
  // Once today is closed, a payment joins the next working day's collection (the receipt says so).
  const date = collectionDate(ledger, now, counterId);
  const settings = readReceiptSettings(ledger);
  const lines = priceLines(ledger, input.lines);
  const total = lines.reduce((sum, line) => sum + line.amountSen, 0);
  if (total === 0 && lines.some((line) => line.exemptReason === null)) {
    fail('lines', 'Jumlah bayaran tidak boleh RM 0.00 melainkan setiap baris dikecualikan dengan sebab.');
  }
  // The item cap of money.ts holds for the whole receipt too: RM 100 juta is a typing slip, never a fee.
  if (total > MAX_SEN) {
    fail('lines', 'Jumlah resit RM {total} melebihi had RM 100,000,000.00: semak kuantiti dan amaun.', {
      total: formatRinggit(total),
    });
  }
  if (total > LARGE_PAYMENT_SEN && input.confirmLargeAmount !== true) {
    fail('confirmLargeAmount', 'Jumlah RM {total} melebihi RM 1,000,000.00: sahkan amaun ini dahulu.', {
      total: formatRinggit(total),
    });
  }
  const { rounding, tendered, change } =
    input.method === 'CASH' ? cashOf(input, total, settings) : { rounding: 0, tendered: null, change: null };
  if (input.kew38Serial) {
    const used = sql(ledger.db, 'SELECT receipt_number AS n FROM receipts WHERE kew38_serial = ?').get(
      input.kew38Serial,
    ) as { n: string } | undefined;
    if (used)
      fail(
        'kew38Serial',
        'No. siri Kew. 38 {kew38Serial} telah direkodkan pada resit {n}.',
        { kew38Serial: input.kew38Serial, n: used.n },
        'CONFLICT',
      );
  }
  if (input.replacesReceiptId) {
    const old = receiptRow(ledger, input.replacesReceiptId);
    if (old.status !== 'CANCELLED') {
      fail(
        'replacesReceiptId',
        'Resit {receiptNumber} belum dibatalkan: batalkan dahulu sebelum menggantikannya.',
        { receiptNumber: old.receipt_number },
        'CONFLICT',
      );
    }
    if (sql(ledger.db, 'SELECT 1 FROM receipts WHERE replaces_receipt_id = ?').get(old.id)) {
      fail(
        'replacesReceiptId',
        'Resit {receiptNumber} telah pun diganti.',
        { receiptNumber: old.receipt_number },
        'CONFLICT',
      );
    }
  }
  const year = courtYear(now);
  // The next receipt number of this counter's year, above any floor a restore left (series/series.ts).
  const series = planNext(ledger.db, 'receipt', counterYearKey(counterId, year), 1);
  const running = series.number;
  if (running > 999_999) throw new AppError('CONFLICT', 'Siri resit tahun ini telah penuh (999,999). Hubungi ICT.');
  takeNext(ledger.db, series, at);
  const receiptNumber = formatReceiptNumber(
    `${config.court.stateCode}${config.court.courtCode}`,
    counterId,
    year,
    running,
  );
  const words = ringgitInWords(total + rounding, settings.senWording);
  const { lastInsertRowid } = sql(
    ledger.db,
    `INSERT INTO receipts (receipt_number, counter_id, year, running_number, court_date, issued_at, issued_by, outage_id,
         case_id, case_number, payer_name, payer_id_number, method, cheque_bank, method_reference, tendered_sen,
         change_sen, total_sen, rounding_sen, amount_in_words, kew38_serial, igfmas_ref, ispeks_ref, note,
         replaces_receipt_id)
       VALUES (@receiptNumber, @counterId, @year, @running, @date, @at, @actorId, @outageId, @caseId, @caseNumber,
         @payerName, @payerIdNumber, @method, @chequeBank, @methodReference, @tendered, @change, @total, @rounding,
         @words, @kew38Serial, @igfmasRef, @ispeksRef, @note, @replaces)`,
  ).run({
    receiptNumber,
    counterId,
    year,
    running,
    date,
    at,
    actorId,
    outageId: outage.id,
    caseId: caseRow.id,
    caseNumber: caseRow.case_number,
    payerName: input.payerName,
    payerIdNumber: input.payerIdNumber,
    method: input.method,
    chequeBank: input.method === 'CHEQUE' ? input.chequeBank : null,
    methodReference: input.method === 'CASH' ? null : input.methodReference,
    tendered,
    change,
    total,
    rounding,
    words,
    kew38Serial: input.kew38Serial,
    igfmasRef: input.igfmasRef,
    ispeksRef: input.ispeksRef,
    note: input.note ?? null,
    replaces: input.replacesReceiptId ?? null,
  });
  const receiptId = Number(lastInsertRowid);
  const insertItem = sql(
    ledger.db,
    `INSERT INTO receipt_items (receipt_id, line, fee_code, description, quantity, amount_sen, exempt_reason)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  lines.forEach((line, i) =>
    insertItem.run(receiptId, i + 1, line.feeCode, line.description, line.quantity, line.amountSen, line.exemptReason),
  );
  appendAudit(ledger.db, {
    at,
    actor: userActor(actorId),
    action: 'receipt.issue',
    entity: 'receipt',
    entityId: receiptId,
    data: {
      receiptNumber,
      caseNumber: caseRow.case_number,
      payerName: input.payerName,
      payerIdNumber: input.payerIdNumber,
      method: input.method,
      chequeBank: input.chequeBank,
      methodReference: input.methodReference,
      tenderedSen: tendered,
      changeSen: change,
      totalSen: total,
      roundingSen: rounding,
      collectionDate: date,
      lines,
      kew38Serial: input.kew38Serial,
      igfmasRef: input.igfmasRef,
      ispeksRef: input.ispeksRef,
      replacesReceiptNumber: receiptNumberOf(ledger, input.replacesReceiptId ?? null),
    },
  });
  return receiptId;
}

/**
 * Cancels (batal) a receipt with a supervisor's approval and a reason. The receipt stays in every list
 * and export, marked BATAL; its number is never given again.
 */
export function cancelReceipt(
  ledger: Ledger,
  actorId: number,
  supervisorId: number,
  receiptId: number,
  reason: string,
): ReceiptView {
  ledger.db.transaction(() => {
    const row = receiptRow(ledger, receiptId);
    if (row.status === 'CANCELLED')
      throw new AppError('CONFLICT', 'Resit {receiptNumber} telah pun dibatalkan.', {
        receiptNumber: row.receipt_number,
      });
    if (isDayClosed(ledger, row.court_date, row.counter_id)) {
      throw new AppError(
        'CONFLICT',
        'Kaunter telah ditutup bagi {courtDate} dan penyata telah ditandatangani: resit {receiptNumber} tidak boleh dibatalkan lagi. Rujuk Pendaftar.',
        { courtDate: row.court_date, receiptNumber: row.receipt_number },
      );
    }
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      "UPDATE receipts SET status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?, cancel_reason = ? WHERE id = ?",
    ).run(at, supervisorId, reason, receiptId);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'receipt.cancel',
      entity: 'receipt',
      entityId: receiptId,
      data: { receiptNumber: row.receipt_number, reason, approvedBy: userActor(supervisorId) },
    });
  })();
  return getReceipt(ledger, receiptId);
}
