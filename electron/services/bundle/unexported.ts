import type { UnexportedView } from '@shared/views';

/** "5 kes, 6 resit dan 1 janji temu". */
export function describeUnexported(view: UnexportedView): string {
  const parts = [
    view.cases ? `${view.cases} kes` : '',
    view.receipts ? `${view.receipts} resit` : '',
    view.filings ? `${view.filings} dokumen diterima` : '',
    view.appointments ? `${view.appointments} janji temu` : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} dan ${parts.at(-1) ?? ''}` : (parts[0] ?? 'tiada rekod');
}
