import { useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import type { PrintResultView } from '../../../shared/receiptViews';
import { call } from '../api/client';
import { Notice } from '../components/Notice';
import { msPrinting as ms } from '../i18n/msPrinting';

export type PrintTarget =
  { kind: 'receipt'; receiptId: number } | { kind: 'statement'; date: string } | { kind: 'notice'; caseId: number };

function send(target: PrintTarget, toPrinter: boolean) {
  switch (target.kind) {
    case 'receipt':
      return call('receipts.print', { receiptId: target.receiptId, toPrinter });
    case 'statement':
      return call('dayClose.print', { date: target.date, toPrinter });
    case 'notice':
      return call('recovery.printNotice', { caseId: target.caseId, toPrinter });
  }
}

/**
 * Print and "Simpan PDF" for one document. A printer that fails is said so plainly, with a retry:
 * the record itself is already saved whatever the printer does.
 */
export function PrintButtons({ target, autoFocus = false }: { target: PrintTarget; autoFocus?: boolean }) {
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ result: PrintResultView } | null>(null);
  const [failure, setFailure] = useState<{ error: AppErrorData; toPrinter: boolean } | null>(null);

  const run = async (toPrinter: boolean) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    const result = await send(target, toPrinter);
    setBusy(false);
    if (result.ok) setDone({ result: result.value });
    else setFailure({ error: result.error, toPrinter });
  };

  return (
    <div className="print-actions" data-testid="print-actions">
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          autoFocus={autoFocus}
          onClick={() => void run(true)}
        >
          {busy ? ms.busy : ms.printLabel[target.kind]}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void run(false)}>
          {ms.savePdf}
        </button>
      </div>
      {done ? (
        <Notice tone="success">
          {done.result.printed && done.result.printerName
            ? `${ms.printed(done.result.printerName, done.result.copy)} ${ms.keptFile(done.result.pdfFile)}`
            : ms.saved(done.result.pdfFile, done.result.copy)}
        </Notice>
      ) : null}
      {failure ? (
        <Notice tone="error">
          <p>{failure.error.message}</p>
          <button type="button" className="button button--secondary" onClick={() => void run(failure.toPrinter)}>
            {ms.retry}
          </button>
        </Notice>
      ) : null}
    </div>
  );
}
