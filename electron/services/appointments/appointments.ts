import type {
  AppointmentDayView,
  AppointmentSessionSlotView,
  AppointmentSlotsView,
  AppointmentSlotView,
  AppointmentView,
} from '@shared/appointmentViews';
import {
  APPOINTMENT_SESSIONS,
  DEFAULT_APPOINTMENT_SESSIONS,
  sessionTimesOn,
  type AppointmentSession,
  type AppointmentSessionSettings,
} from '@shared/appointmentSessions';
import { isWeekend, isWorkingDay, malayDayName } from '@shared/calendar/workingDays';
import type { IdType } from '@shared/domain';
import { AppError, ref, type MessageKey, type MessageValues } from '@shared/errors';
import {
  APPOINTMENT_STATUS_LABELS,
  appointmentSessionsSchema,
  type AppointmentStatus,
  type BookAppointment,
} from '@shared/schemas/appointment';
import { addDays, courtDate, courtYear } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { requireActiveCaseType } from '../cases/caseTypes';
import { requireNationality, requireOverrideReason } from '../cases/overrideReason';
import { requireCourtConfig } from '../court/court';
import { workingCalendar } from '../calendar/courtCalendar';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { counterYearKey } from '../series/kinds';
import { planNext, takeNext } from '../series/series';
import { actorName } from '../users/users';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';
import { dayNameRef } from '@shared/calendar/dayWords';
import { toDayMonthYear } from '@shared/dayMonthYear';

/** How far ahead an appointment may be booked. */
export const APPOINTMENT_HORIZON_DAYS = 90;

const SESSIONS_KEY = 'appointmentSessions';

interface AppointmentRow {
  id: number;
  reference: string;
  person_name: string;
  id_type: IdType;
  id_number: string | null;
  nationality: string | null;
  id_warnings: string | null;
  id_override_reason: string | null;
  phone: string;
  case_type_code: string;
  case_type_name: string;
  appointment_date: string;
  session: AppointmentSession | null;
  session_start: string;
  session_end: string;
  note: string | null;
  booked_at: string;
  booked_by: number;
  status: AppointmentStatus;
  status_at: string | null;
  status_reason: string | null;
  no_show_marked_at: string | null;
  no_show_corrected_at: string | null;
  no_show_corrected_by: number | null;
  no_show_correction_reason: string | null;
  case_id: number | null;
  case_number: string | null;
  slip_sha256: string | null;
}

const SELECT = `SELECT a.*, c.case_number,
  (SELECT d.pdf_sha256 FROM documents d WHERE d.kind = 'SLIP_JANJI_TEMU' AND d.reference = a.reference
     ORDER BY d.id LIMIT 1) AS slip_sha256
  FROM appointments a LEFT JOIN cases c ON c.id = a.case_id`;

/** e.g. JT-K1-2026-0001. */
export function formatAppointmentReference(counterId: string, year: number, running: number): string {
  return `JT-${counterId}-${year}-${String(running).padStart(4, '0')}`;
}

/** The instant a session of a court date ends (Malaysia keeps +08:00 all year). */
export function sessionEndInstant(date: string, end: string): Date {
  return new Date(`${date}T${end}:00+08:00`);
}

function toView(ledger: Ledger, row: AppointmentRow): AppointmentView {
  return {
    id: row.id,
    reference: row.reference,
    personName: row.person_name,
    idType: row.id_type,
    idNumber: row.id_number,
    nationality: row.nationality,
    idWarnings: row.id_warnings ? (JSON.parse(row.id_warnings) as string[]) : [],
    idOverrideReason: row.id_override_reason,
    phone: row.phone,
    caseTypeCode: row.case_type_code,
    caseTypeName: row.case_type_name,
    date: row.appointment_date,
    dayName: malayDayName(row.appointment_date),
    session: row.session,
    sessionStart: row.session_start,
    sessionEnd: row.session_end,
    sessionEndsAt: sessionEndInstant(row.appointment_date, row.session_end).toISOString(),
    note: row.note,
    bookedAt: row.booked_at,
    bookedBy: actorName(ledger, userActor(row.booked_by)),
    status: row.status,
    statusAt: row.status_at,
    statusReason: row.status_reason,
    noShowCorrection:
      row.no_show_corrected_at && row.no_show_corrected_by !== null
        ? {
            markedAt: row.no_show_marked_at ?? row.no_show_corrected_at,
            correctedAt: row.no_show_corrected_at,
            correctedBy: actorName(ledger, userActor(row.no_show_corrected_by)),
            reason: row.no_show_correction_reason ?? '',
          }
        : null,
    caseId: row.case_id,
    caseNumber: row.case_number,
    slipSha256: row.slip_sha256,
  };
}

export function getAppointment(ledger: Ledger, id: number): AppointmentView {
  const row = sql(ledger.db, `${SELECT} WHERE a.id = ?`).get(id) as AppointmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Janji temu tidak dijumpai.');
  return toView(ledger, row);
}

/** The sessions' times and room as the supervisor set them (Tetapan → Kalendar), or the defaults. */
export function appointmentSessions(ledger: Ledger): AppointmentSessionSettings {
  const stored = appointmentSessionsSchema.safeParse(readCourtSetting(ledger, SESSIONS_KEY));
  return stored.success ? stored.data : DEFAULT_APPOINTMENT_SESSIONS;
}

export function setAppointmentSessions(
  ledger: Ledger,
  actorId: number,
  settings: AppointmentSessionSettings,
): AppointmentSessionSettings {
  ledger.db.transaction(() => {
    const before = appointmentSessions(ledger);
    writeCourtSetting(ledger, SESSIONS_KEY, settings);
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'settings.appointmentSessions',
      entity: 'settings',
      entityId: SESSIONS_KEY,
      data: { before, after: settings },
    });
  })();
  return appointmentSessions(ledger);
}

function holidayName(ledger: Ledger, date: string): string | null {
  const row = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?').get(date) as { name: string } | undefined;
  return row?.name ?? null;
}

/** Booked (or registered) in a session; an older row without a session counts against the morning's room. */
function bookedCounts(ledger: Ledger, from: string, to: string): Map<string, number> {
  const rows = sql(
    ledger.db,
    `SELECT appointment_date AS d, COALESCE(session, 'PAGI') AS s, COUNT(*) AS n FROM appointments
     WHERE appointment_date >= ? AND appointment_date <= ? AND status IN ('BOOKED','REGISTERED')
     GROUP BY appointment_date, COALESCE(session, 'PAGI')`,
  ).all(from, to) as { d: string; s: AppointmentSession; n: number }[];
  return new Map(rows.map((r) => [`${r.d}/${r.s}`, r.n]));
}

function sessionsOn(
  date: string,
  settings: AppointmentSessionSettings,
  counts: Map<string, number>,
): AppointmentSessionSlotView[] {
  return APPOINTMENT_SESSIONS.map((session) => ({
    session,
    ...sessionTimesOn(date, session, settings),
    booked: counts.get(`${date}/${session}`) ?? 0,
    capacity: settings[session].capacity,
  }));
}

function refuseDate(key: MessageKey, values?: MessageValues): never {
  throw AppError.onField('VALIDATION', 'date', key, values);
}

function dayRef(date: string) {
  return ref('{dayName}, {date}', { dayName: dayNameRef(date), date: toDayMonthYear(date) });
}

const SESSION_WORDS = { PAGI: ref('sesi pagi'), PETANG: ref('sesi petang') } as const;

/** Refuses a day the counter cannot receive anyone: past, too far, weekend or holiday. */
export function checkAppointmentDate(ledger: Ledger, date: string): void {
  const today = courtDate(ledger.clock());
  const day = dayRef(date);
  if (date < today) refuseDate('Tarikh janji temu {day} telah berlalu.', { day });
  if (date > addDays(today, APPOINTMENT_HORIZON_DAYS)) {
    refuseDate('Tarikh janji temu mesti dalam {days} hari dari hari ini.', { days: APPOINTMENT_HORIZON_DAYS });
  }
  const calendar = workingCalendar(ledger);
  if (isWeekend(date, calendar)) refuseDate('{day} ialah hujung minggu: pilih hari bekerja.', { day });
  const holiday = holidayName(ledger, date);
  if (holiday) refuseDate('{day} ialah cuti umum ({holiday}): pilih hari bekerja.', { day, holiday });
}

/** Working days from `from` with each session's room, sessions already over today left out. */
function openSessions(ledger: Ledger, from: string, days: number) {
  const now = ledger.clock();
  const calendar = workingCalendar(ledger);
  const settings = appointmentSessions(ledger);
  const counts = bookedCounts(ledger, from, addDays(from, days));
  const slots: AppointmentSlotView[] = [];
  for (let i = 0; i <= days; i++) {
    const date = addDays(from, i);
    if (!isWorkingDay(date, calendar)) continue;
    const sessions = sessionsOn(date, settings, counts).filter((s) => sessionEndInstant(date, s.end) > now);
    slots.push({ date, dayName: malayDayName(date), sessions });
  }
  return { settings, slots };
}

/** Refuses a session that is not offered, is over, or is full; a full one names the next session with room. */
function checkSessionRoom(ledger: Ledger, date: string, session: AppointmentSession): void {
  const today = courtDate(ledger.clock());
  const settings = appointmentSessions(ledger);
  const day = dayRef(date);
  const words = SESSION_WORDS[session];
  function refuse(key: MessageKey, values: MessageValues): never {
    throw AppError.onField('VALIDATION', 'session', key, values);
  }
  if (settings[session].capacity === 0) {
    refuse('Tiada janji temu diterima untuk {session}: pilih sesi lain.', { session: words });
  }
  const times = sessionTimesOn(date, session, settings);
  if (sessionEndInstant(date, times.end) <= ledger.clock()) {
    refuse(
      'Janji temu untuk {session} {day} tidak lagi diterima kerana sesi itu telah tamat: pilih sesi atau hari lain.',
      { session: words, day },
    );
  }
  const booked = bookedCounts(ledger, date, date).get(`${date}/${session}`) ?? 0;
  if (booked < settings[session].capacity) return;
  const capacity = settings[session].capacity;
  const order = (d: string, s: AppointmentSession) => `${d}/${APPOINTMENT_SESSIONS.indexOf(s)}`;
  const later = openSessions(ledger, today, APPOINTMENT_HORIZON_DAYS)
    .slots.flatMap((slot) => slot.sessions.map((s) => ({ date: slot.date, ...s })))
    .find((s) => order(s.date, s.session) > order(date, session) && s.booked < s.capacity);
  if (!later) {
    refuse(
      'Janji temu untuk {session} {day} telah penuh ({capacity} orang) dan tiada sesi lain yang masih ada tempat.',
      {
        session: words,
        day,
        capacity,
      },
    );
  }
  refuse(
    'Janji temu untuk {session} {day} telah penuh ({capacity} orang). Sesi seterusnya yang masih ada tempat: {next}.',
    {
      session: words,
      day,
      capacity,
      next: ref('{session} {day} ({left} tempat)', {
        session: SESSION_WORDS[later.session],
        day: dayRef(later.date),
        left: later.capacity - later.booked,
      }),
    },
  );
}

/** Working days from today with each session's times and room (sessions already over today left out). */
export function appointmentSlots(ledger: Ledger, days = 30): AppointmentSlotsView {
  return openSessions(ledger, courtDate(ledger.clock()), days);
}

/**
 * Books a janji temu while registration is closed (SOP option 3): the next reference of this counter's
 * series, the appointment and the audit event in one transaction.
 */
export function bookAppointment(ledger: Ledger, actorId: number, input: BookAppointment): AppointmentView {
  const id = ledger.db.transaction(() => {
    const outage = openOutageRef(ledger);
    if (!outage || outage.sopOption !== 3) {
      throw new AppError(
        'CONFLICT',
        'Janji temu diambil hanya semasa tempoh gangguan SOP Pilihan 3 (pendaftaran kes baharu ditutup).',
      );
    }
    const config = requireCourtConfig(ledger);
    const type = requireActiveCaseType(ledger, input.caseTypeCode);
    checkAppointmentDate(ledger, input.date);
    checkSessionRoom(ledger, input.date, input.session);
    const times = sessionTimesOn(input.date, input.session, appointmentSessions(ledger));
    const now = ledger.clock();
    const at = now.toISOString();
    const counterId = config.court.counterId;
    const year = courtYear(now);
    // The next reference of this counter's year, above any floor a restore left (series/series.ts).
    const series = planNext(ledger.db, 'appointment', counterYearKey(counterId, year), 1);
    const running = series.number;
    if (running > 9999) throw new AppError('CONFLICT', 'Siri janji temu tahun ini telah penuh (9,999).');
    takeNext(ledger.db, series, at);
    const reference = formatAppointmentReference(counterId, year, running);
    const { person } = input;
    requireOverrideReason(person, 'person.idOverrideReason');
    requireNationality(person, 'person.nationality');
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO appointments (reference, counter_id, year, running_number, person_name, id_type, id_number,
         nationality, id_warnings, id_override_reason, phone, case_type_code, case_type_name, appointment_date, session,
         session_start, session_end, note, booked_at, booked_by, outage_id)
       VALUES (@reference, @counterId, @year, @running, @name, @idType, @idNumber, @nationality, @idWarnings, @idOverrideReason,
         @phone, @typeCode, @typeName, @date, @session, @sessionStart, @sessionEnd, @note, @at, @actorId, @outageId)`,
    ).run({
      reference,
      counterId,
      year,
      running,
      name: person.name,
      idType: person.idType,
      idNumber: person.idNumber,
      nationality: person.nationality,
      idWarnings: person.idWarnings.length > 0 ? JSON.stringify(person.idWarnings) : null,
      idOverrideReason: person.idOverrideReason,
      phone: person.phone ?? '',
      typeCode: type.code,
      typeName: type.name,
      date: input.date,
      session: input.session,
      sessionStart: times.start,
      sessionEnd: times.end,
      note: input.note ?? null,
      at,
      actorId,
      outageId: outage.id,
    });
    const appointmentId = Number(lastInsertRowid);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'appointment.book',
      entity: 'appointment',
      entityId: appointmentId,
      data: {
        reference,
        personName: person.name,
        idType: person.idType,
        idNumber: person.idNumber,
        nationality: person.nationality,
        phone: person.phone,
        caseTypeCode: type.code,
        date: input.date,
        session: input.session,
        sessionStart: times.start,
        sessionEnd: times.end,
        outageId: outage.id,
        note: input.note ?? null,
      },
    });
    return appointmentId;
  })();
  return getAppointment(ledger, id);
}

function bookedRow(ledger: Ledger, appointmentId: number): AppointmentRow {
  const row = sql(ledger.db, `${SELECT} WHERE a.id = ?`).get(appointmentId) as AppointmentRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Janji temu tidak dijumpai.');
  if (row.status !== 'BOOKED') {
    throw new AppError('CONFLICT', 'Janji temu {reference} tidak lagi aktif (status: {status}).', {
      reference: row.reference,
      status: ref(APPOINTMENT_STATUS_LABELS[row.status]),
    });
  }
  return row;
}

/**
 * Marks an appointment as turned into a registration, inside the registering transaction. Returns its
 * reference for the case's own audit event.
 */
export function fulfilAppointment(
  ledger: Ledger,
  actorId: number,
  appointmentId: number,
  made: { caseId: number; caseNumber: string; at: string },
): string {
  const row = bookedRow(ledger, appointmentId);
  sql(
    ledger.db,
    "UPDATE appointments SET status = 'REGISTERED', status_at = ?, status_by = ?, case_id = ? WHERE id = ?",
  ).run(made.at, actorId, made.caseId, appointmentId);
  appendAudit(ledger.db, {
    at: made.at,
    actor: userActor(actorId),
    action: 'appointment.register',
    entity: 'appointment',
    entityId: appointmentId,
    data: { reference: row.reference, caseId: made.caseId, caseNumber: made.caseNumber },
  });
  return row.reference;
}

/**
 * Cancelled, or the person did not come: the appointment stays, marked, with the reason. "Tidak hadir"
 * only once the session is over by the court's clock: before that the person may still come.
 */
export function closeAppointment(
  ledger: Ledger,
  actorId: number,
  appointmentId: number,
  status: 'CANCELLED' | 'NO_SHOW',
  reason: string,
): AppointmentView {
  ledger.db.transaction(() => {
    const row = bookedRow(ledger, appointmentId);
    const now = ledger.clock();
    const at = now.toISOString();
    if (status === 'NO_SHOW' && now < sessionEndInstant(row.appointment_date, row.session_end)) {
      throw new AppError(
        'CONFLICT',
        'Janji temu {reference} belum boleh ditanda tidak hadir: {session} {day} tamat pada {end}.',
        {
          reference: row.reference,
          session: row.session ? SESSION_WORDS[row.session] : ref('waktu kaunter'),
          day: dayRef(row.appointment_date),
          end: row.session_end,
        },
      );
    }
    sql(
      ledger.db,
      `UPDATE appointments SET status = ?, status_at = ?, status_by = ?, status_reason = ?,
         no_show_marked_at = CASE WHEN ? = 'NO_SHOW' THEN ? ELSE no_show_marked_at END,
         no_show_marked_by = CASE WHEN ? = 'NO_SHOW' THEN ? ELSE no_show_marked_by END
       WHERE id = ?`,
    ).run(status, at, actorId, reason, status, at, status, actorId, appointmentId);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: status === 'CANCELLED' ? 'appointment.cancel' : 'appointment.noShow',
      entity: 'appointment',
      entityId: appointmentId,
      data: { reference: row.reference, reason },
    });
  })();
  return getAppointment(ledger, appointmentId);
}

/**
 * A "tidak hadir" marked by mistake (the person came, or came late): the appointment is booked again so
 * it can be registered; the mark stays on the row and in the audit log beside this correction and its reason.
 */
export function correctNoShow(ledger: Ledger, actorId: number, appointmentId: number, reason: string): AppointmentView {
  ledger.db.transaction(() => {
    const row = sql(ledger.db, `${SELECT} WHERE a.id = ?`).get(appointmentId) as AppointmentRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Janji temu tidak dijumpai.');
    if (row.status !== 'NO_SHOW') {
      throw new AppError('CONFLICT', 'Janji temu {reference} tidak ditanda tidak hadir: tiada apa untuk dibetulkan.', {
        reference: row.reference,
      });
    }
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      `UPDATE appointments SET status = 'BOOKED', status_at = ?, status_by = ?, status_reason = NULL,
         no_show_corrected_at = ?, no_show_corrected_by = ?, no_show_correction_reason = ? WHERE id = ?`,
    ).run(at, actorId, at, actorId, reason, appointmentId);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'appointment.noShowCorrect',
      entity: 'appointment',
      entityId: appointmentId,
      data: { reference: row.reference, markedAt: row.status_at, markedReason: row.status_reason, reason },
    });
  })();
  return getAppointment(ledger, appointmentId);
}

export function appointmentsForDay(ledger: Ledger, date: string): AppointmentDayView {
  const rows = sql(
    ledger.db,
    `${SELECT} WHERE a.appointment_date = ?
     ORDER BY CASE a.session WHEN 'PAGI' THEN 0 WHEN 'PETANG' THEN 2 ELSE 1 END, a.running_number`,
  ).all(date) as AppointmentRow[];
  return {
    date,
    dayName: malayDayName(date),
    sessions: sessionsOn(date, appointmentSessions(ledger), bookedCounts(ledger, date, date)),
    appointments: rows.map((r) => toView(ledger, r)),
  };
}
