/**
 * The court's calendar settings: public holidays, the table of Hijri month starts, and the settings the
 * hearing picker and court documents use (rooms, capacity, default time, copies). Settings, not issued
 * records: a supervisor may change or remove them, and every change is in the audit log.
 */
import type {
  CourtCalendarView,
  HijriMonthStartView,
  HolidayView,
  ShippedHolidaysPreview,
} from '@shared/calendarViews';
import { shippedHolidays, shippedYears } from '@shared/calendar/shippedHolidays';
import { formatBothCalendars } from '@shared/calendar/courtDates';
import {
  checkHijriCorrections,
  HijriCalendar,
  HIJRI_MONTHS,
  hijriMonthName,
  SHIPPED_HIJRI_CORRECTIONS,
  umalquraMonthStart,
  type HijriMonthStart,
} from '@shared/calendar/hijri';
import { stateWeekend, type DayCode, type WorkingCalendar } from '@shared/calendar/workingDays';
import { AppError, fieldIssue } from '@shared/errors';
import type { CourtDocumentSettings } from '@shared/schemas/courtCalendar';
import { courtDate } from '@shared/time';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';
import { toDayMonthYear } from '@shared/dayMonthYear';
import { stateName } from '../court/reference';
import { MABIMS_BASE } from './mabims';

const DEFAULT_DOCUMENT_SETTINGS: CourtDocumentSettings = {
  rooms: ['Dewan Bicara 1'],
  capacityPerRoom: 20,
  defaultTime: '09:00',
  copies: 3,
};
const DOCUMENT_SETTINGS_KEY = 'courtDocuments';

const WEEKEND_DAY_NAMES: Record<DayCode, string> = {
  SUN: 'Ahad',
  MON: 'Isnin',
  TUE: 'Selasa',
  WED: 'Rabu',
  THU: 'Khamis',
  FRI: 'Jumaat',
  SAT: 'Sabtu',
};

export function listHolidays(ledger: Ledger): HolidayView[] {
  return sql(ledger.db, 'SELECT date, name FROM holidays ORDER BY date').all() as HolidayView[];
}

export function workingCalendar(ledger: Ledger): WorkingCalendar {
  const { court } = requireCourtConfig(ledger);
  return { weekend: stateWeekend(court.stateCode), holidays: new Set(listHolidays(ledger).map((h) => h.date)) };
}

function storedMonthStarts(ledger: Ledger): HijriMonthStart[] {
  return sql(
    ledger.db,
    'SELECT hijri_year AS year, hijri_month AS month, starts_on AS startsOn FROM hijri_month_starts ORDER BY hijri_year, hijri_month',
  ).all() as HijriMonthStart[];
}

const HIJRI_NAMES_KEY = 'hijriMonthNames';

/** The Hijri month names as the court spells them on its documents (the glossary's unless changed). */
export function hijriMonthNames(ledger: Ledger): readonly string[] {
  const names = readCourtSetting(ledger, HIJRI_NAMES_KEY);
  return Array.isArray(names) && names.length === 12 && names.every((n) => typeof n === 'string')
    ? (names as string[])
    : HIJRI_MONTHS;
}

export function saveHijriMonthNames(ledger: Ledger, actorId: number, names: string[]): CourtCalendarView {
  ledger.db.transaction(() => {
    const before = hijriMonthNames(ledger);
    writeCourtSetting(ledger, HIJRI_NAMES_KEY, names);
    audit(ledger, actorId, 'hijri.names', 'months', { before, after: names });
  })();
  return courtCalendarView(ledger);
}

/**
 * The court's Hijri calendar: Malaysia's computed takwim (MABIMS, `mabims.ts`), corrected by the table
 * of official announcements the supervisor keeps, in the court's spelling.
 */
export function hijriCalendar(ledger: Ledger): HijriCalendar {
  return new HijriCalendar(storedMonthStarts(ledger), hijriMonthNames(ledger), MABIMS_BASE);
}

export function readDocumentSettings(ledger: Ledger): CourtDocumentSettings {
  const stored = readCourtSetting(ledger, DOCUMENT_SETTINGS_KEY) as Partial<CourtDocumentSettings> | undefined;
  return stored ? { ...DEFAULT_DOCUMENT_SETTINGS, ...stored } : DEFAULT_DOCUMENT_SETTINGS;
}

export function courtCalendarView(ledger: Ledger): CourtCalendarView {
  const shipped = new Set(SHIPPED_HIJRI_CORRECTIONS.map((c) => `${c.year}/${c.month}/${c.startsOn}`));
  const calendar = hijriCalendar(ledger);
  const today = courtDate(ledger.clock());
  const hijriMonthStarts: HijriMonthStartView[] = storedMonthStarts(ledger).map((c) => ({
    ...c,
    monthName: calendar.monthNames[c.month - 1] ?? hijriMonthName(c.month),
    computedStartsOn: MABIMS_BASE.monthStart(c.year, c.month),
    umalquraStartsOn: umalquraMonthStart(c.year, c.month),
    shipped: shipped.has(`${c.year}/${c.month}/${c.startsOn}`),
  }));
  return {
    weekendDays: workingCalendar(ledger).weekend.map((d) => WEEKEND_DAY_NAMES[d]),
    holidays: listHolidays(ledger),
    hijriMonthStarts,
    hijriMonthNames: [...calendar.monthNames],
    documents: readDocumentSettings(ledger),
    today,
    todayBothCalendars: formatBothCalendars(today, calendar),
  };
}

function audit(ledger: Ledger, actorId: number, action: string, entityId: string, data: unknown) {
  appendAudit(ledger.db, {
    at: isoNow(ledger.clock),
    actor: userActor(actorId),
    action,
    entity: 'courtCalendar',
    entityId,
    data,
  });
}

export function addHoliday(ledger: Ledger, actorId: number, input: HolidayView): CourtCalendarView {
  ledger.db.transaction(() => {
    const existing = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?').get(input.date) as
      { name: string } | undefined;
    if (existing) {
      throw new AppError(
        'CONFLICT',
        'Tarikh {date} sudah cuti umum ({name}).',
        { date: toDayMonthYear(input.date), name: existing.name },
        [fieldIssue('date', 'Sudah cuti umum: {name}.', { name: existing.name })],
      );
    }
    sql(ledger.db, 'INSERT INTO holidays (date, name, added_at, added_by) VALUES (?, ?, ?, ?)').run(
      input.date,
      input.name,
      isoNow(ledger.clock),
      actorId,
    );
    audit(ledger, actorId, 'holiday.add', input.date, input);
  })();
  return courtCalendarView(ledger);
}

export function removeHoliday(ledger: Ledger, actorId: number, date: string, reason: string): CourtCalendarView {
  ledger.db.transaction(() => {
    const existing = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?').get(date) as
      { name: string } | undefined;
    if (!existing) throw new AppError('NOT_FOUND', 'Tiada cuti umum pada {date}.', { date: toDayMonthYear(date) });
    sql(ledger.db, 'DELETE FROM holidays WHERE date = ?').run(date);
    audit(ledger, actorId, 'holiday.remove', date, { date, name: existing.name, reason });
  })();
  return courtCalendarView(ledger);
}

function rowKey(c: HijriMonthStart): string {
  return `${c.year}/${c.month}`;
}

/**
 * Saves the court's whole table of Hijri month starts at once, replacing the one kept: the order of
 * rows never matters, and a table that leaves any month outside 29–30 days (over the computed
 * takwim) is refused naming that month, changing nothing. One audit event holds the rows added,
 * changed and removed.
 */
export function saveHijriMonthStarts(
  ledger: Ledger,
  actorId: number,
  rows: readonly HijriMonthStart[],
): CourtCalendarView {
  const table = [...rows].sort((a, b) => a.year - b.year || a.month - b.month);
  checkHijriCorrections(table, MABIMS_BASE);
  ledger.db.transaction(() => {
    const before = storedMonthStarts(ledger);
    const was = new Map(before.map((c) => [rowKey(c), c.startsOn]));
    const now = new Map(table.map((c) => [rowKey(c), c.startsOn]));
    const added = table.filter((c) => !was.has(rowKey(c)));
    const changed = table
      .filter((c) => was.has(rowKey(c)) && was.get(rowKey(c)) !== c.startsOn)
      .map((c) => ({ ...c, before: was.get(rowKey(c)) }));
    const removed = before.filter((c) => !now.has(rowKey(c)));
    if (added.length + changed.length + removed.length === 0) return;
    for (const c of removed) {
      sql(ledger.db, 'DELETE FROM hijri_month_starts WHERE hijri_year = ? AND hijri_month = ?').run(c.year, c.month);
    }
    for (const c of [...added, ...changed]) {
      sql(
        ledger.db,
        `INSERT INTO hijri_month_starts (hijri_year, hijri_month, starts_on, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (hijri_year, hijri_month) DO UPDATE SET starts_on = excluded.starts_on,
             changed_at = excluded.changed_at, changed_by = excluded.changed_by`,
      ).run(c.year, c.month, c.startsOn, isoNow(ledger.clock), actorId);
    }
    audit(ledger, actorId, 'hijri.table', 'monthStarts', { added, changed, removed });
  })();
  return courtCalendarView(ledger);
}

export function updateDocumentSettings(
  ledger: Ledger,
  actorId: number,
  settings: CourtDocumentSettings,
): CourtCalendarView {
  ledger.db.transaction(() => {
    const before = readDocumentSettings(ledger);
    writeCourtSetting(ledger, DOCUMENT_SETTINGS_KEY, settings);
    audit(ledger, actorId, 'courtDocuments.update', 'documents', { before, after: settings });
  })();
  return courtCalendarView(ledger);
}

/**
 * Puts confirmed holidays into the calendar, inside the caller's transaction, with one audit entry naming
 * them and how they came (setup or Tetapan's shipped list). A date already a holiday is refused.
 */
export function insertHolidays(
  ledger: Ledger,
  actorId: number,
  rows: readonly HolidayView[],
  via: 'setup' | 'shipped',
  year: number | null,
): void {
  const existing = sql(ledger.db, 'SELECT name FROM holidays WHERE date = ?');
  const insert = sql(ledger.db, 'INSERT INTO holidays (date, name, added_at, added_by) VALUES (?, ?, ?, ?)');
  const at = isoNow(ledger.clock);
  for (const row of rows) {
    const found = existing.get(row.date) as { name: string } | undefined;
    if (found)
      throw new AppError('CONFLICT', 'Tarikh {date} sudah cuti umum ({name}).', {
        date: toDayMonthYear(row.date),
        name: found.name,
      });
    insert.run(row.date, row.name, at, actorId);
  }
  appendAudit(ledger.db, {
    at,
    actor: userActor(actorId),
    action: 'holiday.load',
    entity: 'courtCalendar',
    entityId: year === null ? 'holidays' : String(year),
    data: { via, year, holidays: rows },
  });
}

/** What "Muat cuti umum negeri" would add for a year: the state's shipped holidays whose date is still free. */
export function shippedHolidaysPreview(ledger: Ledger, year: number): ShippedHolidaysPreview {
  const { court } = requireCourtConfig(ledger);
  const years = shippedYears();
  if (!years.includes(year))
    throw AppError.onField('NOT_FOUND', 'year', 'Tiada senarai cuti umum dibekalkan bagi tahun {year}.', { year });
  const have = new Set(listHolidays(ledger).map((h) => h.date));
  const shipped = shippedHolidays(court.stateCode, [year]);
  return {
    year,
    stateName: stateName(court.stateCode),
    years,
    missing: shipped.filter((h) => !have.has(h.date)),
    alreadyThere: shipped.filter((h) => have.has(h.date)).length,
  };
}

/** Adds the chosen shipped holidays of a year (by date) that the calendar lacks; never a date twice. */
export function loadShippedHolidays(
  ledger: Ledger,
  actorId: number,
  input: { year: number; dates: readonly string[] },
): CourtCalendarView {
  ledger.db.transaction(() => {
    const preview = shippedHolidaysPreview(ledger, input.year);
    const byDate = new Map(preview.missing.map((h) => [h.date, h]));
    const rows = [...new Set(input.dates)].map((date) => {
      const shipped = byDate.get(date);
      if (!shipped)
        throw AppError.onField(
          'VALIDATION',
          'dates',
          'Tarikh {date} bukan cuti umum dibekalkan yang belum ada dalam kalendar {state} {year}.',
          { date: toDayMonthYear(date), state: preview.stateName, year: input.year },
        );
      return { date, name: shipped.name };
    });
    insertHolidays(ledger, actorId, rows, 'shipped', input.year);
  })();
  return courtCalendarView(ledger);
}
