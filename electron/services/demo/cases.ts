import type { RegisterCaseInput } from '@shared/schemas/case';
import { party } from './people';
import { pick } from './random';

/** Common family and criminal case types, weighted roughly as a counter sees them. */
const MIX = [
  { code: '024', claimant: 'P', respondent: 'L' },
  { code: '024', claimant: 'P', respondent: 'L' },
  { code: '017', claimant: 'P', respondent: 'L' },
  { code: '011', claimant: 'L', respondent: 'P' },
  { code: '010', claimant: 'L', respondent: null },
  { code: '006', claimant: 'P', respondent: null },
  { code: '009', claimant: 'P', respondent: 'L' },
  { code: '008', claimant: 'L', respondent: null },
] as const;

/** One realistic registration: a claimant, usually a respondent, sometimes a lawyer and a claim. */
export function demoCase(
  random: () => number,
  proceedingOf: (code: string) => 'SAMAN' | 'PERMOHONAN',
): RegisterCaseInput {
  const mix = pick(random, MIX);
  const parties = [party(random, 'CLAIMANT', mix.claimant)];
  if (mix.respondent) parties.push(party(random, 'RESPONDENT', mix.respondent));
  const withLawyer = random() < 0.3;
  return {
    caseTypeCode: mix.code,
    proceeding: proceedingOf(mix.code),
    parties,
    lawyerName: withLawyer
      ? `Tetuan ${pick(random, ['Zainal & Rakan', 'Aziz Hamid & Co', 'Nor Hayati & Associates'])}`
      : null,
    lawyerFirm: null,
    claimSen: mix.code === '017' || mix.code === '009' ? Math.round(random() * 5_000_000) * 100 : null,
  };
}
