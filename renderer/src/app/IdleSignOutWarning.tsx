import { useId, useRef } from 'react';
import { Dialog } from '../components/Dialog';
import { useStrings } from '../i18n/strings';

interface IdleSignOutWarningProps {
  minutes: number;
  onStay: () => void;
  onSignOut: () => void;
}

/** A minute before the idle sign-out: "Kekal log masuk" is focused, so Enter (or Esc) keeps the session. */
export function IdleSignOutWarning({ minutes, onStay, onSignOut }: IdleSignOutWarningProps) {
  const t = useStrings().msCounter.idleWarning;
  const bodyId = useId();
  const stayRef = useRef<HTMLButtonElement>(null);
  return (
    <Dialog title={t.title} onClose={onStay} role="alertdialog" initialFocus={stayRef} describedBy={bodyId}>
      <p id={bodyId} className="dialog__body">
        {t.body(minutes)}
      </p>
      <div className="form__actions">
        <button ref={stayRef} type="button" className="button button--primary" onClick={onStay}>
          {t.stay}
        </button>
        <button type="button" className="button button--secondary" onClick={onSignOut}>
          {t.signOutNow}
        </button>
      </div>
    </Dialog>
  );
}
