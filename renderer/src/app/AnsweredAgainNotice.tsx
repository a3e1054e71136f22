import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import type { ChannelName } from '@shared/contract';
import { onAnsweredAgain } from '../api/client';
import { Notice } from '../components/Notice';
import { useStrings } from '../i18n/strings';

interface AnsweredAgain {
  value: unknown;
  /** The screen the action led to (the receipt); the notice goes when the clerk moves on from it. */
  shownOn: string | null;
}

/** The receipt a write answered with: a payment's own, or the one made with documents received. */
function receiptNumberOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const receipt = 'receiptNumber' in value ? value : 'receipt' in value ? value.receipt : null;
  if (typeof receipt !== 'object' || receipt === null || !('receiptNumber' in receipt)) return null;
  return typeof receipt.receiptNumber === 'string' ? receipt.receiptNumber : null;
}

/**
 * Said when the ledger answered an action with what an earlier attempt already did (the first answer
 * was lost when the connection dropped): "Resit telah dikeluarkan" with the receipt, never a second one.
 */
export function AnsweredAgainNotice() {
  const { ms } = useStrings();
  const { pathname } = useLocation();
  const [again, setAgain] = useState<AnsweredAgain | null>(null);

  useEffect(() => onAnsweredAgain((_channel: ChannelName, value) => setAgain({ value, shownOn: null })), []);
  // The screen the clerk is on, followed during render (not in an effect): the first move after the answer
  // is to the screen it led to, where the notice stays; the next move takes it away.
  const [path, setPath] = useState(pathname);
  if (path !== pathname) {
    setPath(pathname);
    if (again !== null) setAgain(again.shownOn === null ? { ...again, shownOn: pathname } : null);
  }

  if (again === null) return null;
  const receiptNumber = receiptNumberOf(again.value);
  return (
    <div className="answered-again" data-testid="answered-again">
      <Notice tone="success">
        <p>{receiptNumber ? ms.common.receiptAlreadyIssued(receiptNumber) : ms.common.actionAlreadySaved}</p>
        <button type="button" className="button button--small" onClick={() => setAgain(null)}>
          {ms.common.close}
        </button>
      </Notice>
    </div>
  );
}
