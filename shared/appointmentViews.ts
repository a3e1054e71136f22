import type { IdType } from './domain';
import type { AppointmentStatus } from './schemas/appointment';

export interface AppointmentView {
  id: number;
  /** JT-K1-2026-0001: gapless per counter and year. */
  reference: string;
  personName: string;
  idType: IdType;
  idNumber: string | null;
  idWarnings: string[];
  idOverrideReason: string | null;
  phone: string;
  caseTypeCode: string;
  caseTypeName: string;
  /** The court date (YYYY-MM-DD) the person comes. */
  date: string;
  dayName: string;
  note: string | null;
  bookedAt: string;
  bookedBy: string;
  status: AppointmentStatus;
  statusAt: string | null;
  statusReason: string | null;
  caseId: number | null;
  caseNumber: string | null;
  /** The saved slip's SHA-256 (documents register), null until it is made. */
  slipSha256: string | null;
}

export interface AppointmentSlotView {
  date: string;
  dayName: string;
  booked: number;
  capacity: number;
}

export interface AppointmentSlotsView {
  capacity: number;
  slots: AppointmentSlotView[];
}

export interface AppointmentDayView {
  date: string;
  dayName: string;
  capacity: number;
  appointments: AppointmentView[];
}
