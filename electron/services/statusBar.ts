import type { StatusBarView } from '../../shared/statusBarViews';
import type { SessionView } from '../../shared/views';
import type { Backups } from './backup/schedule';
import { requireCourtConfig } from './court';
import { sql } from './db/statements';
import type { Ledger } from './ledger';
import { currentOutage } from './outages';
import type { Printing } from './print';
import { printerStatus } from './printerHealth';

/** The last export: when, and how far into the audit chain its snapshot reached. */
function lastExport(ledger: Ledger): { at: string; auditLength: number } | null {
  const row = sql(
    ledger.db,
    'SELECT exported_at AS at, audit_length AS n FROM exports ORDER BY seq DESC LIMIT 1',
  ).get() as { at: string; n: number } | undefined;
  return row ? { at: row.at, auditLength: row.n } : null;
}

/**
 * Records made after the last export's snapshot (each export is a full snapshot up to its audit length):
 * cases registered or recorded, receipts issued, documents received and appointments booked.
 */
export function unexportedCounts(ledger: Ledger): StatusBarView['unexported'] {
  const last = lastExport(ledger);
  const after = last?.auditLength ?? 0;
  const count = (...actions: string[]) =>
    (
      sql(
        ledger.db,
        `SELECT COUNT(DISTINCT entity_id) AS n FROM audit_events
          WHERE seq > ? AND action IN (${actions.map(() => '?').join(', ')})`,
      ).get(after, ...actions) as { n: number }
    ).n;
  const filings = (
    sql(
      ledger.db,
      `SELECT COALESCE(SUM(json_array_length(data, '$.filingIds')), 0) AS n
         FROM audit_events WHERE seq > ? AND action = 'case.filings'`,
    ).get(after) as { n: number }
  ).n;
  const cases = count('case.register', 'case.recordEsv2', 'case.recordExisting');
  const receipts = count('receipt.issue');
  const appointments = count('appointment.book');
  return {
    lastExportAt: last?.at ?? null,
    cases,
    receipts,
    filings,
    appointments,
    total: cases + receipts + filings + appointments,
  };
}

/** Everything the status bar shows, in one read. Never waits long for the printer list. */
export async function statusBar(
  ledger: Ledger,
  printing: Printing,
  backups: Backups,
  user: SessionView['user'],
): Promise<StatusBarView> {
  const config = requireCourtConfig(ledger);
  const outage = currentOutage(ledger);
  const printer = await printerStatus(printing, 'receipt');
  let lastGoodAt: string | null = null;
  try {
    lastGoodAt = backups.lastGoodAt();
  } catch {
    lastGoodAt = null;
  }
  const plan = backups.plan.get();
  return {
    now: ledger.clock().toISOString(),
    court: {
      code: `${config.court.stateCode}${config.court.courtCode}`,
      name: config.court.courtName,
      counterId: config.court.counterId,
    },
    clerk: { name: user.name, role: user.role },
    outage: outage ? { id: outage.id, sopOption: outage.sopOption, startedAt: outage.startedAt } : null,
    printer,
    backup: { lastGoodAt, planned: plan.dir !== null, failing: backups.state.lastFailure !== null },
    unexported: unexportedCounts(ledger),
  };
}
