/** What a recovery audit event recorded, in words for the case page's history. */
function text(value: unknown): string {
  return typeof value === 'string' ? value : '-';
}

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
}

export function recoveryDetail(action: string, data: unknown): string | null {
  const reason = field(data, 'reason');
  const because = typeof reason === 'string' && reason !== '' ? ` Sebab: ${reason}` : '';
  if (field(data, 'receiptNumber') !== undefined && action.startsWith('recovery.')) {
    const previous = field(data, 'previousEsv3PaymentRef');
    const ref = text(field(data, 'esv3PaymentRef'));
    const change = typeof previous === 'string' ? `${previous} → ${ref}` : ref;
    return `Resit ${text(field(data, 'receiptNumber'))}: rujukan bayaran ESV3 ${change}.${because}`;
  }
  switch (action) {
    case 'recovery.done':
      return `Nombor kes ESV3 ${text(field(data, 'esv3CaseNumber'))}${field(data, 'numberChanged') === true ? ' (nombor berubah)' : ''}.`;
    case 'recovery.correct':
      return `Nombor kes ESV3 ${text(field(field(data, 'previous'), 'esv3CaseNumber'))} → ${text(field(data, 'esv3CaseNumber'))}.${because}`;
    case 'recovery.notice': {
      const parties = field(data, 'parties');
      const count = Array.isArray(parties) ? parties.length : 0;
      return `Notis Pertukaran Nombor Kes ${text(field(data, 'oldCaseNumber'))} → ${text(field(data, 'newCaseNumber'))} kepada ${count} pihak.`;
    }
    default:
      return null;
  }
}
