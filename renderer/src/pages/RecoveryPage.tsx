import { useState } from 'react';
import { RECOVERY_FILTERS, type RecoveryFilter } from '@shared/schemas/recovery';
import type { RecoveryCaseItem, RecoveryWorklistView } from '@shared/recoveryViews';
import { Link } from 'react-router';
import { useApi } from '../api/useApi';
import { useSession } from '../app/context';
import { routes } from '../app/routes';
import { EmptyState, Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { RecoveryItemCard } from '../recovery/RecoveryItemCard';

function Progress({ list }: { list: RecoveryWorklistView }) {
  const { ms: common, msRecovery: ms } = useStrings();
  const { isSupervisor } = useSession();
  return (
    <section className="section recovery-progress">
      <p className="recovery-progress__total" role="status" data-testid="recovery-progress">
        {ms.progress(list.done, list.total)}
      </p>
      <progress max={Math.max(1, list.total)} value={list.total === 0 ? 1 : list.done} aria-hidden="true" />
      {list.allRecovered ? (
        <div data-testid="recovery-complete">
          <Notice tone="success">
            {ms.allRecovered} {isSupervisor ? <Link to={routes.export}>{ms.finalExport}</Link> : null}
          </Notice>
        </div>
      ) : null}
      <h2>{ms.outagesTitle}</h2>
      <table className="table" data-testid="recovery-outages">
        <thead>
          <tr>
            <th scope="col">{common.outage.colId}</th>
            <th scope="col">{common.outage.colStart}</th>
            <th scope="col">{common.outage.colEnd}</th>
            <th scope="col">{common.outage.closeKind}</th>
            <th scope="col" className="num">
              {common.outage.colCases}
            </th>
            <th scope="col">{common.caseView.status}</th>
          </tr>
        </thead>
        <tbody>
          {list.outages.map((o) => (
            <tr key={o.outageId}>
              <td>{ms.outageRow(o.outageId, o.sopOption)}</td>
              <td className="nowrap">{formatDateTime(o.startedAt)}</td>
              <td className="nowrap">{formatDateTime(o.closedAt)}</td>
              <td>{o.closeKind ? common.outage.closeKindShort[o.closeKind] : '—'}</td>
              <td className="num">{ms.progress(o.done, o.total)}</td>
              <td>
                <strong className={o.recovered ? 'recovery-state--selesai' : 'recovery-state--belum'}>
                  {o.recovered ? ms.recovered : ms.notYet}
                </strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/**
 * Senarai Kerja Pemulihan: after an outage is closed as "ESV3 pulih", every record of it (and of any
 * earlier outage not yet done) to key into ESV3, with progress per outage.
 */
export function RecoveryPage() {
  const { ms: common, msRecovery: ms } = useStrings();
  const [filter, setFilter] = useState<RecoveryFilter>('BELUM');
  const [outageId, setOutageId] = useState<number | null>(null);
  const { state, reload } = useApi('recovery.worklist', { filter, outageId });
  // Items just marked done stay in view (their notice is printed from here) until the filter changes.
  const [recent, setRecent] = useState<RecoveryCaseItem[]>([]);
  const list = state.value;
  const shown = list ? list.items.filter((i) => !recent.some((r) => r.caseId === i.caseId)) : [];

  return (
    <div className="page">
      <h1>{ms.title}</h1>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!list ? <Loading text={common.common.loading} /> : null}
      {list && !list.active ? <Notice tone="info">{ms.inactive}</Notice> : null}
      {list && list.active ? (
        <>
          <p>{ms.intro}</p>
          <Progress list={list} />
          <form className="filters" onSubmit={(e) => e.preventDefault()}>
            <fieldset className="radio-group">
              <legend>{ms.filter}</legend>
              <div className="radio-row">
                {RECOVERY_FILTERS.map((f) => (
                  <label key={f} className="radio radio--boxed">
                    <input
                      type="radio"
                      name="recovery-filter"
                      checked={filter === f}
                      onChange={() => {
                        setFilter(f);
                        setRecent([]);
                      }}
                    />
                    {ms.filters[f]}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="field">
              <label htmlFor="recovery-outage" className="field__label">
                {ms.outageFilter}
              </label>
              <select
                id="recovery-outage"
                value={outageId ?? ''}
                onChange={(e) => {
                  setOutageId(e.target.value === '' ? null : Number(e.target.value));
                  setRecent([]);
                }}
              >
                <option value="">{ms.allOutages}</option>
                {list.outages.map((o) => (
                  <option key={o.outageId} value={o.outageId}>
                    {ms.outageRow(o.outageId, o.sopOption)}
                  </option>
                ))}
              </select>
            </div>
          </form>
          {recent.map((item) => (
            <RecoveryItemCard
              key={`recent-${item.caseId}`}
              item={item}
              autoFocus={false}
              example={item.caseNumber}
              onSaved={(result) => {
                setRecent((prev) => prev.map((r) => (r.caseId === result.item.caseId ? result.item : r)));
                reload();
              }}
            />
          ))}
          {shown.length === 0 && recent.length === 0 ? <EmptyState>{ms.none[filter]}</EmptyState> : null}
          {shown.map((item, index) => (
            <RecoveryItemCard
              key={`${item.caseId}-${item.state}`}
              item={item}
              autoFocus={index === 0}
              example={item.caseNumber}
              onSaved={(result) => {
                setRecent((prev) => [result.item, ...prev.filter((r) => r.caseId !== result.item.caseId)]);
                reload();
              }}
            />
          ))}
          {list.matching > list.items.length ? (
            <p className="muted">{ms.more(list.items.length, list.matching)}</p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
