import caseTypesData from '@shared/data/case-types.json';
import statesData from '@shared/data/states-and-courts.json';
import type { CaseCategory, Proceeding } from '@shared/domain';
import type { CaseTypeView, StateView } from '@shared/views';

/** The shipped state list (state code = first two digits of a case number). */
export const STATES: StateView[] = statesData.states.map((s) => ({
  code: s.code,
  name: s.name,
  weekend: 'weekend' in s && Array.isArray(s.weekend) ? s.weekend : ['SAT', 'SUN'],
}));

export function stateName(code: string): string {
  return STATES.find((s) => s.code === code)?.name ?? `Negeri ${code}`;
}

/**
 * The shipped case types, a starting point the court edits. Where the source does not say how a
 * case begins, it is taken as a Saman; the clerk can still choose per case.
 */
export const DEFAULT_CASE_TYPES: CaseTypeView[] = caseTypesData.caseTypes.map((t) => ({
  code: t.code,
  name: t.name,
  category: t.category as CaseCategory,
  proceeding: (t.beginsWith ?? 'SAMAN') as Proceeding,
  active: true,
}));
