import { sql } from '../db/statements';
import { AppError, ref } from '@shared/errors';
import type { OutageCloseKind, SopOption } from '@shared/domain';
import type { OutageSopPeriodView, OutageView } from '@shared/views';
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

interface PeriodRow {
  sop_option: SopOption;
  from_option: SopOption | null;
  started_at: string;
  started_by: number;
  reason: string | null;
}

export function outagePeriods(ledger: Ledger, outageId: number): OutageSopPeriodView[] {
  const rows = sql(
    ledger.db,
    'SELECT sop_option, from_option, started_at, started_by, reason FROM outage_sop_periods WHERE outage_id = ? ORDER BY id',
  ).all(outageId) as PeriodRow[];
  return rows.map((p) => ({
    sopOption: p.sop_option,
    fromOption: p.from_option,
    startedAt: p.started_at,
    startedBy: actorName(ledger, userActor(p.started_by)),
    reason: p.reason,
  }));
}

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
    periods: outagePeriods(ledger, row.id),
  };
}

/** The open outage's id, SOP option and start only: cheap enough for every registration. */
export function openOutageRef(ledger: Ledger): { id: number; sopOption: SopOption; startedAt: string } | null {
  const row = sql(
    ledger.db,
    'SELECT id, sop_option AS sopOption, started_at AS startedAt FROM outages WHERE closed_at IS NULL',
  ).get() as { id: number; sopOption: SopOption; startedAt: string } | undefined;
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
    insertPeriod(ledger, {
      outageId: id,
      sopOption: input.sopOption,
      fromOption: null,
      at: startedAt,
      actorId,
      reason: null,
    });
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

function insertPeriod(
  ledger: Ledger,
  p: {
    outageId: number;
    sopOption: SopOption;
    fromOption: SopOption | null;
    at: string;
    actorId: number;
    reason: string | null;
  },
): void {
  sql(
    ledger.db,
    `INSERT INTO outage_sop_periods (outage_id, sop_option, from_option, started_at, started_by, reason)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(p.outageId, p.sopOption, p.fromOption, p.at, p.actorId, p.reason);
}

/** A change of the SOP option must say why, as an override does. */
export const SOP_CHANGE_REASON_MIN = 10;

/**
 * A supervisor changes the SOP option of the open outage (the state moved from option 1 to 2, say): the
 * outage stays one, and a new option period begins now, with who, why and from what, in one transaction
 * with its audit event. What the counter may issue follows `outages.sop_option` (openOutageRef) from
 * this commit on; what was issued before keeps the option it was issued under (`cases.sop_option`,
 * `filings.sop_option`). The supervisor's PIN is checked by the route before this runs.
 */
export function changeSopOption(
  ledger: Ledger,
  actorId: number,
  input: { outageId: number; sopOption: SopOption; reason: string },
): OutageView {
  const reason = input.reason.trim();
  return ledger.db.transaction(() => {
    const actor = sql(ledger.db, 'SELECT role FROM users WHERE id = ? AND active = 1').get(actorId) as
      { role: string } | undefined;
    if (actor?.role !== 'SUPERVISOR') {
      throw new AppError('FORBIDDEN', 'Hanya Penolong Pendaftar boleh menukar pilihan SOP tempoh gangguan.');
    }
    const open = openOutageRef(ledger);
    if (!open) {
      throw new AppError(
        'CONFLICT',
        'Tiada tempoh gangguan dibuka: pilihan SOP ditetapkan semasa membuka tempoh gangguan.',
      );
    }
    if (open.id !== input.outageId) throw new AppError('CONFLICT', 'Tempoh gangguan ini tidak lagi dibuka.');
    if (open.sopOption === input.sopOption) {
      throw AppError.onField('CONFLICT', 'sopOption', 'Tempoh gangguan ini sudah di bawah Pilihan {sopOption} SOP.', {
        sopOption: input.sopOption,
      });
    }
    if ([...reason].length < SOP_CHANGE_REASON_MIN) {
      throw AppError.onField('VALIDATION', 'reason', '{label} mesti sekurang-kurangnya {min} aksara.', {
        label: ref('Sebab'),
        min: SOP_CHANGE_REASON_MIN,
      });
    }
    const at = isoNow(ledger.clock);
    sql(ledger.db, 'UPDATE outages SET sop_option = ? WHERE id = ?').run(input.sopOption, open.id);
    insertPeriod(ledger, {
      outageId: open.id,
      sopOption: input.sopOption,
      fromOption: open.sopOption,
      at,
      actorId,
      reason,
    });
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'outage.changeOption',
      entity: 'outage',
      entityId: open.id,
      data: { from: open.sopOption, to: input.sopOption, reason },
    });
    const view = currentOutage(ledger);
    if (!view) throw new Error('outage vanished inside its own transaction');
    return view;
  })();
}
