import { PrintButtons } from '../printing/PrintButtons';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReceiptView } from '@shared/receiptViews';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { routes } from '../app/routes';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { ApprovalDialog } from '../payments/ApprovalDialog';
import { OfficialReceipt } from '../payments/OfficialReceipt';
import { ReceiptTotal } from '../payments/ReceiptTotal';

/** One receipt as issued: the official receipt on screen, its status, cancellation and replacement. */
export function ReceiptPage() {
  const { ms } = useStrings();
  const params = useParams();
  const receiptId = Number(params.receiptId);
  const valid = Number.isInteger(receiptId) && receiptId > 0;
  return (
    <div className="page">
      {valid ? <Receipt receiptId={receiptId} /> : <Notice tone="error">{ms.receipt.missing}</Notice>}
    </div>
  );
}

function Receipt({ receiptId }: { receiptId: number }) {
  const { ms } = useStrings();
  const { state, reload } = useApi('receipts.get', { receiptId });
  const { state: options } = useApi('settings.receiptOptions', {});
  if (state.status === 'error') return <Notice tone="error">{state.error.message}</Notice>;
  if (state.status !== 'ok' || !options.value) return <Loading text={ms.common.loading} />;
  return <ReceiptBody receipt={state.value} departmentName={options.value.departmentName} onChanged={reload} />;
}

function ReceiptBody({
  receipt,
  departmentName,
  onChanged,
}: {
  receipt: ReceiptView;
  departmentName: string;
  onChanged: () => void;
}) {
  const { ms } = useStrings();
  const [cancelling, setCancelling] = useState(false);
  const [done, setDone] = useState(false);
  const cancelled = receipt.status === 'CANCELLED';
  const replacedById = receipt.replacedByReceiptId;
  const replacesId = receipt.replacesReceiptId;

  return (
    <>
      <p className="back">
        {receipt.caseId ? <Link to={routes.case(receipt.caseId)}>← {ms.receipt.backToCase}</Link> : null}
      </p>
      <header className="receipt-page__header">
        <div>
          <p className="registered__label">{ms.receipt.number}</p>
          <h1 className="receipt-page__number case-number">{receipt.receiptNumber}</h1>
        </div>
        <span
          className={`status status--large status--${cancelled ? 'cancelled' : 'registered'}`}
          data-testid="receipt-status"
        >
          {cancelled ? ms.receipt.cancelled : ms.receipt.issued}
        </span>
        <ReceiptTotal receipt={receipt} />
      </header>
      {done ? <Notice tone="success">{ms.receipt.cancelDone}</Notice> : null}
      {cancelled ? (
        <dl className="facts facts--grid cancel-facts" data-testid="cancel-facts">
          <div>
            <dt>{ms.receipt.cancelledAt}</dt>
            <dd>{receipt.cancelledAt ? formatDateTime(receipt.cancelledAt) : ms.caseView.none}</dd>
          </div>
          <div>
            <dt>{ms.receipt.cancelledBy}</dt>
            <dd>{receipt.cancelledBy ?? ms.caseView.none}</dd>
          </div>
          <div className="facts__wide">
            <dt>{ms.receipt.cancelReason}</dt>
            <dd>{receipt.cancelReason ?? ms.caseView.none}</dd>
          </div>
          {receipt.replacedByReceiptNumber ? (
            <div>
              <dt>{ms.receipt.replacedBy}</dt>
              <dd>
                {replacedById ? (
                  <Link to={routes.receipt(replacedById)}>{receipt.replacedByReceiptNumber}</Link>
                ) : (
                  receipt.replacedByReceiptNumber
                )}
              </dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {receipt.replacesReceiptNumber ? (
        <p className="replaces">
          {ms.receipt.replaces}{' '}
          {replacesId ? (
            <Link to={routes.receipt(replacesId)}>{receipt.replacesReceiptNumber}</Link>
          ) : (
            receipt.replacesReceiptNumber
          )}
        </p>
      ) : null}
      {receipt.kew38Serial === null ? (
        <PrintButtons target={{ kind: 'receipt', receiptId: receipt.id }} autoFocus={!cancelled} />
      ) : null}
      <div className="form__actions">
        {!cancelled ? (
          <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>
            {ms.receipt.cancel}
          </button>
        ) : null}
        {cancelled && !receipt.replacedByReceiptNumber && receipt.caseId ? (
          <Link className="button button--primary" to={routes.pay(receipt.caseId, receipt.id)}>
            {ms.receipt.replace}
          </Link>
        ) : null}
      </div>
      <OfficialReceipt receipt={receipt} departmentName={departmentName} />
      {cancelling ? (
        <ApprovalDialog
          title={ms.receipt.cancelTitle(receipt.receiptNumber)}
          warning={ms.receipt.cancelConfirm}
          submitLabel={ms.receipt.cancelSubmit}
          askReason
          onClose={() => setCancelling(false)}
          onApprove={async (a) => {
            const result = await call('receipts.cancel', {
              supervisorId: a.supervisorId,
              supervisorPin: a.supervisorPin,
              receiptId: receipt.id,
              reason: a.reason ?? '',
            });
            if (result.ok) {
              setCancelling(false);
              setDone(true);
              onChanged();
            }
            return result;
          }}
        />
      ) : null}
    </>
  );
}
