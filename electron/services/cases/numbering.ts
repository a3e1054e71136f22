import { sql } from '../db/statements';
import { planNext, takeNext, type SeriesPlan } from '../series/series';
import { formatCaseNumber, lastNumberTypeKey, parseTemplate, scopeKey } from '@shared/caseNumber';
import { AppError } from '@shared/errors';
import type { CourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';

export interface NumberPlan {
  caseNumber: string;
  runningNumber: number;
  scopeKey: string;
  year: number;
  /** True when this number starts a series or jumps past a raised ESV3 figure or a floor. */
  startsSegment: boolean;
  series: SeriesPlan;
}

/** A number already held by a case recorded with the number another system gave it (before the refusal). */
function heldByAnotherCase(ledger: Ledger, caseNumber: string): boolean {
  return (
    sql(ledger.db, 'SELECT 1 FROM cases WHERE case_number = ? OR esv3_case_number = ?').get(caseNumber, caseNumber) !==
    undefined
  );
}

/** The running numbers this counter gives in a series: from its block start, up to its block's end (null: no end). */
export interface OwnSeries {
  key: string;
  first: number;
  last: number | null;
}

/** This counter's own stretch of a case-number series: the last ESV3 number plus its block start, and its block. */
export function ownSeries(ledger: Ledger, config: CourtConfig, caseTypeCode: string, year: number): OwnSeries {
  const { numbering } = config;
  const key = scopeKey(numbering.scope, caseTypeCode, year);
  const esv3 = sql(
    ledger.db,
    'SELECT last_number AS n FROM esv3_last_numbers WHERE case_type_code = ? AND year = ?',
  ).get(lastNumberTypeKey(numbering.scope, caseTypeCode), year) as { n: number } | undefined;
  const first = (esv3?.n ?? 0) + numbering.blockStart;
  return { key, first, last: numbering.blockSize === null ? null : first + numbering.blockSize - 1 };
}

/**
 * The next number this counter would give a case of `caseTypeCode` in `year`: one past the last it
 * gave in the series, and never below the last number ESV3 issued plus this counter's block start.
 */
export function planNumber(ledger: Ledger, config: CourtConfig, caseTypeCode: string, year: number): NumberPlan {
  const { numbering, court } = config;
  const template = parseTemplate(numbering.template, numbering.scope);
  if (!template.ok) throw new AppError('CONFLICT', `Templat nombor kes tidak sah: ${template.message}`);
  const { key, first: blockFirst } = ownSeries(ledger, config, caseTypeCode, year);
  // One past the last, at or above the block start, above any floor a restore left (series/series.ts).
  let series = planNext(ledger.db, 'case', key, blockFirst);
  let caseNumber = formatCaseNumber(template.parts, {
    stateCode: court.stateCode,
    courtCode: court.courtCode,
    caseTypeCode,
    runningNumber: series.number,
    year,
  });
  // A case recorded before the given-number check (givenNumberCases.ts) may hold a number of this
  // series: numbering moves past it (a recorded jump) rather than offer a number already held.
  while (heldByAnotherCase(ledger, caseNumber) && series.number < 10 ** template.runWidth) {
    series = planNext(ledger.db, 'case', key, series.number + 1);
    caseNumber = formatCaseNumber(template.parts, {
      stateCode: court.stateCode,
      courtCode: court.courtCode,
      caseTypeCode,
      runningNumber: series.number,
      year,
    });
  }
  const runningNumber = series.number;
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
  return { caseNumber, runningNumber, scopeKey: key, year, startsSegment: series.jump, series };
}

/** Takes the planned number for good (clock guard included). Call inside the registering transaction, right after planNumber. */
export function takeNumber(ledger: Ledger, plan: NumberPlan, at: string): void {
  takeNext(ledger.db, plan.series, at);
}
