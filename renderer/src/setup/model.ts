import type { CourtLevel, NumberingScope } from '@shared/domain';
import type { CourtView, LastNumberView, NumberingView } from '@shared/views';
import { numberFrom, numberOrNull, type ExtraIssue } from '../lib/formResolver';
import { strings } from '../i18n/strings';

/** What the court inputs hold. The same shape serves first-run setup and the settings screen. */
export interface CourtForm {
  stateCode: string;
  courtCode: string;
  courtName: string;
  courtLevel: CourtLevel | '';
  counterId: string;
}

export interface NumberingForm {
  template: string;
  scope: NumberingScope;
  blockStart: string;
  blockSize: string;
}

export interface LastNumberRow {
  caseTypeCode: string;
  year: string;
  lastNumber: string;
}

export const emptyCourt: CourtForm = { stateCode: '', courtCode: '', courtName: '', courtLevel: '', counterId: '' };

export function courtFromView(court: CourtView): CourtForm {
  return {
    stateCode: court.stateCode,
    courtCode: court.courtCode,
    courtName: court.courtName,
    courtLevel: court.courtLevel,
    counterId: court.counterId,
  };
}

export function courtToInput(court: CourtForm) {
  return { ...court, courtLevel: court.courtLevel === '' ? undefined : court.courtLevel };
}

/** "Pilih negeri." reads better than the schema's "2 digits" when nothing was chosen. */
export function courtExtraIssues(court: CourtForm): ExtraIssue[] {
  const { ms } = strings();
  return court.stateCode === '' ? [{ path: 'court.stateCode', message: ms.court.stateRequired }] : [];
}

export function numberingFromView(numbering: NumberingView): NumberingForm {
  return {
    template: numbering.template,
    scope: numbering.scope,
    blockStart: String(numbering.blockStart),
    blockSize: numbering.blockSize === null ? '' : String(numbering.blockSize),
  };
}

export function numberingToInput(numbering: NumberingForm) {
  return {
    template: numbering.template,
    scope: numbering.scope,
    blockStart: numberFrom(numbering.blockStart),
    blockSize: numberOrNull(numbering.blockSize),
  };
}

export function lastNumbersFromView(rows: LastNumberView[]): LastNumberRow[] {
  return rows.map((r) => ({ caseTypeCode: r.caseTypeCode, year: String(r.year), lastNumber: String(r.lastNumber) }));
}

export function lastNumbersToInput(rows: LastNumberRow[]) {
  return rows.map((r) => ({
    caseTypeCode: r.caseTypeCode,
    year: numberFrom(r.year),
    lastNumber: numberFrom(r.lastNumber),
  }));
}
