import { useEffect, useRef, useState } from 'react';
import { call, setPinAsker } from '../api/client';
import { Field } from '../components/Field';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';

/**
 * Asks the signed-in supervisor to type their PIN again when a supervisor action comes a while after
 * the last time they typed it; the action then goes through. Cancelling leaves it undone.
 */
export function PinConfirmHost() {
  const [pending, setPending] = useState<((confirmed: boolean) => void) | null>(null);
  useEffect(() => {
    setPinAsker(() => new Promise<boolean>((resolve) => setPending(() => resolve)));
    return () => setPinAsker(null);
  }, []);
  if (!pending) return null;
  const finish = (confirmed: boolean) => {
    pending(confirmed);
    setPending(null);
  };
  return <PinDialog onDone={finish} />;
}

function PinDialog({ onDone }: { onDone: (confirmed: boolean) => void }) {
  const { ms } = useStrings();
  const [pin, setPin] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => inputRef.current?.focus(), []);
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    const result = await call('auth.confirmPin', { pin });
    setBusy(false);
    if (result.ok) onDone(true);
    else {
      setFailure(result.error.message);
      setPin('');
    }
  };
  return (
    <div
      className="dialog__backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="pin-confirm-title">
        <h2 id="pin-confirm-title">{ms.pinConfirm.title}</h2>
        <p>{ms.pinConfirm.why}</p>
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
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
            <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
              {ms.pinConfirm.cancel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
