import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatRinggit } from '@shared/money';
import type { CaseView } from '@shared/views';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { StatusBadge } from '../components/StatusBadge';
import { countryName } from '@shared/countries';
import { useLanguage, useStrings } from '../i18n/strings';
import { CaseReceipts } from '../payments/CaseReceipts';
import { CaseHearings } from '../hearings/CaseHearings';
import { CaseFilings } from '../sopPaths/CaseFilings';
import { CounterBadge } from '../register/CourtSearchResults';
import { auditActionLabel } from '../lib/auditActions';
import { formatDateTime } from '../lib/time';
import { recoveryText } from '../recovery/recoveryText';

/** Butiran Kes: everything the ledger holds about one case. */
export function CaseDetailPage() {
  const { ms } = useStrings();
  const params = useParams();
  const caseId = Number(params.caseId);
  const valid = Number.isInteger(caseId) && caseId > 0;
  return (
    <div className="page">
      <p className="back">
        <Link to={routes.book}>← {ms.caseView.back}</Link>
      </p>
      {valid ? <CaseDetail caseId={caseId} /> : <Notice tone="error">{ms.caseDetailMissing}</Notice>}
    </div>
  );
}

function CaseDetail({ caseId }: { caseId: number }) {
  const { ms } = useStrings();
  const { state, reload } = useApi('cases.get', { caseId });
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (state.status !== 'ok' && !state.value) return <Loading text={ms.common.loading} />;
  if (!state.value) return <Loading text={ms.common.loading} />;
  return <CaseDetailView c={state.value} onChanged={reload} />;
}

function CaseDetailView({ c, onChanged }: { c: CaseView; onChanged: () => void }) {
  const { ms, msSop, msDomain, msCourt } = useStrings();
  const language = useLanguage();
  const dash = useStrings().ms.caseView.none;
  const [receiptsVersion, setReceiptsVersion] = useState(0);
  return (
    <article className="case" data-testid="case-detail">
      <header className="case__header">
        <h1 className="case__number case-number">{c.caseNumber}</h1>
        <StatusBadge status={c.status} large />
        {c.originCounter ? <CounterBadge counter={c.originCounter} /> : null}
        {c.esv3CaseNumber && c.esv3CaseNumber !== c.caseNumber ? (
          <p className="case__esv3" data-testid="case-esv3-number">
            {ms.caseView.esv3Number}: <strong className="code">{c.esv3CaseNumber}</strong>
          </p>
        ) : null}
      </header>
      <p className="case__parties">{c.partiesLine}</p>
      {c.originCounter ? (
        <Notice tone="info">
          <p data-testid="case-origin">{msCourt.originNote(c.originCounter)}</p>
          {c.originCaseId !== null ? (
            <Link to={routes.courtCase(c.originCounter, c.originCaseId)}>{msCourt.viewOrigin(c.originCounter)}</Link>
          ) : null}
        </Notice>
      ) : null}
      {c.provisional && !c.esv3CaseNumber ? <p className="case__provisional">{ms.caseView.provisional}</p> : null}
      <dl className="facts facts--grid">
        <div>
          <dt>{ms.caseView.type}</dt>
          <dd>
            <span className="code">{c.caseTypeCode}</span> {c.caseTypeName}
          </dd>
        </div>
        <div>
          <dt>{ms.caseView.category}</dt>
          <dd>{msDomain.caseCategory[c.category]}</dd>
        </div>
        <div>
          <dt>{ms.caseView.proceeding}</dt>
          <dd>{msDomain.proceeding[c.proceeding]}</dd>
        </div>
        <div>
          <dt>{ms.caseView.source}</dt>
          <dd>
            {ms.caseView.sources[c.source]}
            {c.originCounter ? ` (${msCourt.otherCounter(c.originCounter)})` : ''}
          </dd>
        </div>
        <div>
          <dt>{ms.caseView.registeredAt}</dt>
          <dd>{formatDateTime(c.registeredAt)}</dd>
        </div>
        <div>
          <dt>{ms.caseView.registeredBy}</dt>
          {/* Another counter's case: registered there, not by whoever first took it here. */}
          <dd>{c.originCounter ? msCourt.otherCounter(c.originCounter) : c.registeredBy}</dd>
        </div>
        <div>
          <dt>{ms.caseView.outage}</dt>
          <dd>{ms.caseView.outageRef(c.outageId)}</dd>
        </div>
        <div>
          <dt>{ms.caseView.esv3Number}</dt>
          <dd>{c.esv3CaseNumber ?? dash}</dd>
        </div>
        {c.esv2ReceiptNumber ? (
          <div>
            <dt>{msSop.given.esv2Receipt}</dt>
            <dd>{c.esv2ReceiptNumber}</dd>
          </div>
        ) : null}
        <div>
          <dt>{ms.caseView.lawyer}</dt>
          <dd>{c.lawyerName ? [c.lawyerName, c.lawyerFirm].filter(Boolean).join(', ') : dash}</dd>
        </div>
        <div>
          <dt>{ms.caseView.claim}</dt>
          <dd>{c.claimSen === null ? dash : `RM ${formatRinggit(c.claimSen)}`}</dd>
        </div>
        {c.note ? (
          <div className="facts__wide">
            <dt>{ms.caseView.note}</dt>
            <dd className="preserve-lines">{c.note}</dd>
          </div>
        ) : null}
      </dl>

      <section className="section">
        <h2>{ms.caseView.parties}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{ms.caseView.role}</th>
              <th scope="col">{ms.caseView.name}</th>
              <th scope="col">{ms.caseView.id}</th>
              <th scope="col">{ms.caseView.address}</th>
              <th scope="col">{ms.caseView.phone}</th>
            </tr>
          </thead>
          <tbody>
            {c.parties.map((p) => (
              <tr key={p.id}>
                <td className="nowrap">{msDomain.partyRole(p.side, c.proceeding)}</td>
                <td className="party-name">{p.name}</td>
                <td>
                  <span className="muted">{msDomain.idType[p.idType]}</span>
                  {p.idNumber ? <div className="code">{p.idNumber}</div> : null}
                  {p.idType === 'PASSPORT' ? (
                    <div data-testid="party-nationality">
                      {ms.caseView.nationality}:{' '}
                      {countryName(p.nationality, language) ?? (
                        <span className="muted">{ms.caseView.nationalityUnrecorded}</span>
                      )}
                    </div>
                  ) : null}
                  {p.idWarnings.length > 0 ? (
                    <div className="id-warning">
                      <strong>{ms.caseView.idWarning}:</strong> {p.idWarnings.join(' ')}
                      {p.idOverrideReason ? (
                        <div>
                          <strong>{ms.caseView.overrideReason}:</strong> {p.idOverrideReason}
                        </div>
                      ) : null}
                    </div>
                  ) : null}
                </td>
                <td className="preserve-lines">{p.address ?? dash}</td>
                <td className="nowrap">{p.phone ?? dash}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <CaseFilings
        caseId={c.id}
        payerName={c.parties[0]?.name ?? ''}
        onChanged={() => {
          onChanged();
          setReceiptsVersion((v) => v + 1);
        }}
      />

      <CaseReceipts key={receiptsVersion} caseId={c.id} />

      <CaseHearings caseId={c.id} proceeding={c.proceeding} onChanged={onChanged} />

      <section className="section">
        <h2>{ms.caseView.history}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">{ms.caseView.historyAt}</th>
              <th scope="col">{ms.caseView.historyBy}</th>
              <th scope="col">{ms.caseView.historyAction}</th>
            </tr>
          </thead>
          <tbody>
            {c.history.map((h) => (
              <tr key={h.seq}>
                <td className="num">{h.seq}</td>
                <td className="nowrap">{formatDateTime(h.at)}</td>
                <td>{h.actor}</td>
                <td>
                  {auditActionLabel(h.action)}
                  {h.recovery ? <div className="muted">{recoveryText(h.recovery)}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
