import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { unawaited } from '../app/unawaited';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { AfterCloseNotice } from '../payments/AfterCloseNotice';
import { paymentFromDraft } from '../payments/model';
import { PaymentForm } from '../payments/PaymentForm';
import { CounterBadge } from '../register/CourtSearchResults';

/**
 * Terima bayaran on another counter's case: the same form as on this counter's own case, its fees from
 * the case type; the receipt is this counter's, and the receipt page follows as after any payment.
 */
export function CourtPaymentPage() {
  const { ms, msCourt } = useStrings();
  const params = useParams();
  const navigate = useNavigate();
  const counter = (params.counter ?? '').toUpperCase();
  const caseId = Number(params.caseId);
  const { state: draft } = useApi('courtFolder.paymentDraft', { counter, caseId });
  const { state: schedule } = useApi('fees.schedule', {});
  const { state: options } = useApi('settings.receiptOptions', {});
  const failure = [draft, schedule, options].find((s) => s.status === 'error');
  let body;
  if (failure && failure.status === 'error') body = <Notice tone="error">{failure.error.message}</Notice>;
  else if (draft.status !== 'ok' || schedule.status !== 'ok' || options.status !== 'ok') {
    body = <Loading text={ms.common.loading} />;
  } else {
    body = (
      <>
        <p className="pay-case">
          {ms.pay.forCase}{' '}
          <Link className="case-number case-number--link" to={routes.courtCase(counter, caseId)}>
            {draft.value.caseNumber}
          </Link>{' '}
          <CounterBadge counter={counter} />
        </p>
        <Notice tone="info">{msCourt.receiveNote(counter)}</Notice>
        <AfterCloseNotice />
        <PaymentForm
          caseId={caseId}
          court={counter}
          fees={schedule.value.items}
          initial={paymentFromDraft(draft.value)}
          senWording={options.value.senWording}
          rules={options.value}
          replacesReceiptId={null}
          onIssued={(r) => unawaited(navigate(routes.receipt(r.id)))}
        />
      </>
    );
  }
  return (
    <div className="page">
      <p className="back">
        <Link to={routes.courtCase(counter, caseId)}>← {msCourt.backToCourtCase(counter)}</Link>
      </p>
      <h1>{ms.pay.title}</h1>
      {body}
    </div>
  );
}
