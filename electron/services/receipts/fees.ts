import feesExample from '@shared/data/fees-example-selangor.json';
import { AppError } from '@shared/errors';
import type { DefaultFeeLine, FeeItemView, FeeScheduleView, PaymentDraftView } from '@shared/receiptViews';
import type { CourtLevel } from '@shared/domain';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

interface FeeRow {
  code: string;
  name: string;
  amount_sen: number;
  active: number;
  amount_typed: number;
  min_sen: number | null;
  max_sen: number | null;
}

function toView(row: FeeRow): FeeItemView {
  return {
    code: row.code,
    name: row.name,
    amountSen: row.amount_sen,
    active: row.active === 1,
    amountTyped: row.amount_typed === 1,
    minSen: row.min_sen,
    maxSen: row.max_sen,
  };
}

export function listFees(ledger: Ledger): FeeItemView[] {
  return (sql(ledger.db, 'SELECT * FROM fee_items ORDER BY code').all() as FeeRow[]).map(toView);
}

export function getFee(ledger: Ledger, code: string): FeeItemView | null {
  const row = sql(ledger.db, 'SELECT * FROM fee_items WHERE code = ?').get(code) as FeeRow | undefined;
  return row ? toView(row) : null;
}

export function defaultLinesFor(ledger: Ledger, appliesTo: string): DefaultFeeLine[] {
  return sql(
    ledger.db,
    'SELECT fee_code AS feeCode, quantity FROM default_fee_lines WHERE applies_to = ? ORDER BY position',
  ).all(appliesTo) as DefaultFeeLine[];
}

export function feeSchedule(ledger: Ledger): FeeScheduleView {
  const targets = sql(
    ledger.db,
    'SELECT DISTINCT applies_to AS t FROM default_fee_lines ORDER BY applies_to',
  ).all() as {
    t: string;
  }[];
  return {
    items: listFees(ledger),
    defaults: targets.map(({ t }) => ({ appliesTo: t, lines: defaultLinesFor(ledger, t) })),
  };
}

function writeDefaults(ledger: Ledger, appliesTo: string, lines: DefaultFeeLine[]): void {
  sql(ledger.db, 'DELETE FROM default_fee_lines WHERE applies_to = ?').run(appliesTo);
  const insert = sql(
    ledger.db,
    'INSERT INTO default_fee_lines (applies_to, position, fee_code, quantity) VALUES (?, ?, ?, ?)',
  );
  lines.forEach((line, position) => insert.run(appliesTo, position, line.feeCode, line.quantity));
}

/**
 * The example schedule a new court starts from (an example, not law: the supervisor replaces it with
 * the state's own Kaedah-Kaedah Fi). The caller owns the transaction.
 */
export function seedExampleFees(ledger: Ledger, level: CourtLevel): void {
  const insert = sql(ledger.db, 'INSERT INTO fee_items (code, name, amount_sen, active) VALUES (?, ?, ?, 1)');
  for (const item of feesExample.items) insert.run(item.code, item.name, item.sen);
  const saman = level === 'MRS' ? 'SAMAN_MRS' : 'SAMAN_MTS';
  writeDefaults(ledger, 'SAMAN', [
    { feeCode: saman, quantity: 1 },
    { feeCode: 'PENYAMPAIAN', quantity: 1 },
  ]);
}

/** Adds or changes a fee. Receipts already issued keep the description and amount they were issued with. */
export function saveFee(ledger: Ledger, actorId: number, item: FeeItemView): FeeItemView {
  return ledger.db.transaction(() => {
    const before = getFee(ledger, item.code);
    if (item.amountTyped) {
      const filing = sql(ledger.db, 'SELECT name FROM filing_types WHERE fee_code = ? LIMIT 1').get(item.code) as
        { name: string } | undefined;
      if (filing) {
        throw AppError.onField(
          'CONFLICT',
          'amountTyped',
          'Fi {fee} ialah fi bagi dokumen {filing}: fi dokumen mesti amaun tetap.',
          { fee: item.code, filing: filing.name },
        );
      }
    }
    sql(
      ledger.db,
      `INSERT INTO fee_items (code, name, amount_sen, active, amount_typed, min_sen, max_sen)
         VALUES (@code, @name, @amountSen, @active, @amountTyped, @minSen, @maxSen)
       ON CONFLICT (code) DO UPDATE SET name = excluded.name, amount_sen = excluded.amount_sen, active = excluded.active,
         amount_typed = excluded.amount_typed, min_sen = excluded.min_sen, max_sen = excluded.max_sen`,
    ).run({
      ...item,
      amountSen: item.amountTyped ? 0 : item.amountSen,
      active: item.active ? 1 : 0,
      amountTyped: item.amountTyped ? 1 : 0,
      minSen: item.amountTyped ? item.minSen : null,
      maxSen: item.amountTyped ? item.maxSen : null,
    });
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: before ? 'fee.update' : 'fee.create',
      entity: 'fee',
      entityId: item.code,
      data: { before, after: item },
    });
    return getFee(ledger, item.code) as FeeItemView;
  })();
}

export function setDefaultLines(
  ledger: Ledger,
  actorId: number,
  appliesTo: string,
  lines: DefaultFeeLine[],
): FeeScheduleView {
  return ledger.db.transaction(() => {
    lines.forEach((line, i) => {
      const fee = getFee(ledger, line.feeCode);
      if (!fee || !fee.active) {
        throw AppError.onField('VALIDATION', `lines.${i}.feeCode`, 'Kod fi {feeCode} tiada dalam jadual fi.', {
          feeCode: line.feeCode,
        });
      }
    });
    const before = defaultLinesFor(ledger, appliesTo);
    writeDefaults(ledger, appliesTo, lines);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'fee.defaults',
      entity: 'feeDefaults',
      entityId: appliesTo,
      data: { before, after: lines },
    });
    return feeSchedule(ledger);
  })();
}

/** What a payment draft is made from: the case as the form names it, its type and proceeding, who pays. */
export interface DraftCase {
  caseId: number;
  caseNumber: string;
  caseTypeCode: string;
  proceeding: string;
  payer: { name: string; idNumber: string | null } | undefined;
}

/** The payment form's starting point: the case type's lines, else its proceeding's; the first claimant pays. */
export function draftFor(ledger: Ledger, c: DraftCase): PaymentDraftView {
  const byType = defaultLinesFor(ledger, `TYPE:${c.caseTypeCode}`);
  const lines = (byType.length > 0 ? byType : defaultLinesFor(ledger, c.proceeding)).flatMap((line) => {
    const fee = getFee(ledger, line.feeCode);
    if (!fee || !fee.active) return [];
    // A typed amount is the clerk's to fill in: the line starts at RM 0.00.
    const unitSen = fee.amountTyped ? 0 : fee.amountSen;
    return [{ ...line, description: fee.name, unitSen, amountSen: unitSen * line.quantity }];
  });
  return {
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    lines,
    payerName: c.payer?.name ?? '',
    payerIdNumber: c.payer?.idNumber ?? null,
  };
}

/** The payment form's starting point for one of this counter's cases. */
export function paymentDraft(ledger: Ledger, caseId: number): PaymentDraftView {
  const row = sql(ledger.db, 'SELECT case_number, case_type_code, proceeding FROM cases WHERE id = ?').get(caseId) as
    { case_number: string; case_type_code: string; proceeding: string } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Kes tidak dijumpai.');
  const payer = sql(
    ledger.db,
    "SELECT name, id_number AS idNumber FROM parties WHERE case_id = ? AND side = 'CLAIMANT' ORDER BY position LIMIT 1",
  ).get(caseId) as { name: string; idNumber: string | null } | undefined;
  return draftFor(ledger, {
    caseId,
    caseNumber: row.case_number,
    caseTypeCode: row.case_type_code,
    proceeding: row.proceeding,
    payer,
  });
}
