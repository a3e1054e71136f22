import { useState } from 'react';
import { Link } from 'react-router';
import type { Proceeding } from '@shared/domain';
import type { AppErrorData, Result } from '@shared/errors';
import type { CAUSE_BOOK_PERIODS, CauseBookScope } from '@shared/schemas/courtCalendar';
import type { PrintResultView } from '@shared/receiptViews';
import { call } from '../api/client';
import { Notice } from '../components/Notice';
import { strings, useStrings } from '../i18n/strings';
import { KeyHint } from '../keyboard/KeyHint';
import { shortcut } from '../keyboard/shortcuts';
import { unawaited } from '../app/unawaited';

type CauseBookPeriod = (typeof CAUSE_BOOK_PERIODS)[number];

export type PrintTarget =
  | { kind: 'receipt'; receiptId: number }
  | { kind: 'statement'; date: string }
  | { kind: 'notice'; caseId: number }
  | { kind: 'courtForm'; caseId: number; hearingId: number; form: Proceeding; label: string }
  | { kind: 'courtDocument'; documentId: number; label: string }
  | { kind: 'causeBook'; period: CauseBookPeriod; date: string; scope: CauseBookScope; label: string }
  | { kind: 'appointmentList'; date: string; label: string };

function send(target: PrintTarget, toPrinter: boolean): Promise<Result<PrintResultView>> {
  switch (target.kind) {
    case 'receipt':
      return call('receipts.print', { receiptId: target.receiptId, toPrinter });
    case 'statement':
      return call('dayClose.print', { date: target.date, toPrinter });
    case 'notice':
      return call('recovery.printNotice', { caseId: target.caseId, toPrinter });
    case 'courtForm':
      return call('courtDocuments.issue', {
        caseId: target.caseId,
        hearingId: target.hearingId,
        form: target.form,
        toPrinter,
      });
    case 'courtDocument':
      return call('courtDocuments.print', { documentId: target.documentId, toPrinter });
    case 'causeBook':
      return call('causeBook.print', { period: target.period, date: target.date, scope: target.scope, toPrinter });
    case 'appointmentList':
      return call('appointments.printList', { date: target.date, toPrinter });
  }
}

function printLabel(target: PrintTarget): string {
  const { msPrinting: ms } = strings();
  if (target.kind === 'receipt') return ms.printReceipt;
  if (target.kind === 'statement') return ms.printStatement;
  if (target.kind === 'notice') return ms.printLabel.notice;
  return target.label;
}

/**
 * Print and "Simpan PDF" for one document. A printer that fails is said so plainly, with a retry:
 * the record itself is already saved whatever the printer does.
 */
export function PrintButtons({
  target,
  autoFocus = false,
  onDone,
}: {
  target: PrintTarget;
  autoFocus?: boolean;
  /** Told after each print or save that succeeded (e.g. to reload a list of issued documents). */
  onDone?: () => void;
}) {
  const { msPrinting: ms } = useStrings();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ result: PrintResultView } | null>(null);
  const [failure, setFailure] = useState<{ error: AppErrorData; toPrinter: boolean } | null>(null);

  const run = async (toPrinter: boolean) => {
    setBusy(true);
    setFailure(null);
    setDone(null);
    const result = await send(target, toPrinter);
    setBusy(false);
    if (result.ok) {
      setDone({ result: result.value });
      onDone?.();
    } else setFailure({ error: result.error, toPrinter });
  };

  return (
    <div className="print-actions" data-testid="print-actions">
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          autoFocus={autoFocus}
          onClick={() => unawaited(run(true))}
          {...(target.kind === 'receipt' ? shortcut('print') : {})}
        >
          {busy ? ms.busy : printLabel(target)}
          {target.kind === 'receipt' && !busy ? <KeyHint name="print" /> : null}
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
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => unawaited(run(failure.toPrinter))}
            >
              {ms.retry}
            </button>
            {failure.error.code === 'PRINTER' ? (
              <>
                <Link className="button button--secondary" to="/tetapan?tab=printers">
                  {ms.otherPrinter}
                </Link>
                <button type="button" className="button button--secondary" onClick={() => unawaited(run(false))}>
                  {ms.savePdf}
                </button>
              </>
            ) : null}
          </div>
        </Notice>
      ) : null}
    </div>
  );
}
