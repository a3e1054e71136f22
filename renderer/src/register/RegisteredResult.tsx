import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { CaseView } from '@shared/views';
import { routes } from '../app/routes';
import { useStrings } from '../i18n/strings';
import { KeyHint } from '../keyboard/KeyHint';
import { shortcut } from '../keyboard/shortcuts';
import { unawaited } from '../app/unawaited';

async function copyText(text: string, fallbackFrom: HTMLElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older shells refuse the async clipboard: select the number and copy the old way.
    if (!fallbackFrom) return false;
    const range = document.createRange();
    range.selectNodeContents(fallbackFrom);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

/** The allocated number, very large, ready to copy onto the documents. */
export function RegisteredResult({ saved, onAnother }: { saved: CaseView; onAnother: () => void }) {
  const { ms } = useStrings();
  const numberRef = useRef<HTMLParagraphElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const payRef = useRef<HTMLAnchorElement>(null);
  const [copy, setCopy] = useState<'idle' | 'done' | 'failed'>('idle');
  // The next step is the payment: Enter takes the clerk there.
  useEffect(() => (payRef.current ?? headingRef.current)?.focus(), []);

  return (
    <section className="registered" aria-labelledby="registered-title">
      <h1 id="registered-title" ref={headingRef} tabIndex={-1}>
        {ms.register.savedTitle}
      </h1>
      <p className="registered__label">{ms.register.savedNumber}</p>
      <p className="registered__number case-number" ref={numberRef} data-testid="registered-number">
        {saved.caseNumber}
      </p>
      <p className="registered__meta">
        {saved.caseTypeCode} — {saved.caseTypeName} · {saved.partiesLine}
      </p>
      {saved.provisional ? <p className="registered__note">{ms.register.provisional}</p> : null}
      <div className="form__actions">
        <Link
          ref={payRef}
          className="button button--primary button--large"
          to={routes.pay(saved.id)}
          aria-describedby="registered-title"
          {...shortcut('pay')}
        >
          {ms.register.pay} <KeyHint name="pay" />
        </Link>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            unawaited(copyText(saved.caseNumber, numberRef.current).then((ok) => setCopy(ok ? 'done' : 'failed')))
          }
        >
          {ms.register.copy}
        </button>
        <button type="button" className="button button--secondary" onClick={onAnother}>
          {ms.register.another}
        </button>
        <Link className="button button--secondary" to={routes.case(saved.id)}>
          {ms.register.view}
        </Link>
      </div>
      <p className="registered__copy" role="status">
        {copy === 'done' ? ms.register.copied : copy === 'failed' ? ms.register.copyFailed : ''}
      </p>
    </section>
  );
}
