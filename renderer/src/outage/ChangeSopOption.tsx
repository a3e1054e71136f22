import { useState } from 'react';
import { SOP_OPTIONS, type SopOption } from '@shared/domain';
import { changeSopOptionSchema } from '@shared/schemas/auth';
import type { OutageView } from '@shared/views';
import { callWithOwnPin } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { shownFieldMessage } from '../i18n/errors';
import { currentLanguage, useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/**
 * A supervisor changes the open outage's SOP option: the new option, a reason (10+ characters), then their
 * own PIN. The outage stays one; the change is a new option period.
 */
export function ChangeSopOption({ outage, onChanged }: { outage: OutageView; onChanged: (o: OutageView) => void }) {
  const { ms, msDomain } = useStrings();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState<SopOption | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setFailure(null);
    if (to === null) {
      setFailure(ms.outage.changeOptionPick);
      return;
    }
    const parsed = changeSopOptionSchema
      .omit({ supervisorPin: true })
      .safeParse({ outageId: outage.id, sopOption: to, reason });
    if (!parsed.success) {
      const first = parsed.error.issues.find((i) => i.path[0] === 'reason')?.message;
      setReasonError(first === undefined ? null : shownFieldMessage(first, currentLanguage()));
      return;
    }
    setReasonError(null);
    setBusy(true);
    const from = outage.sopOption;
    const result = await callWithOwnPin('outage.changeOption', parsed.data, 'sopOption');
    setBusy(false);
    if (result === null) return;
    if (!result.ok) {
      setFailure(result.error.message);
      return;
    }
    setOpen(false);
    setTo(null);
    setReason('');
    setDone(ms.outage.changedNotice(from, result.value.sopOption));
    onChanged(result.value);
  };

  if (!open) {
    return (
      <div className="outage-change">
        {done ? <Notice tone="success">{done}</Notice> : null}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
        >
          {ms.outage.changeOption}
        </button>
      </div>
    );
  }
  return (
    <form
      className="confirm outage-change"
      aria-label={ms.outage.changeOptionTitle}
      onSubmit={(e) => {
        e.preventDefault();
        unawaited(submit());
      }}
    >
      <p className="confirm__question">{ms.outage.changeOptionTitle}</p>
      <p className="field__hint">{ms.outage.changeOptionHint}</p>
      <fieldset className="radio-group radio-group--stacked">
        <legend>{ms.outage.changeOptionTo}</legend>
        {SOP_OPTIONS.filter((n) => n !== outage.sopOption).map((n) => (
          <label key={n} className="radio radio--boxed">
            <input type="radio" name="outage-change-option" value={n} checked={to === n} onChange={() => setTo(n)} />
            {msDomain.sopOption[n]}
          </label>
        ))}
      </fieldset>
      <Field
        id="outage-change-reason"
        label={ms.outage.changeOptionReason}
        hint={ms.outage.changeOptionReasonHint}
        error={reasonError ?? undefined}
        required
      >
        {(aria) => <input {...aria} value={reason} maxLength={300} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {ms.outage.changeOptionSubmit}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {ms.common.cancel}
        </button>
      </div>
    </form>
  );
}
