import { strings } from '../i18n/strings';

/** Audit actions in words; an action this list does not know yet is shown as recorded. */
export function auditActionLabel(action: string): string {
  const { msAudit, msCalendar, msReference } = strings();
  const labels: Record<string, string> = { ...msCalendar.audit, ...msReference.audit, ...msAudit };
  return labels[action] ?? action;
}
