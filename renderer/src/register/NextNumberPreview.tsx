import { useApi } from '../api/useApi';
import { useStrings } from '../i18n/strings';

/** The number the next save would most likely get; the ledger allocates the real one on save. */
export function NextNumberPreview({ caseTypeCode }: { caseTypeCode: string }) {
  const { ms } = useStrings();
  const { state } = useApi('cases.nextNumber', { caseTypeCode });
  return (
    <div className="next-number" aria-live="polite">
      <span className="next-number__label">{ms.register.nextNumber}</span>
      {state.status === 'error' ? (
        <span className="next-number__error">{state.error.message}</span>
      ) : (
        <span className="next-number__value case-number" data-testid="next-number">
          {state.status === 'ok' ? state.value.caseNumber : '…'}
        </span>
      )}
      <span className="next-number__note">{ms.register.nextNumberNote}</span>
    </div>
  );
}
