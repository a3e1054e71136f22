import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';

/** The submit button of a settings form, with what happened on the last save. */
export function SaveBar({ busy, saved, failure }: { busy: boolean; saved: boolean; failure: string | null }) {
  const { ms } = useStrings();
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? ms.common.saving : ms.common.save}
      </button>
      {saved && !failure ? (
        <span className="saved" role="status">
          {ms.common.saved}
        </span>
      ) : null}
      {failure ? <Notice tone="error">{failure}</Notice> : null}
    </div>
  );
}
