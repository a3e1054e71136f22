import { useEffect, useState } from 'react';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { onUnexpectedFailure } from './unawaited';

/**
 * A strip that says an action failed in a way the screen did not expect, so the clerk checks what was
 * saved instead of believing it was. It stays until closed.
 */
export function UnexpectedFailureNotice() {
  const { ms } = useStrings();
  const [failed, setFailed] = useState(false);

  useEffect(() => onUnexpectedFailure(() => setFailed(true)), []);

  if (!failed) return null;
  return (
    <div className="unexpected-failure" data-testid="unexpected-failure" role="alert">
      <Notice tone="error">
        <p>{ms.common.unexpectedFailure}</p>
        <button type="button" className="button button--small" onClick={() => setFailed(false)}>
          {ms.common.close}
        </button>
      </Notice>
    </div>
  );
}
