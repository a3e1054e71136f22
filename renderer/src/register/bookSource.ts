import type { CaseSummary } from '@shared/views';

/**
 * Where a case's number came from, as the Buku Daftar says it: a number ESV2 gave, an existing ESV3
 * case, a case another counter of the court registered, or this counter's provisional number, which becomes "given" once ESV3 has registered the case.
 */
export type BookSource = 'ESV2' | 'EXISTING' | 'PROVISIONAL' | 'GIVEN' | 'COURT';

export function bookSource(c: Pick<CaseSummary, 'source' | 'esv3CaseNumber'>): BookSource {
  switch (c.source) {
    case 'ESV2':
      return 'ESV2';
    case 'ESV3_EXISTING':
      return 'EXISTING';
    case 'COURT_COUNTER':
      return 'COURT';
    case 'MANUAL':
      return c.esv3CaseNumber === null ? 'PROVISIONAL' : 'GIVEN';
  }
}
