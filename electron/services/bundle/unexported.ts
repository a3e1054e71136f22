import type { UnexportedView } from '../../../shared/views';
import type { Db } from '../db/open';
import { sql } from '../db/statements';

/** The records a reconciliation bundle carries, as the audit log names them. */
const RECORD_ENTITIES = { case: 'cases', receipt: 'receipts', appointment: 'appointments' } as const;

/**
 * What no export has covered yet: the cases, receipts and appointments made or changed after the audit
 * event the last export's snapshot ended at (all of them when nothing was ever exported).
 */
export function unexportedRecords(db: Db): UnexportedView {
  const last = sql(db, 'SELECT exported_at, audit_length FROM exports ORDER BY seq DESC LIMIT 1').get() as
    { exported_at: string; audit_length: number } | undefined;
  const rows = sql(
    db,
    `SELECT entity, COUNT(DISTINCT entity_id) AS n FROM audit_events
      WHERE seq > ? AND entity IN ('case', 'receipt', 'appointment') GROUP BY entity`,
  ).all(last?.audit_length ?? 0) as { entity: keyof typeof RECORD_ENTITIES; n: number }[];
  const view: UnexportedView = {
    lastExportAt: last?.exported_at ?? null,
    cases: 0,
    receipts: 0,
    appointments: 0,
    total: 0,
  };
  for (const row of rows) {
    view[RECORD_ENTITIES[row.entity]] = row.n;
    view.total += row.n;
  }
  return view;
}

/** "5 kes, 6 resit dan 1 janji temu". */
export function describeUnexported(view: UnexportedView): string {
  const parts = [
    view.cases ? `${view.cases} kes` : '',
    view.receipts ? `${view.receipts} resit` : '',
    view.appointments ? `${view.appointments} janji temu` : '',
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} dan ${parts.at(-1) ?? ''}` : (parts[0] ?? 'tiada rekod');
}
