/**
 * The counter's appointment sessions (pagi, petang): their times and room are a court setting; a
 * Friday that is a working day (states with a Saturday–Sunday weekend) keeps the Friday prayer break.
 */
import { dayOfWeek } from './calendar/workingDays';

export const APPOINTMENT_SESSIONS = ['PAGI', 'PETANG'] as const;
export type AppointmentSession = (typeof APPOINTMENT_SESSIONS)[number];

export interface SessionSetting {
  /** HH:MM, court time. */
  start: string;
  end: string;
  /** Appointments the session takes; 0: the session is not offered. */
  capacity: number;
}

export type AppointmentSessionSettings = Record<AppointmentSession, SessionSetting>;

export const DEFAULT_APPOINTMENT_SESSIONS: AppointmentSessionSettings = {
  PAGI: { start: '08:30', end: '12:30', capacity: 10 },
  PETANG: { start: '14:00', end: '16:30', capacity: 10 },
};

/** The Friday prayer break of the public service in states that work on Friday (12.15 to 2.45 petang). */
export const FRIDAY_BREAK = { start: '12:15', end: '14:45' } as const;

/** The session's times on a given day: on a Friday, the morning ends and the afternoon starts around the break. */
export function sessionTimesOn(
  date: string,
  session: AppointmentSession,
  settings: AppointmentSessionSettings,
): { start: string; end: string } {
  const { start, end } = settings[session];
  if (dayOfWeek(date) !== 5) return { start, end };
  if (session === 'PAGI') return { start, end: end > FRIDAY_BREAK.start ? FRIDAY_BREAK.start : end };
  return { start: start < FRIDAY_BREAK.end ? FRIDAY_BREAK.end : start, end };
}
