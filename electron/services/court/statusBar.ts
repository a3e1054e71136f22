import type { StatusBarView } from '@shared/statusBarViews';
import type { SessionView } from '@shared/views';
import type { Backups } from '../backup/schedule';
import { requireCourtConfig } from './court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { currentOutage } from '../outages/outages';
import type { Printing } from '../printing/print';
import { printerStatus } from '../printing/printerHealth';

/** The last export: when, and how far into the audit chain its snapshot reached. */
function lastExport(ledger: Ledger): { at: string; auditLength: number } | null {
  const row = sql(
    ledger.db,
    'SELECT exported_at AS at, audit_length AS n FROM exports ORDER BY seq DESC LIMIT 1',
  ).get() as { at: string; n: number } | undefined;
  return row ? { at: row.at, auditLength: row.n } : null;
}

const CASE_ACTIONS = ['case.register', 'case.recordEsv2', 'case.recordExisting'];

interface Tally {
  /** The export's audit length the tally counts from, and the last event it has counted. */
  from: number;
  upTo: number;
  cases: number;
  receipts: number;
  filings: number;
  appointments: number;
}

/** Per database: what has been counted so far, so each poll reads only the events since the last. */
const tallies = new WeakMap<Ledger['db'], Tally>();

/** Adds the events after `tally.upTo` (each record is registered, issued or booked by exactly one event). */
function countSince(ledger: Ledger, tally: Tally): Tally {
  const rows = sql(
    ledger.db,
    `SELECT action, COUNT(*) AS n, COALESCE(SUM(json_array_length(data, '$.filingIds')), 0) AS filings,
            MAX(seq) AS top
       FROM audit_events
      WHERE seq > ? AND action IN ('case.register', 'case.recordEsv2', 'case.recordExisting', 'receipt.issue',
                                   'case.filings', 'appointment.book')
      GROUP BY action`,
  ).all(tally.upTo) as { action: string; n: number; filings: number; top: number }[];
  const head = (sql(ledger.db, 'SELECT COALESCE(MAX(seq), 0) AS n FROM audit_events').get() as { n: number }).n;
  const next = { ...tally, upTo: Math.max(tally.upTo, head) };
  for (const row of rows) {
    if (CASE_ACTIONS.includes(row.action)) next.cases += row.n;
    else if (row.action === 'receipt.issue') next.receipts += row.n;
    else if (row.action === 'case.filings') next.filings += row.filings;
    else if (row.action === 'appointment.book') next.appointments += row.n;
  }
  return next;
}

/**
 * Records made after the last export's snapshot (each export is a full snapshot up to its audit length):
 * cases registered or recorded, receipts issued, documents received and appointments booked. Counted
 * once, then kept up to date from the new audit events only.
 */
export function unexportedCounts(ledger: Ledger): StatusBarView['unexported'] {
  const last = lastExport(ledger);
  const from = last?.auditLength ?? 0;
  const head = (sql(ledger.db, 'SELECT COALESCE(MAX(seq), 0) AS n FROM audit_events').get() as { n: number }).n;
  let tally = tallies.get(ledger.db);
  // A new export, or a chain shorter than what was counted (a restored backup): count again.
  if (!tally || tally.from !== from || head < tally.upTo) {
    tally = { from, upTo: from, cases: 0, receipts: 0, filings: 0, appointments: 0 };
  }
  if (head > tally.upTo) tally = countSince(ledger, tally);
  tallies.set(ledger.db, tally);
  const { cases, receipts, filings, appointments } = tally;
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
