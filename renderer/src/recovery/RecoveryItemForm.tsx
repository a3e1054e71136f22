import { useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '@shared/errors';
import { formatRinggit } from '@shared/money';
import type { RecordEsv3Result, RecoveryCaseItem } from '@shared/recoveryViews';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

function CopyButton({ text }: { text: string }) {
  const { msRecovery: ms } = useStrings();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => {
        unawaited(navigator.clipboard?.writeText(text).then(() => setCopied(true)));
      }}
    >
      {copied ? ms.copied : ms.copy}
    </button>
  );
}

function issueFor(error: AppErrorData | null, path: string): string | undefined {
  return error?.issues?.find((i) => i.path === path)?.message;
}

/**
 * The entry of one worklist item: the number ESV3 gave, the ESV3 payment reference of each receipt
 * beside its manual receipt number (which goes into ESV3's reference field), and for a record already
 * done, the reason for correcting it. Enter saves.
 */
export function RecoveryItemForm({
  item,
  correcting,
  autoFocus,
  example,
  onSaved,
  onCancel,
}: {
  item: RecoveryCaseItem;
  correcting: boolean;
  autoFocus: boolean;
  example: string;
  onSaved: (result: RecordEsv3Result) => void;
  onCancel?: () => void;
}) {
  const { msRecovery: ms } = useStrings();
  const prefill = item.esv3CaseNumber ?? (item.source === 'ESV3_EXISTING' ? item.caseNumber : '');
  const [esv3CaseNumber, setNumber] = useState(prefill);
  const [refs, setRefs] = useState<Record<number, string>>(() =>
    Object.fromEntries(item.receipts.map((r) => [r.receiptId, r.esv3PaymentRef ?? ''])),
  );
  const [reason, setReason] = useState('');
  // Asked by main when the ESV3 number carries another case type: once asked, the field stays.
  const [typeReason, setTypeReason] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const issued = item.receipts.filter((r) => !r.cancelled);
  // The first open item takes the keyboard, also when it becomes first after the one above is done.
  const numberInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) numberInput.current?.focus();
  }, [autoFocus]);

  const save = async () => {
    setBusy(true);
    setError(null);
    const result = await call('recovery.record', {
      caseId: item.caseId,
      esv3CaseNumber,
      receipts: issued.map((r) => ({ receiptId: r.receiptId, esv3PaymentRef: refs[r.receiptId] ?? '' })),
      correctionReason: correcting ? reason : null,
      typeMismatchReason: typeReason?.trim() ? typeReason : null,
    });
    setBusy(false);
    if (result.ok) onSaved(result.value);
    else {
      setError(result.error);
      if (typeReason === null && issueFor(result.error, 'typeMismatchReason')) setTypeReason('');
    }
  };

  const idBase = `recovery-${item.caseId}`;
  const fieldPaths = [
    'esv3CaseNumber',
    'correctionReason',
    'typeMismatchReason',
    ...issued.map((_, i) => `receipts.${i}.esv3PaymentRef`),
  ];
  const general = error && !fieldPaths.some((p) => issueFor(error, p)) ? error.message : null;
  return (
    <form
      className="recovery-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        unawaited(save());
      }}
    >
      <Field
        id={`${idBase}-number`}
        label={ms.esv3Number}
        hint={ms.esv3NumberHint(example)}
        error={issueFor(error, 'esv3CaseNumber')}
        required
      >
        {(aria) => (
          <input
            {...aria}
            className="code recovery-form__number"
            autoComplete="off"
            spellCheck={false}
            ref={numberInput}
            value={esv3CaseNumber}
            onChange={(e) => setNumber(e.target.value)}
          />
        )}
      </Field>
      <h4 className="recovery-form__receipts">{ms.receiptsTitle}</h4>
      {item.receipts.length === 0 ? <p className="muted">{ms.noReceipts}</p> : null}
      {item.receipts.map((r) => {
        const index = issued.indexOf(r);
        return (
          <div key={r.receiptId} className="recovery-receipt" data-testid="recovery-receipt">
            <div className="recovery-receipt__manual">
              <span className="field__label">{ms.manualReceipt}</span>
              <span className="recovery-receipt__number code">{r.receiptNumber}</span>
              <span className="muted">RM {formatRinggit(r.totalSen)}</span>
              <CopyButton text={r.receiptNumber} />
            </div>
            {r.cancelled ? (
              <p className="muted">{ms.cancelledReceipt}</p>
            ) : (
              <Field
                id={`${idBase}-ref-${r.receiptId}`}
                label={ms.paymentRef(r.receiptNumber)}
                error={issueFor(error, `receipts.${index}.esv3PaymentRef`)}
                required
              >
                {(aria) => (
                  <input
                    {...aria}
                    className="code"
                    autoComplete="off"
                    spellCheck={false}
                    value={refs[r.receiptId] ?? ''}
                    onChange={(e) => setRefs((prev) => ({ ...prev, [r.receiptId]: e.target.value }))}
                  />
                )}
              </Field>
            )}
          </div>
        );
      })}
      {correcting ? (
        <Field id={`${idBase}-reason`} label={ms.correctionReason} error={issueFor(error, 'correctionReason')} required>
          {(aria) => <input {...aria} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      ) : null}
      {typeReason !== null ? (
        <Field
          id={`${idBase}-type-reason`}
          label={ms.typeMismatchReason}
          error={issueFor(error, 'typeMismatchReason')}
          required
        >
          {(aria) => <input {...aria} value={typeReason} onChange={(e) => setTypeReason(e.target.value)} />}
        </Field>
      ) : null}
      {general ? <Notice tone="error">{general}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy
            ? ms.saving
            : typeReason !== null
              ? ms.confirmTypeMismatch
              : correcting
                ? ms.saveCorrection
                : ms.markDone}
        </button>
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {ms.cancel}
          </button>
        ) : null}
      </div>
    </form>
  );
}
