import type { IdType } from './domain';
import type { AppointmentStatus } from './schemas/appointment';
import type { AppointmentSession, AppointmentSessionSettings } from './appointmentSessions';

export interface AppointmentView {
  id: number;
  /** JT-K1-2026-0001: gapless per counter and year. */
  reference: string;
  personName: string;
  idType: IdType;
  idNumber: string | null;
  /** ISO 3166-1 alpha-3 of a passport holder (null otherwise, or booked before migration 018). */
  nationality: string | null;
  idWarnings: string[];
  idOverrideReason: string | null;
  phone: string;
  caseTypeCode: string;
  caseTypeName: string;
  /** The court date (YYYY-MM-DD) the person comes. */
  date: string;
  dayName: string;
  /** Null: booked before sessions, when the slip named the date only (the whole counter day). */
  session: AppointmentSession | null;
  /** HH:MM court time, as told to the person. */
  sessionStart: string;
  sessionEnd: string;
  /** The instant (ISO) the session ends: "tidak hadir" is taken only after it. */
  sessionEndsAt: string;
  note: string | null;
  bookedAt: string;
  bookedBy: string;
  status: AppointmentStatus;
  statusAt: string | null;
  statusReason: string | null;
  /** A "tidak hadir" marked by mistake and corrected: who marked it, who corrected it, when and why. */
  noShowCorrection: { markedAt: string; correctedAt: string; correctedBy: string; reason: string } | null;
  caseId: number | null;
  caseNumber: string | null;
  /** The saved slip's SHA-256 (documents register), null until it is made. */
  slipSha256: string | null;
}

export interface AppointmentSessionSlotView {
  session: AppointmentSession;
  /** HH:MM on that day (a working Friday keeps the prayer break). */
  start: string;
  end: string;
  booked: number;
  capacity: number;
}

export interface AppointmentSlotView {
  date: string;
  dayName: string;
  sessions: AppointmentSessionSlotView[];
}

export interface AppointmentSlotsView {
  settings: AppointmentSessionSettings;
  slots: AppointmentSlotView[];
}

export interface AppointmentDayView {
  date: string;
  dayName: string;
  sessions: AppointmentSessionSlotView[];
  appointments: AppointmentView[];
}
