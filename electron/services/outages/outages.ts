import { sql } from '../db/statements';
import { AppError } from '@shared/errors';
import type { OutageCloseKind, SopOption } from '@shared/domain';
import type { OutageView } from '@shared/views';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import type { Ledger } from '../ledger/ledger';
import { actorName } from '../users/users';

interface OutageRow {
  id: number;
  sop_option: SopOption;
  started_at: string;
  opened_by: number;
  note: string | null;
  closed_at: string | null;
  closed_by: number | null;
  close_note: string | null;
  close_kind: OutageCloseKind | null;
  case_count: number;
}

const SELECT = `SELECT o.*, (SELECT COUNT(*) FROM cases c WHERE c.outage_id = o.id) AS case_count FROM outages o`;

function toView(ledger: Ledger, row: OutageRow): OutageView {
  return {
    id: row.id,
    sopOption: row.sop_option,
    startedAt: row.started_at,
    openedBy: actorName(ledger, userActor(row.opened_by)),
    note: row.note,
    closedAt: row.closed_at,
    closedBy: row.closed_by === null ? null : actorName(ledger, userActor(row.closed_by)),
    closeNote: row.close_note,
    closeKind: row.close_kind,
    caseCount: row.case_count,
  };
}

/** The open outage's id and SOP option only: cheap enough for every registration. */
export function openOutageRef(ledger: Ledger): { id: number; sopOption: SopOption } | null {
  const row = sql(ledger.db, 'SELECT id, sop_option AS sopOption FROM outages WHERE closed_at IS NULL').get() as
    { id: number; sopOption: SopOption } | undefined;
  return row ?? null;
}

export function currentOutage(ledger: Ledger): OutageView | null {
  const row = sql(ledger.db, `${SELECT} WHERE o.closed_at IS NULL`).get() as OutageRow | undefined;
  return row ? toView(ledger, row) : null;
}

export function listOutages(ledger: Ledger): OutageView[] {
  return (sql(ledger.db, `${SELECT} ORDER BY o.id DESC`).all() as OutageRow[]).map((r) => toView(ledger, r));
}

/** A start time more than this far ahead of the clock is a typing slip. */
const FUTURE_SLACK_MS = 5 * 60 * 1000;

export function openOutage(
  ledger: Ledger,
  actorId: number,
  input: { sopOption: SopOption; startedAt: string; note?: string | null | undefined },
): OutageView {
  const started = new Date(input.startedAt);
  if (started.getTime() > ledger.clock().getTime() + FUTURE_SLACK_MS) {
    throw AppError.onField('VALIDATION', 'startedAt', 'Masa mula gangguan tidak boleh pada masa hadapan.');
  }
  return ledger.db.transaction(() => {
    if (currentOutage(ledger)) {
      throw new AppError(
        'CONFLICT',
        'Satu tempoh gangguan sedang dibuka. Tutup tempoh itu dahulu sebelum membuka yang baharu.',
      );
    }
    const startedAt = started.toISOString();
    const { lastInsertRowid } = sql(
      ledger.db,
      'INSERT INTO outages (sop_option, started_at, opened_by, note) VALUES (?, ?, ?, ?)',
    ).run(input.sopOption, startedAt, actorId, input.note ?? null);
    const id = Number(lastInsertRowid);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'outage.open',
      entity: 'outage',
      entityId: id,
      data: { sopOption: input.sopOption, startedAt, note: input.note ?? null },
    });
    const view = currentOutage(ledger);
    if (!view) throw new Error('outage vanished inside its own transaction');
    return view;
  })();
}

export function closeOutage(
  ledger: Ledger,
  actorId: number,
  outageId: number,
  note: string | null,
  closeKind: OutageCloseKind = 'LAIN',
): OutageView {
  return ledger.db.transaction(() => {
    const open = currentOutage(ledger);
    if (!open || open.id !== outageId) {
      throw new AppError('CONFLICT', 'Tempoh gangguan ini tidak lagi dibuka.');
    }
    const at = isoNow(ledger.clock);
    sql(ledger.db, 'UPDATE outages SET closed_at = ?, closed_by = ?, close_note = ?, close_kind = ? WHERE id = ?').run(
      at,
      actorId,
      note,
      closeKind,
      outageId,
    );
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'outage.close',
      entity: 'outage',
      entityId: outageId,
      data: { note, closeKind },
    });
    const row = sql(ledger.db, `${SELECT} WHERE o.id = ?`).get(outageId) as OutageRow;
    return toView(ledger, row);
  })();
}
