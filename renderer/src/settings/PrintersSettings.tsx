import { useState } from 'react';
import type { PrintersView } from '@shared/receiptViews';
import { call } from '../api/client';
import { useApi } from '../api/useApi';
import { Field } from '../components/Field';
import { Loading, Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';
import { unawaited } from '../app/unawaited';

type Kind = 'receipt' | 'statement' | 'courtDocument';

/** Tetapan → Pencetak: the printer this PC uses for receipts and for statements (a machine preference). */
export function PrintersSettings() {
  const { ms: common, msPrinting: ms } = useStrings();
  const { state, reload } = useApi('printers.list', {});
  const [view, setView] = useState<PrintersView | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const current = view ?? state.value;

  const choose = async (kind: Kind, printer: string) => {
    setMessage(null);
    const result = await call('printers.choose', { kind, printer: printer === '' ? null : printer });
    if (result.ok) {
      setView(result.value);
      setMessage({ tone: 'success', text: ms.chosen });
    } else setMessage({ tone: 'error', text: result.error.message });
  };

  if (!current)
    return state.status === 'error' ? (
      <Notice tone="error">{state.error.message}</Notice>
    ) : (
      <Loading text={common.common.loading} />
    );

  const select = (kind: Kind, label: string) => (
    <Field id={`printer-${kind}`} label={label}>
      {(aria) => (
        <select {...aria} value={current.chosen[kind] ?? ''} onChange={(e) => unawaited(choose(kind, e.target.value))}>
          <option value="">{ms.none}</option>
          {current.printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <section className="form">
      <p>{ms.settingsIntro}</p>
      {current.printers.length === 0 ? <Notice tone="warning">{ms.noPrinters}</Notice> : null}
      {select('receipt', ms.receiptPrinter)}
      {select('statement', ms.statementPrinter)}
      {select('courtDocument', ms.courtDocumentPrinter)}
      <div className="form__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setView(null);
            reload();
          }}
        >
          {ms.refresh}
        </button>
      </div>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
    </section>
  );
}
