import { ref, type MessageRef } from '@shared/errors';
import type { UnexportedView } from '@shared/views';

/** "5 kes, 6 resit dan 1 janji temu". */
export function describeUnexported(view: UnexportedView): MessageRef {
  const parts = [
    view.cases ? ref('{count} kes', { count: view.cases }) : null,
    view.receipts ? ref('{count} resit', { count: view.receipts }) : null,
    view.filings ? ref('{count} dokumen diterima', { count: view.filings }) : null,
    view.appointments ? ref('{count} janji temu', { count: view.appointments }) : null,
  ].filter((part) => part !== null);
  const last = parts.pop();
  if (last === undefined) return ref('tiada rekod');
  if (parts.length === 0) return last;
  const first = parts.reduce((list, next) => ref('{list}, {next}', { list, next }));
  return ref('{list} dan {last}', { list: first, last });
}
