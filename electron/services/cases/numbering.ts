import { sql } from '../db/statements';
import { planNext, type SeriesPlan } from '../series/series';
import { SERIES } from '../series/kinds';
import { openOutageRef } from '../outages/outages';
import { formatCaseNumber, lastNumberTypeKey, parseTemplate, scopeKey } from '@shared/caseNumber';
import { AppError } from '@shared/errors';
import { courtYear } from '@shared/time';
import type { CourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';

/*
 * What is particular to case numbers: the court's template, and which stretch of a series is this
 * counter's. Handing the numbers out is the one series mechanism (series/series.ts): the registration
 * takes `plan.series` with `takeNext` in its transaction, as receipts, appointments and exports do.
 */

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
  /** False when no last ESV3 number (not even 0, "none yet") is set for this type and year. */
  esv3Known: boolean;
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
  return {
    key,
    first,
    last: numbering.blockSize === null ? null : first + numbering.blockSize - 1,
    esv3Known: esv3 !== undefined,
  };
}

/**
 * True when ESV3 has been down since before 1 January of `year` (the open outage began in an earlier
 * year): it cannot have issued a number of that year, so the counter's block start is the right
 * first number and no last ESV3 number is needed. This is the new-year case: on 1 January no type has
 * a last-number row for the new year.
 */
function esv3SilentSinceBefore(ledger: Ledger, year: number): boolean {
  const outage = openOutageRef(ledger);
  return outage !== null && courtYear(new Date(outage.startedAt)) < year;
}

/** The court's template for one case type and year: the case number of a running number, and its digits. */
function caseNumberFormat(config: CourtConfig, caseTypeCode: string, year: number) {
  const template = parseTemplate(config.numbering.template, config.numbering.scope);
  if (!template.ok)
    throw new AppError('CONFLICT', 'Templat nombor kes tidak sah: {problem}', { problem: template.problem });
  const { stateCode, courtCode } = config.court;
  return {
    runWidth: template.runWidth,
    caseNumber: (runningNumber: number): string =>
      formatCaseNumber(template.parts, { stateCode, courtCode, caseTypeCode, runningNumber, year }),
  };
}

/**
 * The next number this counter would give a case of `caseTypeCode` in `year`: the series' next
 * (planNext: one past its last, above any floor a restore left), never below the last number ESV3
 * issued plus this counter's block start. Reads only.
 */
export function planNumber(ledger: Ledger, config: CourtConfig, caseTypeCode: string, year: number): NumberPlan {
  const format = caseNumberFormat(config, caseTypeCode, year);
  const own = ownSeries(ledger, config, caseTypeCode, year);
  let series = planNext(ledger.db, 'case', own.key, own.first);
  if (!own.esv3Known && SERIES.case.lastOf(ledger.db, own.key) === 0 && !esv3SilentSinceBefore(ledger, year)) {
    throw new AppError(
      'CONFLICT',
      'Nombor terakhir ESV3 bagi kes {caseTypeCode} tahun {year} belum ditetapkan, jadi nombor pertama kaunter ini tidak dapat dipastikan. Minta Penolong Pendaftar mengisinya di Tetapan → Nombor kes terakhir ESV3 (isi 0 jika ESV3 belum mengeluarkan sebarang nombor bagi jenis ini tahun ini).',
      { caseTypeCode, year },
    );
  }
  // A case recorded before the given-number check (givenNumberCases.ts) may hold a number of this
  // series: numbering moves past it (a recorded jump) rather than offer a number already held.
  while (heldByAnotherCase(ledger, format.caseNumber(series.number)) && series.number < 10 ** format.runWidth) {
    series = planNext(ledger.db, 'case', own.key, series.number + 1);
  }
  const runningNumber = series.number;
  if (own.last !== null && runningNumber > own.last) {
    throw new AppError(
      'CONFLICT',
      'Blok nombor kaunter ini telah habis ({first} hingga {last}). Penolong Pendaftar perlu menetapkan blok baharu sebelum kes lain didaftarkan.',
      { first: own.first, last: own.last },
    );
  }
  if (runningNumber >= 10 ** format.runWidth) {
    throw new AppError(
      'CONFLICT',
      'Nombor siri {runningNumber} melebihi {runWidth} digit templat. Penolong Pendaftar perlu meluaskan {run:N} dalam templat.',
      { runningNumber, runWidth: format.runWidth },
    );
  }
  return {
    caseNumber: format.caseNumber(runningNumber),
    runningNumber,
    scopeKey: own.key,
    year,
    startsSegment: series.jump,
    series,
  };
}
