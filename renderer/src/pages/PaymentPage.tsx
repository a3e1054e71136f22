import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { ms } from '../i18n/ms';
import { paymentFromDraft, paymentFromReceipt } from '../payments/model';
import { PaymentForm } from '../payments/PaymentForm';

/** Terima Bayaran for one case; `?ganti=<id>` issues a replacement for a cancelled receipt. */
export function PaymentPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const caseId = Number(params.caseId);
  const replaces = Number(search.get('ganti') ?? '');
  const valid = Number.isInteger(caseId) && caseId > 0;
  return (
    <div className="page">
      <p className="back">{valid ? <Link to={routes.case(caseId)}>← {ms.pay.backToCase}</Link> : null}</p>
      {valid ? (
        <Payment caseId={caseId} replacesReceiptId={Number.isInteger(replaces) && replaces > 0 ? replaces : null} />
      ) : (
        <Notice tone="error">{ms.caseDetailMissing}</Notice>
      )}
    </div>
  );
}

function Payment({ caseId, replacesReceiptId }: { caseId: number; replacesReceiptId: number | null }) {
  const navigate = useNavigate();
  const { state: draft } = useApi('payments.draft', { caseId });
  const { state: schedule } = useApi('fees.schedule', {});
  const { state: options } = useApi('settings.receiptOptions', {});
  const { state: replaced } = useApi('receipts.get', { receiptId: replacesReceiptId ?? 1 });
  const states = replacesReceiptId ? [draft, schedule, options, replaced] : [draft, schedule, options];
  const failure = states.find((s) => s.status === 'error');
  if (failure && failure.status === 'error') return <Notice tone="error">{failure.error.message}</Notice>;
  if (states.some((s) => s.status !== 'ok') || !draft.value || !schedule.value || !options.value) {
    return <Loading text={ms.common.loading} />;
  }
  const old = replacesReceiptId ? replaced.value : null;
  const initial = old ? paymentFromReceipt(old, schedule.value.items) : paymentFromDraft(draft.value);
  return (
    <>
      <h1>{old ? ms.pay.replaceTitle : ms.pay.title}</h1>
      <p className="pay-case">
        {ms.pay.forCase}{' '}
        <Link className="case-number case-number--link" to={routes.case(caseId)}>
          {draft.value.caseNumber}
        </Link>
      </p>
      {old ? <Notice tone="info">{ms.pay.replaces(old.receiptNumber)}</Notice> : null}
      <PaymentForm
        caseId={caseId}
        fees={schedule.value.items}
        initial={initial}
        senWording={options.value.senWording}
        replacesReceiptId={old ? old.id : null}
        onIssued={(r) => void navigate(routes.receipt(r.id))}
      />
    </>
  );
}
