import { sql } from './db/statements';
import { caseFloorKey, floorOf } from './numberFloors';
import { formatCaseNumber, lastNumberTypeKey, parseTemplate, scopeKey } from '../../shared/caseNumber';
import { AppError } from '../../shared/errors';
import type { CourtConfig } from './court';
import type { Ledger } from './ledger';

export interface NumberPlan {
  caseNumber: string;
  runningNumber: number;
  scopeKey: string;
  year: number;
  /** True when this number starts a series or jumps past a raised ESV3 figure. */
  startsSegment: boolean;
}

/**
 * The next number this counter would give a case of `caseTypeCode` in `year`: one past the last it
 * gave in the series, and never below the last number ESV3 issued plus this counter's block start.
 */
export function planNumber(ledger: Ledger, config: CourtConfig, caseTypeCode: string, year: number): NumberPlan {
  const { numbering, court } = config;
  const template = parseTemplate(numbering.template, numbering.scope);
  if (!template.ok) throw new AppError('CONFLICT', `Templat nombor kes tidak sah: ${template.message}`);
  const key = scopeKey(numbering.scope, caseTypeCode, year);
  const esv3 = sql(
    ledger.db,
    'SELECT last_number AS n FROM esv3_last_numbers WHERE case_type_code = ? AND year = ?',
  ).get(lastNumberTypeKey(numbering.scope, caseTypeCode), year) as { n: number } | undefined;
  const issued = sql(ledger.db, 'SELECT last_number AS n FROM number_series WHERE scope_key = ?').get(key) as
    { n: number } | undefined;
  const blockFirst = (esv3?.n ?? 0) + numbering.blockStart;
  // Above any numbers handed out before a restore that this ledger no longer holds.
  const runningNumber = Math.max(issued ? issued.n + 1 : 0, blockFirst, floorOf(ledger.db, caseFloorKey(key)));
  if (numbering.blockSize !== null && runningNumber > blockFirst + numbering.blockSize - 1) {
    throw new AppError(
      'CONFLICT',
      `Blok nombor kaunter ini telah habis (${blockFirst} hingga ${blockFirst + numbering.blockSize - 1}). Penolong Pendaftar perlu menetapkan blok baharu sebelum kes lain didaftarkan.`,
    );
  }
  if (runningNumber >= 10 ** template.runWidth) {
    throw new AppError(
      'CONFLICT',
      `Nombor siri ${runningNumber} melebihi ${template.runWidth} digit templat. Penolong Pendaftar perlu meluaskan {run:N} dalam templat.`,
    );
  }
  const caseNumber = formatCaseNumber(template.parts, {
    stateCode: court.stateCode,
    courtCode: court.courtCode,
    caseTypeCode,
    runningNumber,
    year,
  });
  return { caseNumber, runningNumber, scopeKey: key, year, startsSegment: !issued || runningNumber !== issued.n + 1 };
}

/** Takes the planned number for good. Call inside the registering transaction, right after planNumber. */
export function takeNumber(ledger: Ledger, plan: NumberPlan, at: string): void {
  sql(
    ledger.db,
    `INSERT INTO number_series (scope_key, last_number) VALUES (?, ?)
       ON CONFLICT (scope_key) DO UPDATE SET last_number = excluded.last_number`,
  ).run(plan.scopeKey, plan.runningNumber);
  if (plan.startsSegment) {
    sql(ledger.db, 'INSERT INTO number_segments (scope_key, start_number, started_at) VALUES (?, ?, ?)').run(
      plan.scopeKey,
      plan.runningNumber,
      at,
    );
  }
}
