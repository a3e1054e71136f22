import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApi } from '../api/useApi';
import { CourtSearchResults, useCourtSearch } from '../register/CourtSearchResults';
import { useOutage } from '../app/context';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { useDebounced } from '../lib/useDebounced';
import { RegisterCaseForm } from '../register/RegisterCaseForm';
import type { ReferenceCaseView } from '@shared/esv3ImportViews';
import { ReferenceCases, referenceMarker, referenceToForm } from '../sopPaths/ReferenceCases';
import { unawaited } from '../app/unawaited';

/** Cases registered before the outage (ESV3 or ESV2): find the case, or record its number, then receive documents. */
export function ExistingCasePage() {
  const { msReference } = useStrings();
  const { ms, msSop, msCourt } = useStrings();
  const { outage } = useOutage();
  const navigate = useNavigate();
  const { state: types } = useApi('caseTypes.list', {});
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const { state: found } = useApi('cases.search', { query: debounced, limit: 10 });
  const [reference, setReference] = useState<ReferenceCaseView | null>(null);
  const courtHits = useCourtSearch(debounced);

  let body;
  if (outage === undefined || !types.value) body = <Loading text={ms.common.loading} />;
  else if (outage === null) body = <Notice tone="info">{msSop.existing.needOutage}</Notice>;
  else {
    const cases = debounced === '' ? [] : (found.value?.cases ?? []);
    body = (
      <>
        <p className="lead">{msSop.existing.intro}</p>
        <section className="section">
          <label className="field">
            <span className="field__label">{msSop.existing.search}</span>
            <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
          </label>
          {debounced !== '' && found.status === 'ok' && cases.length === 0 && courtHits.length === 0 ? (
            <p className="muted">{msSop.existing.none}</p>
          ) : null}
          {cases.length > 0 ? (
            <ul className="result-list" aria-label={msSop.existing.found}>
              {cases.map((c) => (
                <li key={c.id}>
                  <Link to={routes.case(c.id)}>
                    <span className="case-number">{c.caseNumber}</span> — {c.partiesLine} (
                    {c.originCounter ? msCourt.otherCounter(c.originCounter) : ms.caseView.sources[c.source]})
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          <CourtSearchResults hits={courtHits} ownNone={found.status === 'ok' && cases.length === 0} />
          <ReferenceCases
            query={debounced}
            hide={new Set(cases.map((c) => c.caseNumber))}
            onUse={(r) => {
              setReference(r);
              document.getElementById('existing-record-title')?.scrollIntoView();
            }}
          />
        </section>
        <h2 id="existing-record-title">{msSop.existing.recordTitle}</h2>
        {reference ? (
          <Notice tone="info" title={referenceMarker(reference)}>
            {msReference.lookup.chosen}
          </Notice>
        ) : null}
        <RegisterCaseForm
          key={reference?.caseNumber ?? ''}
          initial={reference ? referenceToForm(reference, types.value) : undefined}
          given="CHOOSE"
          types={types.value.filter((t) => t.active)}
          onSaved={(c) => unawaited(navigate(routes.case(c.id)))}
        />
      </>
    );
  }
  return (
    <div className="page">
      <h1>{msSop.existing.title}</h1>
      {body}
    </div>
  );
}
