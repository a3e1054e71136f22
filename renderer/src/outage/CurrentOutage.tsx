import { useState } from 'react';
import { OUTAGE_CLOSE_KINDS, type OutageCloseKind } from '@shared/domain';
import type { OutageView } from '@shared/views';
import { call } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { formatDateTime, formatElapsed } from '../lib/time';
import { useNow } from '../lib/useNow';
import { unawaited } from '../app/unawaited';
import { ChangeSopOption } from './ChangeSopOption';
import { SopPeriods } from './OutageHistory';

/** The open outage, and for a supervisor the way to close it (asked twice). */
export function CurrentOutage({
  outage,
  canClose,
  onClosed,
  onOptionChanged,
}: {
  outage: OutageView;
  canClose: boolean;
  onClosed: (kind: OutageCloseKind) => void;
  onOptionChanged: () => void;
}) {
  const { ms, msDomain } = useStrings();
  const now = useNow();
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const [closeKind, setCloseKind] = useState<OutageCloseKind | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = async () => {
    if (closeKind === null) {
      setFailure(ms.outage.closeKindMissing);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await call('outage.close', {
      outageId: outage.id,
      closeKind,
      note: note.trim() === '' ? null : note,
    });
    setBusy(false);
    if (result.ok) {
      setConfirming(false);
      onClosed(closeKind);
    } else setFailure(result.error.message);
  };

  return (
    <div className="outage-current">
      <p className="outage-current__option">{msDomain.sopOption[outage.sopOption]}</p>
      <dl className="facts">
        <div>
          <dt>{ms.outage.colStart}</dt>
          <dd>{formatDateTime(outage.startedAt)}</dd>
        </div>
        <div>
          <dt>{ms.outage.elapsed}</dt>
          <dd>{formatElapsed(outage.startedAt, now)}</dd>
        </div>
        <div>
          <dt>{ms.outage.openedBy}</dt>
          <dd>{outage.openedBy}</dd>
        </div>
        <div>
          <dt>{ms.outage.caseCount}</dt>
          <dd>{outage.caseCount}</dd>
        </div>
        {outage.periods.length > 1 ? (
          <div className="facts__wide">
            <dt>{ms.outage.periods}</dt>
            <dd>
              <SopPeriods outage={outage} />
            </dd>
          </div>
        ) : null}
        {outage.note ? (
          <div className="facts__wide">
            <dt>{ms.outage.note}</dt>
            <dd className="preserve-lines">{outage.note}</dd>
          </div>
        ) : null}
      </dl>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {canClose && !confirming ? <ChangeSopOption outage={outage} onChanged={onOptionChanged} /> : null}
      {canClose && !confirming ? (
        <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
          {ms.outage.closeSubmit}
        </button>
      ) : null}
      {canClose && confirming ? (
        <form
          className="confirm"
          onSubmit={(e) => {
            e.preventDefault();
            unawaited(close());
          }}
        >
          <p className="confirm__question">{ms.outage.closeConfirm}</p>
          <fieldset className="radio-group radio-group--stacked">
            <legend>{ms.outage.closeKind}</legend>
            {OUTAGE_CLOSE_KINDS.map((kind) => (
              <label key={kind} className="radio radio--boxed">
                <input
                  type="radio"
                  name="outage-close-kind"
                  value={kind}
                  checked={closeKind === kind}
                  onChange={() => setCloseKind(kind)}
                />
                {ms.outage.closeKinds[kind]}
              </label>
            ))}
          </fieldset>
          <Field id="outage-close-note" label={`${ms.outage.closeNote} ${ms.common.optional}`}>
            {(aria) => <input {...aria} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {ms.outage.confirmYes}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {ms.common.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
