import type { NextNumberView } from '@shared/views';
import { courtYear } from '@shared/time';
import { requireCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { requireActiveCaseType } from './caseTypes';
import { planNumber } from './numbering';

/** The number the next case of this type would be given now (shown on the form; nothing is taken). */
export function nextCaseNumber(ledger: Ledger, caseTypeCode: string): NextNumberView {
  const type = requireActiveCaseType(ledger, caseTypeCode);
  const plan = planNumber(ledger, requireCourtConfig(ledger), type.code, courtYear(ledger.clock()));
  return { caseNumber: plan.caseNumber, runningNumber: plan.runningNumber };
}
