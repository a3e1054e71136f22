import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { EmptyHint } from '../components/EmptyHint';
import { StatusBadge } from '../components/StatusBadge';
import { bookSource } from '../register/bookSource';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { useDebounced } from '../lib/useDebounced';
import { CauseBookPrint } from '../hearings/CauseBookPrint';
import { unawaited } from '../app/unawaited';
import { DateInput } from '../components/DateInput';
import { CounterBadge, CourtSearchResults, useCourtSearch } from '../register/CourtSearchResults';

const PAGE_SIZE = 25;

/** Buku Daftar: every case, newest first, searchable by name, IC or number and filterable by date. */
export function RegisterBookPage() {
  const { msCounter } = useStrings();
  const { ms, msCourt } = useStrings();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [fromDate, setFromDate] = useState('');
  const [toDate, setToDate] = useState('');
  const [page, setPage] = useState(0);
  // The register of the outage in progress by default; every outage on request.
  const outages = useApi('outage.list', {}).state.value;
  const [chosenOutageId, setOutageId] = useState<number | null | undefined>(undefined);
  // Until the clerk picks one, the open outage (derived, not copied into state by an effect).
  const outageId =
    chosenOutageId !== undefined
      ? chosenOutageId
      : outages
        ? (outages.find((o) => o.closedAt === null)?.id ?? null)
        : undefined;
  const settledQuery = useDebounced(query, 200);
  const { state } = useApi('cases.search', {
    query: settledQuery,
    outageId: outageId ?? null,
    fromDate: fromDate || null,
    toDate: toDate || null,
    limit: PAGE_SIZE,
    offset: page * PAGE_SIZE,
  });
  const courtHits = useCourtSearch(settledQuery);
  const filtered = settledQuery.trim() !== '' || fromDate !== '' || toDate !== '';
  const result = state.value;
  // Nothing here but cases at the other counters: those are shown, under a heading that says where they are.
  const onlyCourt = result !== undefined && result !== null && result.total === 0 && courtHits.length > 0;
  const firstShown = page * PAGE_SIZE + 1;

  const setFilter = (set: (v: string) => void) => (value: string) => {
    set(value);
    setPage(0);
  };

  return (
    <div className="page">
      <h1>{ms.book.title}</h1>
      <CauseBookPrint />
      <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <Field id="book-search" label={ms.book.search} className="filters__search">
          {(aria) => (
            <input
              {...aria}
              type="search"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => setFilter(setQuery)(e.target.value)}
            />
          )}
        </Field>
        <Field id="book-outage" label={ms.book.outage}>
          {(aria) => (
            <select
              {...aria}
              value={outageId ?? ''}
              onChange={(e) => {
                setOutageId(e.target.value === '' ? null : Number(e.target.value));
                setPage(0);
              }}
            >
              <option value="">{ms.book.allOutages}</option>
              {(outages ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {ms.book.outageOption(o.id, o.sopOption, formatDateTime(o.startedAt), o.closedAt === null)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="book-from" label={ms.book.from}>
          {(aria) => <DateInput {...aria} optional value={fromDate} onChange={setFilter(setFromDate)} />}
        </Field>
        <Field id="book-to" label={ms.book.to}>
          {(aria) => <DateInput {...aria} optional value={toDate} onChange={setFilter(setToDate)} />}
        </Field>
        {filtered || query !== '' ? (
          <button
            type="button"
            className="button button--quiet filters__clear"
            onClick={() => {
              setQuery('');
              setFromDate('');
              setToDate('');
              setPage(0);
            }}
          >
            {ms.book.clear}
          </button>
        ) : null}
      </form>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!result ? <Loading text={ms.common.loading} /> : null}
      {result && result.total === 0 && !onlyCourt ? (
        <EmptyHint
          title={filtered ? ms.book.noMatch : ms.book.empty}
          what={filtered ? undefined : msCounter.empty.bookWhat}
        />
      ) : null}
      {result && result.total > 0 ? (
        <>
          <p className="book__total" role="status" data-testid="book-total">
            {ms.book.total(result.total)}
          </p>
          <table className="table table--rows" data-testid="book-table">
            <thead>
              <tr>
                <th scope="col">{ms.book.colNumber}</th>
                <th scope="col">{ms.book.colType}</th>
                <th scope="col">{ms.book.colParties}</th>
                <th scope="col">{ms.book.colAt}</th>
                <th scope="col">{ms.book.colBy}</th>
                <th scope="col">{ms.book.colSource}</th>
                <th scope="col">{ms.book.colStatus}</th>
              </tr>
            </thead>
            <tbody>
              {result.cases.map((c) => (
                <tr key={c.id} onClick={() => unawaited(navigate(routes.case(c.id)))}>
                  <td className="nowrap">
                    <Link to={routes.case(c.id)} className="case-number case-number--link">
                      {c.caseNumber}
                    </Link>
                    {c.esv3CaseNumber && c.esv3CaseNumber !== c.caseNumber ? (
                      <span className="esv3-number" title={ms.caseView.esv3Number}>
                        ESV3: {c.esv3CaseNumber}
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <span className="code">{c.caseTypeCode}</span> {c.caseTypeName}
                  </td>
                  <td>{c.partiesLine}</td>
                  <td className="nowrap">{formatDateTime(c.registeredAt)}</td>
                  <td>{c.originCounter ? msCourt.otherCounter(c.originCounter) : c.registeredBy}</td>
                  <td data-testid="book-source">
                    {c.originCounter ? <CounterBadge counter={c.originCounter} /> : ms.book.sources[bookSource(c)]}
                  </td>
                  <td>
                    <StatusBadge status={c.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.total > PAGE_SIZE ? (
            <nav className="pager" aria-label={ms.book.title}>
              <button
                type="button"
                className="button button--secondary"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                {ms.book.prev}
              </button>
              <span>{ms.book.page(firstShown, firstShown + result.cases.length - 1, result.total)}</span>
              <button
                type="button"
                className="button button--secondary"
                disabled={firstShown + result.cases.length - 1 >= result.total}
                onClick={() => setPage((p) => p + 1)}
              >
                {ms.book.next}
              </button>
            </nav>
          ) : null}
        </>
      ) : null}
      <CourtSearchResults hits={courtHits} ownNone={onlyCourt} />
    </div>
  );
}
