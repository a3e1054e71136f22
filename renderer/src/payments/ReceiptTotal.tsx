import { formatRinggit } from '@shared/money';
import type { ReceiptView } from '@shared/receiptViews';
import { useStrings } from '../i18n/strings';

/** The receipt's total, large enough to read across the counter; struck through when cancelled. */
export function ReceiptTotal({ receipt }: { receipt: ReceiptView }) {
  const { msCounter } = useStrings();
  const cancelled = receipt.status === 'CANCELLED';
  return (
    <div className={`receipt-total${cancelled ? ' receipt-total--cancelled' : ''}`}>
      <p className="registered__label">{msCounter.totals.amount}</p>
      <p className="receipt-total__amount" data-testid="receipt-total">
        RM {formatRinggit(receipt.totalSen + receipt.roundingSen)}
      </p>
    </div>
  );
}
