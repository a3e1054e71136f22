import { useRef, useState } from 'react';
import { type OwnPinPurpose } from '../api/client';
import { Dialog } from '../components/Dialog';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from './unawaited';

/**
 * The PIN dialog. `check` sends the PIN to be confirmed there and then; null hands the typed PIN to the
 * request that carries it (the ledger checks it there).
 */
export function PinDialog({
  onDone,
  check,
  purpose = 'access',
}: {
  onDone: (confirmed: boolean, pin: string) => void;
  check: ((pin: string) => Promise<{ ok: true } | { ok: false; error: { message: string } }>) | null;
  purpose?: OwnPinPurpose;
}) {
  const { ms } = useStrings();
  const [pin, setPin] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const submit = async () => {
    if (check === null) {
      onDone(true, pin);
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await check(pin);
    setBusy(false);
    if (result.ok) onDone(true, pin);
    else {
      setFailure(result.error.message);
      setPin('');
    }
  };
  return (
    <Dialog title={ms.pinConfirm.title} onClose={() => onDone(false, '')} tone="danger" initialFocus={inputRef}>
      <p>
        {check !== null
          ? ms.pinConfirm.why
          : purpose === 'sopOption'
            ? ms.pinConfirm.whySopOption
            : ms.pinConfirm.whyAccess}
      </p>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          unawaited(submit());
        }}
        noValidate
      >
        {failure ? <Notice tone="error">{failure}</Notice> : null}
        <Field id="pin-confirm" label={ms.pinConfirm.pin} required>
          {(aria) => (
            <input
              {...aria}
              ref={inputRef}
              type="password"
              inputMode="numeric"
              autoComplete="off"
              className="input--short"
              value={pin}
              onChange={(e) => setPin(e.target.value)}
            />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || pin === ''}>
            {ms.pinConfirm.submit}
          </button>
          <button type="button" className="button button--secondary" onClick={() => onDone(false, '')}>
            {ms.pinConfirm.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
