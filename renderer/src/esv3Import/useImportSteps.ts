import { useState } from 'react';
import type { Result } from '@shared/errors';

/**
 * The two steps every ESV3 import takes on screen: read the file into a preview (nothing changes yet),
 * then apply that preview, or cancel it. Keeps what the screen shows meanwhile: busy, the refusal, the
 * success line.
 */
export function useImportSteps<Preview>() {
  const [preview, setPreview] = useState<Preview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Asks for a preview; a refusal clears the one shown. */
  const look = async (ask: () => Promise<Result<Preview>>) => {
    setBusy(true);
    setDone(null);
    setError(null);
    const result = await ask();
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else {
      setPreview(null);
      setError(result.error.message);
    }
  };

  /** Applies the preview shown; on success it is gone and `said` gives the success line. */
  const apply = async <Applied>(
    ask: (shown: Preview) => Promise<Result<Applied>>,
    said: (applied: Applied) => string,
  ) => {
    if (preview === null) return false;
    setBusy(true);
    const result = await ask(preview);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setPreview(null);
    setDone(said(result.value));
    return true;
  };

  return { preview, busy, error, done, look, apply, cancel: () => setPreview(null) };
}
