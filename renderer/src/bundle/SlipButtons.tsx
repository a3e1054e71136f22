import { useState } from 'react';
import type { SlipResultView } from '@shared/bundleViews';
import type { Result } from '@shared/errors';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

/** Print and "Simpan PDF" for a slip (handover or setup); a printer that fails is said plainly. */
export function SlipButtons({
  label,
  send,
}: {
  label: string;
  send: (toPrinter: boolean) => Promise<Result<SlipResultView>>;
}) {
  const { msBundle: ms } = useStrings();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const run = async (toPrinter: boolean) => {
    setBusy(true);
    setMessage(null);
    const result = await send(toPrinter);
    setBusy(false);
    if (!result.ok) setMessage({ tone: 'error', text: result.error.message });
    else if (result.value.printed && result.value.printerName)
      setMessage({ tone: 'success', text: ms.slipPrinted(result.value.printerName, result.value.pdfFile) });
    else setMessage({ tone: 'success', text: ms.slipSaved(result.value.pdfFile) });
  };
  return (
    <div className="print-actions">
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => unawaited(run(true))}>
          {label}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => unawaited(run(false))}
        >
          {ms.savePdf}
        </button>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </div>
  );
}
