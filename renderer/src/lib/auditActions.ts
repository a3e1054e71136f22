/** Audit actions in words; an action this list does not know yet is shown as recorded. */
const LABELS: Record<string, string> = {
  'case.register': 'Kes didaftarkan',
  'case.registered': 'Kes didaftarkan',
  'case.correct': 'Butiran kes dibetulkan',
  'case.cancel': 'Kes dibatalkan',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
