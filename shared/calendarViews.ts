/** What the court-calendar and court-document channels return. */
import type { ShippedHolidayView } from './calendar/shippedHolidays';
import type { Proceeding } from './domain';
import type { CourtDocumentSettings, HearingKind } from './schemas/courtCalendar';

export interface HolidayView {
  date: string;
  name: string;
}

/** Tetapan's "Muat cuti umum negeri": what the shipped list of the state would add for a year. */
export interface ShippedHolidaysPreview {
  year: number;
  stateName: string;
  /** The years the app ships holidays for. */
  years: number[];
  /** Shipped holidays of that year not yet in the calendar (by date). */
  missing: ShippedHolidayView[];
  /** How many of that year's shipped holidays the calendar already has on their date. */
  alreadyThere: number;
}

export interface HijriMonthStartView {
  year: number;
  month: number;
  monthName: string;
  startsOn: string;
  /** What Malaysia's computed takwim (MABIMS) says, for comparison. */
  computedStartsOn: string;
  /** What Intl's Umm al-Qura calendar says, for comparison. */
  umalquraStartsOn: string;
  shipped: boolean;
}

export interface CourtCalendarView {
  weekendDays: string[];
  holidays: HolidayView[];
  hijriMonthStarts: HijriMonthStartView[];
  /** The twelve Hijri month names as the court spells them (editable). */
  hijriMonthNames: string[];
  documents: CourtDocumentSettings;
  today: string;
  todayBothCalendars: string;
}

export interface HearingView {
  id: number;
  caseId: number;
  kind: HearingKind;
  date: string;
  time: string;
  room: string;
  /** "Isnin, 5 Oktober 2026 bersamaan 23 Rabiulakhir 1448H". */
  dateText: string;
  timeText: string;
  setAt: string;
  setBy: string;
  overrideReason: string | null;
  overrideBy: string | null;
}

export interface HearingDayView {
  date: string;
  dateText: string;
  rooms: { room: string; booked: number; capacity: number }[];
}

export interface HearingSlotsView {
  days: HearingDayView[];
  /** The first day and room with room left, within 21 days; null when every day is full. */
  firstFree: { date: string; room: string; time: string } | null;
  rooms: string[];
  defaultTime: string;
}

export interface CourtDocumentView {
  id: number;
  kind: Proceeding;
  reference: string;
  caseId: number;
  issuedAt: string;
  issuedBy: string;
  copies: number;
  hearingId: number | null;
  pdfSha256: string | null;
}

export type { CourtDocumentSettings };
