import { useEffect } from 'react';
import { Link } from 'react-router';
import type { CaseStatus } from '@shared/domain';
import type { CourtCaseHitView } from '@shared/courtFolderViews';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { StatusBadge } from '../components/StatusBadge';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';

const REFRESH_MS = 3000;

/** "Kaunter K1": the mark of a case that is another counter's record, not this counter's. */
export function CounterBadge({ counter }: { counter: string }) {
  const t = useStrings().msCourt;
  return (
    <span className="counter-badge" data-testid="counter-badge">
      {t.otherCounter(counter)}
    </span>
  );
}

/**
 * The other counters' cases matching the search, read from the court folder's replica (none while no
 * query). Another counter's case may arrive while the clerk looks: asked again every few seconds.
 */
export function useCourtSearch(query: string): CourtCaseHitView[] {
  const { state, reload } = useApi('courtFolder.search', { query: query.trim() });
  useEffect(() => {
    if (query.trim() === '') return undefined;
    const timer = setInterval(reload, REFRESH_MS);
    return () => clearInterval(timer);
  }, [query, reload]);
  return query.trim() === '' ? [] : (state.value ?? []);
}

/**
 * The other counters' cases found by `useCourtSearch`, under the counter's own results: each marked with
 * its counter and opened on its own page. `ownNone`: this counter found nothing, so the heading says so
 * (instead of a "no match" above results that are there).
 */
export function CourtSearchResults({ hits, ownNone = false }: { hits: CourtCaseHitView[]; ownNone?: boolean }) {
  const { msCourt: t, ms } = useStrings();
  if (hits.length === 0) return null;
  return (
    <section className="section court-results" aria-label={t.courtResults} data-testid="court-results">
      <h2>{t.courtResults}</h2>
      {ownNone ? (
        <p className="court-results__only" role="status" data-testid="court-results-only">
          {t.onlyCourtResults}
        </p>
      ) : null}
      <p className="muted">{t.courtResultsNote}</p>
      <table className="table table--rows">
        <thead>
          <tr>
            <th scope="col">{ms.book.colNumber}</th>
            <th scope="col">{t.counter}</th>
            <th scope="col">{ms.book.colType}</th>
            <th scope="col">{ms.book.colParties}</th>
            <th scope="col">{ms.book.colAt}</th>
            <th scope="col">{ms.book.colStatus}</th>
          </tr>
        </thead>
        <tbody>
          {hits.map((c) => (
            <tr key={`${c.counter}:${c.caseId}`}>
              <td className="nowrap">
                <Link to={routes.courtCase(c.counter, c.caseId)} className="case-number case-number--link">
                  {c.caseNumber}
                </Link>
              </td>
              <td>
                <CounterBadge counter={c.counter} />
              </td>
              <td>
                <span className="code">{c.caseTypeCode}</span> {c.caseTypeName}
              </td>
              <td>{c.parties.map((p) => p.name).join('; ')}</td>
              <td className="nowrap">{formatDateTime(c.registeredAt)}</td>
              <td>
                <StatusBadge status={c.status as CaseStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
