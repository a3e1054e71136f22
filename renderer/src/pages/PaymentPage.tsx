import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { SenWording } from '@shared/domain';
import type { CashRules } from '../payments/model';
import type { FeeItemView, PaymentDraftView, ReceiptView } from '@shared/receiptViews';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { paymentFromDraft, paymentFromReceipt, type PaymentForm as PaymentFormValues } from '../payments/model';
import { PaymentForm } from '../payments/PaymentForm';
import { unawaited } from '../app/unawaited';
import { AfterCloseNotice } from '../payments/AfterCloseNotice';

/** Terima Bayaran for one case; `?ganti=<id>` issues a replacement for a cancelled receipt. */
export function PaymentPage() {
  const { ms } = useStrings();
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
  const { ms } = useStrings();
  const { state: draft } = useApi('payments.draft', { caseId });
  const { state: schedule } = useApi('fees.schedule', {});
  const { state: options } = useApi('settings.receiptOptions', {});
  const failure = [draft, schedule, options].find((s) => s.status === 'error');
  if (failure && failure.status === 'error') return <Notice tone="error">{failure.error.message}</Notice>;
  if (draft.status !== 'ok' || schedule.status !== 'ok' || options.status !== 'ok') {
    return <Loading text={ms.common.loading} />;
  }
  const loaded = {
    caseId,
    draft: draft.value,
    fees: schedule.value.items,
    senWording: options.value.senWording,
    rules: options.value,
  };
  return replacesReceiptId ? (
    <Replacement {...loaded} receiptId={replacesReceiptId} />
  ) : (
    <PaymentScreen {...loaded} initial={paymentFromDraft(draft.value)} replaces={null} />
  );
}

interface Loaded {
  caseId: number;
  draft: PaymentDraftView;
  fees: FeeItemView[];
  senWording: SenWording;
  rules: CashRules;
}

/** A replacement starts from the cancelled receipt it replaces. */
function Replacement({ receiptId, ...loaded }: Loaded & { receiptId: number }) {
  const { ms } = useStrings();
  const { state } = useApi('receipts.get', { receiptId });
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (state.status !== 'ok') return <Loading text={ms.common.loading} />;
  return <PaymentScreen {...loaded} initial={paymentFromReceipt(state.value)} replaces={state.value} />;
}

function PaymentScreen({
  caseId,
  draft,
  fees,
  senWording,
  rules,
  initial,
  replaces,
}: Loaded & { initial: PaymentFormValues; replaces: ReceiptView | null }) {
  const { ms } = useStrings();
  const navigate = useNavigate();
  return (
    <>
      <h1>{replaces ? ms.pay.replaceTitle : ms.pay.title}</h1>
      <p className="pay-case">
        {ms.pay.forCase}{' '}
        <Link className="case-number case-number--link" to={routes.case(caseId)}>
          {draft.caseNumber}
        </Link>
      </p>
      {replaces ? <Notice tone="info">{ms.pay.replaces(replaces.receiptNumber)}</Notice> : null}
      <AfterCloseNotice />
      <PaymentForm
        caseId={caseId}
        fees={fees}
        initial={initial}
        senWording={senWording}
        rules={rules}
        replacesReceiptId={replaces ? replaces.id : null}
        onIssued={(r) => unawaited(navigate(routes.receipt(r.id)))}
      />
    </>
  );
}
