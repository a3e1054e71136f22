import { useState } from 'react';
import { Link } from 'react-router';
import type { RecordEsv3Result, RecoveryCaseItem } from '@shared/recoveryViews';
import { routes } from '../app/routes';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime } from '../lib/time';
import { PrintButtons } from '../printing/PrintButtons';
import { RecoveryItemForm } from './RecoveryItemForm';

/** One case on the worklist: what to key into ESV3, and once done, what was recorded and the notice. */
export function RecoveryItemCard({
  item,
  autoFocus,
  example,
  onSaved,
}: {
  item: RecoveryCaseItem;
  autoFocus: boolean;
  example: string;
  onSaved: (result: RecordEsv3Result) => void;
}) {
  const { msRecovery: ms } = useStrings();
  const [correcting, setCorrecting] = useState(false);
  return (
    <article className={`recovery-item recovery-item--${item.state.toLowerCase()}`} data-testid="recovery-item">
      <header className="recovery-item__header">
        <Link to={routes.case(item.caseId)} className="case-number case-number--link">
          {item.caseNumber}
        </Link>
        <span className={`status recovery-state--${item.state.toLowerCase()}`} data-testid="recovery-state">
          {ms.states[item.state]}
        </span>
        <span className="muted">{ms.sources[item.source]}</span>
      </header>
      <p className="recovery-item__case">
        <span className="code">{item.caseTypeCode}</span> {item.caseTypeName} — {item.partiesLine}
        <span className="muted"> · {ms.registered(formatDateTime(item.registeredAt))}</span>
      </p>
      {item.state === 'TIADA_TINDAKAN' ? <p className="muted">{ms.cancelledCase}</p> : null}
      {item.state === 'BELUM' ? (
        <RecoveryItemForm item={item} correcting={false} autoFocus={autoFocus} example={example} onSaved={onSaved} />
      ) : null}
      {item.state === 'SELESAI' && correcting ? (
        <RecoveryItemForm
          item={item}
          correcting
          autoFocus
          example={example}
          onSaved={(result) => {
            setCorrecting(false);
            onSaved(result);
          }}
          onCancel={() => setCorrecting(false)}
        />
      ) : null}
      {item.state === 'SELESAI' && !correcting ? (
        <>
          <dl className="facts">
            <div>
              <dt>{ms.esv3Number}</dt>
              <dd className="code" data-testid="recovery-esv3-number">
                {item.esv3CaseNumber}
              </dd>
            </div>
            {item.receipts.map((r) => (
              <div key={r.receiptId}>
                <dt>{r.receiptNumber}</dt>
                <dd className="code">{r.cancelled ? ms.states.TIADA_TINDAKAN : r.esv3PaymentRef}</dd>
              </div>
            ))}
          </dl>
          {item.doneBy && item.doneAt ? (
            <p className="muted">{ms.doneBy(item.doneBy, formatDateTime(item.doneAt))}</p>
          ) : null}
          {item.numberChanged && item.esv3CaseNumber ? (
            <Notice tone="warning">
              <p>{ms.numberChanged(item.caseNumber, item.esv3CaseNumber)}</p>
              <PrintButtons target={{ kind: 'notice', caseId: item.caseId }} />
            </Notice>
          ) : null}
          <button type="button" className="button button--quiet" onClick={() => setCorrecting(true)}>
            {ms.correct}
          </button>
        </>
      ) : null}
    </article>
  );
}
