import { Link } from 'react-router';
import { formatRinggit } from '@shared/money';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { KeyHint } from '../keyboard/KeyHint';
import { shortcut } from '../keyboard/shortcuts';
import { EmptyHint } from '../components/EmptyHint';

/** Bayaran / Resit on the case page: every receipt of the case, cancelled ones marked BATAL. */
export function CaseReceipts({ caseId }: { caseId: number }) {
  const { msCounter } = useStrings();
  const { ms, msDomain } = useStrings();
  const { state } = useApi('receipts.forCase', { caseId });
  return (
    <section className="section" aria-labelledby="case-receipts-title">
      <div className="section__head">
        <h2 id="case-receipts-title">{ms.caseReceipts.title}</h2>
        <Link className="button button--primary" to={routes.pay(caseId)} {...shortcut('pay')}>
          {ms.register.pay} <KeyHint name="pay" />
        </Link>
      </div>
      {state.status === 'error' ? <Notice tone="error">{state.error.message}</Notice> : null}
      {state.status === 'loading' && !state.value ? <Loading text={ms.common.loading} /> : null}
      {state.value && state.value.length === 0 ? (
        <EmptyHint title={ms.caseReceipts.empty} what={msCounter.empty.receiptsWhat} />
      ) : null}
      {state.value && state.value.length > 0 ? (
        <table className="table" data-testid="case-receipts">
          <thead>
            <tr>
              <th scope="col">{ms.caseReceipts.colNumber}</th>
              <th scope="col">{ms.caseReceipts.colDate}</th>
              <th scope="col">{ms.caseReceipts.colMethod}</th>
              <th scope="col" className="num">
                {ms.caseReceipts.colAmount}
              </th>
              <th scope="col">{ms.caseReceipts.colStatus}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.map((r) => (
              <tr key={r.id} className={r.status === 'CANCELLED' ? 'row--inactive' : undefined}>
                <td>
                  <Link className="code" to={routes.receipt(r.id)}>
                    {r.receiptNumber}
                  </Link>
                </td>
                <td className="nowrap">{formatDateTime(r.issuedAt)}</td>
                <td>{msDomain.paymentMethod[r.method]}</td>
                <td className="num">{formatRinggit(r.totalSen)}</td>
                <td>
                  {r.status === 'CANCELLED' ? (
                    <span className="status status--cancelled">{ms.receipt.cancelled}</span>
                  ) : (
                    <span className="status status--registered">{ms.receipt.issued}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
