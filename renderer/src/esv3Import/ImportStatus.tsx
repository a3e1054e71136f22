import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';

/** While a file is read, and what came of it: a refusal or the success line. */
export function ImportStatus({ busy, error, done }: { busy: boolean; error: string | null; done: string | null }) {
  const ms = useStrings().msReference;
  return (
    <>
      {busy ? <p className="loading">{ms.reading}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
    </>
  );
}

/** Apply the preview (only when it changes something) or put it away. */
export function ApplyButtons({
  busy,
  changing,
  onApply,
  onCancel,
}: {
  busy: boolean;
  changing: number;
  onApply: () => void;
  onCancel: () => void;
}) {
  const ms = useStrings().msReference;
  return (
    <div className="form__actions">
      <button type="button" className="button button--primary" disabled={busy || changing === 0} onClick={onApply}>
        {busy ? ms.applying : ms.apply}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {ms.cancel}
      </button>
    </div>
  );
}
