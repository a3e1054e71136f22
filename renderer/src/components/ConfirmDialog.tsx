import { useId, useRef, useState } from 'react';
import { Dialog } from './Dialog';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

interface ConfirmDialogProps {
  title: string;
  /** What cannot be undone. */
  body: string;
  confirmLabel: string;
  cancelLabel?: string;
  /** Runs on confirm; the dialog shows "busy" until it settles. */
  onConfirm: () => unknown;
  onCancel: () => void;
}

/**
 * "Are you sure?" for an action that cannot be undone. Focus starts on the safe answer (back), so an
 * Enter pressed out of habit does nothing harmful; Esc is the same as back.
 */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const { msCounter } = useStrings();
  const bodyId = useId();
  const backRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      role="alertdialog"
      tone="danger"
      initialFocus={backRef}
      describedBy={bodyId}
    >
      <p id={bodyId} className="dialog__body">
        {body}
      </p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            unawaited(Promise.resolve(onConfirm()).finally(() => setBusy(false)));
          }}
        >
          {confirmLabel}
        </button>
        <button ref={backRef} type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel ?? msCounter.confirm.back}
        </button>
      </div>
    </Dialog>
  );
}
