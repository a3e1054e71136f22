import { Notice } from '../components/Notice';
import { ms } from '../i18n/ms';

/** The submit button of a settings form, with what happened on the last save. */
export function SaveBar({ busy, saved, failure }: { busy: boolean; saved: boolean; failure: string | null }) {
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
