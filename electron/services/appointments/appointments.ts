import type { AppointmentDayView, AppointmentSlotsView, AppointmentView } from '@shared/appointmentViews';
import { isWeekend, malayDayName, stateWeekend, type WorkingCalendar } from '@shared/calendar/workingDays';
import type { IdType } from '@shared/domain';
import { AppError, ref, type MessageKey, type MessageValues } from '@shared/errors';
import type { AppointmentStatus, BookAppointment } from '@shared/schemas/appointment';
import { addDays, courtDate, courtYear } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { requireActiveCaseType } from '../cases/caseTypes';
import { requireOverrideReason } from '../cases/overrideReason';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { openOutageRef } from '../outages/outages';
import { counterYearKey } from '../series/kinds';
import { planNext, takeNext } from '../series/series';
import { actorName } from '../users/users';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';
import { dayNameRef } from '@shared/calendar/dayWords';
import { toDayMonthYear } from '@shared/dayMonthYear';

/** Appointments a day when the supervisor has not set the number. */
export const DEFAULT_APPOINTMENTS_PER_DAY = 20;
/** How far ahead an appointment may be booked. */
export const APPOINTMENT_HORIZON_DAYS = 90;

interface AppointmentRow {
  id: number;
  reference: string;
  person_name: string;
  id_type: IdType;
  id_number: string | null;
  id_warnings: string | null;
  id_override_reason: string | null;
  phone: string;
  case_type_code: string;
  case_type_name: string;
  appointment_date: string;
  note: string | null;
  booked_at: string;
  booked_by: number;
  status: AppointmentStatus;
  status_at: string | null;
  status_reason: string | null;
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

function toView(ledger: Ledger, row: AppointmentRow): AppointmentView {
  return {
    id: row.id,
    reference: row.reference,
    personName: row.person_name,
    idType: row.id_type,
    idNumber: row.id_number,
    idWarnings: row.id_warnings ? (JSON.parse(row.id_warnings) as string[]) : [],
    idOverrideReason: row.id_override_reason,
    phone: row.phone,
    caseTypeCode: row.case_type_code,
    caseTypeName: row.case_type_name,
    date: row.appointment_date,
    dayName: malayDayName(row.appointment_date),
    note: row.note,
    bookedAt: row.booked_at,
    bookedBy: actorName(ledger, userActor(row.booked_by)),
    status: row.status,
    statusAt: row.status_at,
    statusReason: row.status_reason,
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

export function appointmentCapacity(ledger: Ledger): number {
  const value = readCourtSetting(ledger, 'appointmentsPerDay');
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : DEFAULT_APPOINTMENTS_PER_DAY;
}

export function setAppointmentCapacity(ledger: Ledger, actorId: number, perDay: number): number {
  ledger.db.transaction(() => {
    writeCourtSetting(ledger, 'appointmentsPerDay', perDay);
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: userActor(actorId),
      action: 'settings.appointments',
      entity: 'settings',
      entityId: 'appointmentsPerDay',
      data: { perDay },
    });
  })();
  return appointmentCapacity(ledger);
}

/** The state's weekend and the public holidays the supervisor keeps. */
export function workingCalendar(ledger: Ledger): WorkingCalendar {
  const { court } = requireCourtConfig(ledger);
  const holidays = (sql(ledger.db, 'SELECT date FROM holidays').all() as { date: string }[]).map((h) => h.date);
  return { weekend: stateWeekend(court.stateCode), holidays: new Set(holidays) };
}

function holidayName(ledger: Ledger, date: string): string | null {
  const row = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?').get(date) as { name: string } | undefined;
  return row?.name ?? null;
}

function bookedOn(ledger: Ledger, date: string): number {
  const row = sql(
    ledger.db,
    "SELECT COUNT(*) AS n FROM appointments WHERE appointment_date = ? AND status IN ('BOOKED','REGISTERED')",
  ).get(date) as { n: number };
  return row.n;
}

function refuseDate(key: MessageKey, values?: MessageValues): never {
  throw AppError.onField('VALIDATION', 'date', key, values);
}

/** Refuses a day the counter cannot receive anyone: past, too far, weekend, holiday, or full. */
export function checkAppointmentDate(ledger: Ledger, date: string): void {
  const today = courtDate(ledger.clock());
  const day = ref('{dayName}, {date}', { dayName: dayNameRef(date), date: toDayMonthYear(date) });
  if (date < today) refuseDate('Tarikh janji temu {day} telah berlalu.', { day });
  if (date > addDays(today, APPOINTMENT_HORIZON_DAYS)) {
    refuseDate('Tarikh janji temu mesti dalam {days} hari dari hari ini.', { days: APPOINTMENT_HORIZON_DAYS });
  }
  const calendar = workingCalendar(ledger);
  if (isWeekend(date, calendar)) refuseDate('{day} ialah hujung minggu: pilih hari bekerja.', { day });
  const holiday = holidayName(ledger, date);
  if (holiday) refuseDate('{day} ialah cuti umum ({holiday}): pilih hari bekerja.', { day, holiday });
  const capacity = appointmentCapacity(ledger);
  if (bookedOn(ledger, date) >= capacity) {
    refuseDate('Janji temu pada {day} telah penuh ({capacity} sehari): pilih tarikh lain.', { day, capacity });
  }
}

/** Working days from today with how many appointments each already has. */
export function appointmentSlots(ledger: Ledger, days = 30): AppointmentSlotsView {
  const today = courtDate(ledger.clock());
  const calendar = workingCalendar(ledger);
  const capacity = appointmentCapacity(ledger);
  const counts = new Map(
    (
      sql(
        ledger.db,
        `SELECT appointment_date AS d, COUNT(*) AS n FROM appointments
         WHERE appointment_date >= ? AND status IN ('BOOKED','REGISTERED') GROUP BY appointment_date`,
      ).all(today) as { d: string; n: number }[]
    ).map((r) => [r.d, r.n]),
  );
  const slots = [];
  for (let i = 0; i <= days; i++) {
    const date = addDays(today, i);
    if (isWeekend(date, calendar) || calendar.holidays.has(date)) continue;
    slots.push({ date, dayName: malayDayName(date), booked: counts.get(date) ?? 0, capacity });
  }
  return { capacity, slots };
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
        'Janji temu diambil hanya semasa tempoh gangguan Pilihan 3 SOP (pendaftaran kes baharu ditutup).',
      );
    }
    const config = requireCourtConfig(ledger);
    const type = requireActiveCaseType(ledger, input.caseTypeCode);
    checkAppointmentDate(ledger, input.date);
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
    const { lastInsertRowid } = sql(
      ledger.db,
      `INSERT INTO appointments (reference, counter_id, year, running_number, person_name, id_type, id_number,
         id_warnings, id_override_reason, phone, case_type_code, case_type_name, appointment_date, note, booked_at,
         booked_by, outage_id)
       VALUES (@reference, @counterId, @year, @running, @name, @idType, @idNumber, @idWarnings, @idOverrideReason,
         @phone, @typeCode, @typeName, @date, @note, @at, @actorId, @outageId)`,
    ).run({
      reference,
      counterId,
      year,
      running,
      name: person.name,
      idType: person.idType,
      idNumber: person.idNumber,
      idWarnings: person.idWarnings.length > 0 ? JSON.stringify(person.idWarnings) : null,
      idOverrideReason: person.idOverrideReason,
      phone: person.phone ?? '',
      typeCode: type.code,
      typeName: type.name,
      date: input.date,
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
        phone: person.phone,
        caseTypeCode: type.code,
        date: input.date,
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
    throw new AppError('CONFLICT', 'Janji temu {reference} tidak lagi ditempah (status: {status}).', {
      reference: row.reference,
      status: row.status,
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

/** Cancelled, or the person did not come: the appointment stays, marked, with the reason. */
export function closeAppointment(
  ledger: Ledger,
  actorId: number,
  appointmentId: number,
  status: 'CANCELLED' | 'NO_SHOW',
  reason: string,
): AppointmentView {
  ledger.db.transaction(() => {
    const row = bookedRow(ledger, appointmentId);
    const at = ledger.clock().toISOString();
    sql(
      ledger.db,
      'UPDATE appointments SET status = ?, status_at = ?, status_by = ?, status_reason = ? WHERE id = ?',
    ).run(status, at, actorId, reason, appointmentId);
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

export function appointmentsForDay(ledger: Ledger, date: string): AppointmentDayView {
  const rows = sql(ledger.db, `${SELECT} WHERE a.appointment_date = ? ORDER BY a.running_number`).all(
    date,
  ) as AppointmentRow[];
  return {
    date,
    dayName: malayDayName(date),
    capacity: appointmentCapacity(ledger),
    appointments: rows.map((r) => toView(ledger, r)),
  };
}
