import { Link, useParams } from 'react-router';
import type { CaseStatus, PartySide, Proceeding } from '@shared/domain';
import { formatRinggit } from '@shared/money';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { StatusBadge } from '../components/StatusBadge';
import { CounterBadge } from '../register/CourtSearchResults';
import { useStrings } from '../i18n/strings';
import { useOutage } from '../app/context';
import { ReceiveDocuments } from '../sopPaths/CaseFilings';
import { formatDateTime } from '../lib/time';

/**
 * Another counter's case as the court folder brought it: its parties, documents and receipts, to be
 * seen only (that counter's record is never changed here). Terima dokumen and Terima bayaran on it are
 * this counter's records, made through the court folder's channels; the first one takes the case here as
 * a row of source COURT_COUNTER, which this page then links to.
 */
export function CourtCasePage() {
  const { msCourt: t, ms, msDomain } = useStrings();
  const params = useParams();
  const counter = params.counter ?? '';
  const caseId = Number(params.caseId);
  const { state, reload } = useApi('courtFolder.case', { counter, caseId });
  const { outage } = useOutage();
  const c = state.value;
  return (
    <div className="page court-case" data-testid="court-case">
      <p>
        <Link to={routes.book}>{t.back}</Link>
      </p>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {!c && state.status !== 'error' ? <Loading text={ms.common.loading} /> : null}
      {c ? (
        <>
          <h1>
            <span className="case-number">{c.caseNumber}</span> <CounterBadge counter={c.counter} />
          </h1>
          <Notice tone="warning">
            <strong>{t.readOnlyTitle(c.counter)}.</strong>{' '}
            {t.readOnlyNote(c.counter, c.asOf ? formatDateTime(c.asOf) : '—')}
          </Notice>
          {c.localCaseId !== null ? (
            <Notice tone="info">
              <p>{t.heldHere(c.counter)}</p>
              <Link to={routes.case(c.localCaseId)} data-testid="court-case-held">
                {t.openHeld}
              </Link>
            </Notice>
          ) : null}
          <dl className="facts">
            <div>
              <dt>{ms.book.colType}</dt>
              <dd>
                <span className="code">{c.caseTypeCode}</span> {c.caseTypeName}
              </dd>
            </div>
            <div>
              <dt>{ms.book.colAt}</dt>
              <dd>{formatDateTime(c.registeredAt)}</dd>
            </div>
            <div>
              <dt>{ms.book.colStatus}</dt>
              <dd>
                <StatusBadge status={c.status as CaseStatus} />
              </dd>
            </div>
          </dl>
          <h2>{t.parties}</h2>
          <table className="table" data-testid="court-case-parties">
            <tbody>
              {c.parties.map((p, i) => (
                <tr key={i}>
                  <td>{msDomain.partyRole(p.side as PartySide, c.proceeding as Proceeding)}</td>
                  <td>{p.name}</td>
                  <td className="code">{p.idNumber ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {outage && c.status === 'REGISTERED' ? (
            <section className="section court-case__receive" data-testid="court-case-receive">
              <h2>{t.receiveTitle}</h2>
              <p className="muted">{t.receiveNote(c.counter)}</p>
              <div className="court-case__actions">
                <ReceiveDocuments
                  caseId={c.caseId}
                  court={c.counter}
                  payerName={c.parties.find((p) => p.side === 'CLAIMANT')?.name ?? ''}
                  onSaved={reload}
                />
                <Link className="button button--primary" to={routes.courtPay(c.counter, c.caseId)}>
                  {t.takePayment}
                </Link>
              </div>
            </section>
          ) : null}
          <h2>{t.filings}</h2>
          {c.filings.length === 0 ? <p className="muted">{t.noFilings}</p> : null}
          {c.filings.length > 0 ? (
            <table className="table" data-testid="court-case-filings">
              <tbody>
                {c.filings.map((f) => (
                  <tr key={f.id}>
                    <td className="nowrap">{formatDateTime(f.receivedAt)}</td>
                    <td>
                      <span className="code">{f.filingTypeCode}</span> {f.filingTypeName} × {f.quantity}
                    </td>
                    <td className="money">RM {formatRinggit(f.amountSen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          <h2>{t.receipts}</h2>
          {c.receipts.length === 0 ? <p className="muted">{t.noReceipts}</p> : null}
          {c.receipts.length > 0 ? (
            <table className="table" data-testid="court-case-receipts">
              <tbody>
                {c.receipts.map((r) => (
                  <tr key={r.id}>
                    <td className="code">{r.receiptNumber}</td>
                    <td className="nowrap">{formatDateTime(r.issuedAt)}</td>
                    <td>{r.payerName}</td>
                    <td className="money">RM {formatRinggit(r.totalSen)}</td>
                    <td>{r.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
