/**
 * Mention and hearing dates. The picker offers working days only (the state's weekend and the court's
 * public holidays are not), and the first day within 21 days on which a court room has room under the
 * court's capacity per day. A date the rules refuse can stand only with a supervisor's PIN and reason.
 */
import type { HearingDayView, HearingSlotsView, HearingView } from '@shared/calendarViews';
import { formatHearingTime, formatWithDayName } from '@shared/calendar/courtDates';
import { isWeekend, workingDaysBetween } from '@shared/calendar/workingDays';
import { AppError, fieldIssue, ref, type MessageRef, renderMalay } from '@shared/errors';
import type { HearingKind, SetHearingInput } from '@shared/schemas/courtCalendar';
import { addDays, courtDate } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { getCase } from '../cases/cases';
import { isoNow } from '../ledger/clock';
import { hijriCalendar, readDocumentSettings, workingCalendar } from './courtCalendar';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { actorName } from '../users/users';
import { dayNameRef } from '@shared/calendar/dayWords';
import { toDayMonthYear } from '@shared/dayMonthYear';

/** How far ahead the picker looks for the first free slot. */
export const HEARING_WINDOW_DAYS = 21;

interface HearingRow {
  id: number;
  case_id: number;
  kind: HearingKind;
  date: string;
  time: string;
  room: string;
  set_at: string;
  set_by: number;
  override_reason: string | null;
  override_by: number | null;
}

function view(ledger: Ledger, row: HearingRow): HearingView {
  const calendar = hijriCalendar(ledger);
  return {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    date: row.date,
    time: row.time,
    room: row.room,
    dateText: formatWithDayName(row.date, calendar),
    timeText: formatHearingTime(row.time),
    setAt: row.set_at,
    setBy: actorName(ledger, userActor(row.set_by)),
    overrideReason: row.override_reason,
    overrideBy: row.override_by === null ? null : actorName(ledger, userActor(row.override_by)),
  };
}

export function hearingsForCase(ledger: Ledger, caseId: number): HearingView[] {
  const rows = sql(ledger.db, 'SELECT * FROM hearings WHERE case_id = ? ORDER BY id').all(caseId) as HearingRow[];
  return rows.map((r) => view(ledger, r));
}

export function getHearing(ledger: Ledger, hearingId: number): HearingView {
  const row = sql(ledger.db, 'SELECT * FROM hearings WHERE id = ?').get(hearingId) as HearingRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Tarikh sebutan tidak dijumpai.');
  return view(ledger, row);
}

function bookedOn(ledger: Ledger, date: string, room: string): number {
  return (
    sql(ledger.db, 'SELECT COUNT(*) AS n FROM hearings WHERE date = ? AND room = ?').get(date, room) as { n: number }
  ).n;
}

/** Working days from today through 21 days ahead, with each room's bookings, and the first free slot. */
export function hearingSlots(ledger: Ledger, from?: string): HearingSlotsView {
  const settings = readDocumentSettings(ledger);
  const calendar = hijriCalendar(ledger);
  const start = from ?? addDays(courtDate(ledger.clock()), 1);
  const days: HearingDayView[] = workingDaysBetween(
    start,
    addDays(start, HEARING_WINDOW_DAYS - 1),
    workingCalendar(ledger),
  ).map((date) => ({
    date,
    dateText: formatWithDayName(date, calendar),
    rooms: settings.rooms.map((room) => ({
      room,
      booked: bookedOn(ledger, date, room),
      capacity: settings.capacityPerRoom,
    })),
  }));
  let firstFree: HearingSlotsView['firstFree'] = null;
  for (const day of days) {
    const room = day.rooms.find((r) => r.booked < r.capacity);
    if (room) {
      firstFree = { date: day.date, room: room.room, time: settings.defaultTime };
      break;
    }
  }
  return { days, firstFree, rooms: settings.rooms, defaultTime: settings.defaultTime };
}

/** Why the rules refuse a date; null when they allow it. */
export function hearingDateProblem(ledger: Ledger, date: string, room: string): MessageRef | null {
  const today = courtDate(ledger.clock());
  const calendar = workingCalendar(ledger);
  const shown = toDayMonthYear(date);
  if (date < today) return ref('Tarikh {date} sudah berlalu: pilih tarikh hari ini atau selepasnya.', { date: shown });
  if (isWeekend(date, calendar)) {
    return ref('{dayName} {date} ialah hujung minggu di negeri ini: pilih hari bekerja.', {
      dayName: dayNameRef(date),
      date: shown,
    });
  }
  const holiday = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?').get(date) as { name: string } | undefined;
  if (holiday)
    return ref('{date} ialah cuti umum ({holiday}): pilih hari bekerja.', {
      date: shown,
      holiday: holiday.name,
    });
  const { capacityPerRoom } = readDocumentSettings(ledger);
  const booked = bookedOn(ledger, date, room);
  if (booked >= capacityPerRoom) {
    return ref('{room} pada {date} sudah penuh ({booked} daripada {capacity} kes): pilih tarikh atau dewan lain.', {
      room,
      date: shown,
      booked,
      capacity: capacityPerRoom,
    });
  }
  return null;
}

export interface HearingOverride {
  supervisorId: number;
  reason: string;
}

/** Sets a mention or hearing date for a case; one transaction, one audit event. */
export function setHearing(
  ledger: Ledger,
  actorId: number,
  input: Omit<SetHearingInput, 'override'>,
  override: HearingOverride | null,
): HearingView {
  const id = ledger.db.transaction(() => {
    const theCase = getCase(ledger, input.caseId);
    const { rooms } = readDocumentSettings(ledger);
    if (!rooms.includes(input.room)) {
      throw new AppError('VALIDATION', 'Dewan "{room}" tiada dalam senarai dewan mahkamah.', { room: input.room }, [
        fieldIssue('room', 'Pilih dewan daripada senarai.'),
      ]);
    }
    const problem = hearingDateProblem(ledger, input.date, input.room);
    if (problem && !override) {
      throw new AppError(
        'VALIDATION',
        '{problem} (Atau minta kelulusan Penolong Pendaftar dengan sebab.)',
        { problem },
        [fieldIssue('date', problem.key, problem.values)],
      );
    }
    const allowed = problem && override ? override : null;
    // Recorded as the Malay sentence, as every audit event's wording.
    const refused = problem ? renderMalay(problem.key, problem.values) : null;
    const result = sql(
      ledger.db,
      `INSERT INTO hearings (case_id, kind, date, time, room, set_at, set_by, override_reason, override_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      input.caseId,
      input.kind,
      input.date,
      input.time,
      input.room,
      isoNow(ledger.clock),
      actorId,
      allowed?.reason ?? null,
      allowed?.supervisorId ?? null,
    );
    const hearingId = Number(result.lastInsertRowid);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'hearing.set',
      entity: 'case',
      entityId: input.caseId,
      data: {
        hearingId,
        caseNumber: theCase.caseNumber,
        kind: input.kind,
        date: input.date,
        time: input.time,
        room: input.room,
        ...(allowed
          ? {
              override: {
                refused,
                supervisor: userActor(allowed.supervisorId),
                reason: allowed.reason,
              },
            }
          : {}),
      },
    });
    return hearingId;
  })();
  return getHearing(ledger, id);
}
