import type { RecoveryFacts } from '@shared/views';

/** What a recovery audit event recorded, for the case page's history to say in the screen's language. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '-';
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

function reasonOf(data: unknown): string | null {
  const reason = field(data, 'reason');
  return typeof reason === 'string' && reason !== '' ? reason : null;
}

export function recoveryFacts(action: string, data: unknown): RecoveryFacts | null {
  if (field(data, 'receiptNumber') !== undefined && action.startsWith('recovery.')) {
    const previous = field(data, 'previousEsv3PaymentRef');
    return {
      kind: 'RECEIPT',
      receiptNumber: text(field(data, 'receiptNumber')),
      esv3PaymentRef: text(field(data, 'esv3PaymentRef')),
      previous: typeof previous === 'string' ? previous : null,
      reason: reasonOf(data),
    };
  }
  switch (action) {
    case 'recovery.done':
      return {
        kind: 'DONE',
        esv3CaseNumber: text(field(data, 'esv3CaseNumber')),
        numberChanged: field(data, 'numberChanged') === true,
      };
    case 'recovery.correct':
      return {
        kind: 'CORRECTED',
        previous: text(field(field(data, 'previous'), 'esv3CaseNumber')),
        esv3CaseNumber: text(field(data, 'esv3CaseNumber')),
        reason: reasonOf(data),
      };
    case 'recovery.notice': {
      const parties = field(data, 'parties');
      return {
        kind: 'NOTICE',
        oldCaseNumber: text(field(data, 'oldCaseNumber')),
        newCaseNumber: text(field(data, 'newCaseNumber')),
        parties: Array.isArray(parties) ? parties.length : 0,
      };
    }
    default:
      return null;
  }
}
