/**
 * `kaunter calendar --from DATE --to DATE [--data DIR]`: each day's Gregorian date, weekday and Hijri
 * date as the court's documents write them, so a supervisor can check the calendar against the printed
 * takwim. Without --data: Malaysia's computed takwim (MABIMS) alone; with --data: the court's own
 * calendar (its table of official month starts and its month spellings) from that data folder.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatWithDayName } from '@shared/calendar/courtDates';
import { HijriCalendar } from '@shared/calendar/hijri';
import { fromDayMonthYear, toDayMonthYear } from '@shared/dayMonthYear';
import { addDays } from '@shared/time';
import { DATABASE_FILE, openLedger } from '../app/kaunterApp';
import { hijriCalendar } from '../services/calendar/courtCalendar';
import { MABIMS_BASE } from '../services/calendar/mabims';

export const CALENDAR_USAGE = `  calendar --from DATE --to DATE [--data DIR]
         Tarikh Masihi, hari dan tarikh Hijrah setiap hari seperti pada dokumen (DATE: dd/mm/yyyy); dengan
         --data, jadual pembetulan mahkamah itu / each day's Gregorian date, weekday and Hijri date as
         documents write them; with --data, that court's table of corrections (at most 3660 days).`;

const MAX_DAYS = 3660;

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

function parseDate(name: string, value: string | undefined): string | { problem: string } {
  if (value === undefined) return { problem: `--${name} mesti diberi / is required` };
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fromDayMonthYear(value);
  if (!iso || toDayMonthYear(iso) === '' || fromDayMonthYear(toDayMonthYear(iso)) !== iso) {
    return { problem: `--${name} bukan tarikh dd/mm/yyyy / is not a dd/mm/yyyy date: ${value}` };
  }
  return iso;
}

/** "30/09/2022  Jumaat, 30 September 2022 bersamaan 3 Rabiulawal 1444H", one line a day. */
export function calendarLines(from: string, to: string, calendar: HijriCalendar): string[] {
  const lines: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    lines.push(`${toDayMonthYear(date)}  ${formatWithDayName(date, calendar)}`);
  }
  return lines;
}

/** Runs the command; returns the exit code (2 for a usage error, 1 when the data folder cannot be read). */
export function runCalendarCommand(args: string[], io: CommandIo): number {
  let values: { from?: string | undefined; to?: string | undefined; data?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { from: { type: 'string' }, to: { type: 'string' }, data: { type: 'string' } },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\nPenggunaan / usage:\n${CALENDAR_USAGE}`);
    return 2;
  }
  const from = parseDate('from', values.from);
  const to = parseDate('to', values.to);
  for (const d of [from, to]) {
    if (typeof d !== 'string') {
      io.err(`${d.problem}\n\nPenggunaan / usage:\n${CALENDAR_USAGE}`);
      return 2;
    }
  }
  if (typeof from !== 'string' || typeof to !== 'string') return 2;
  if (to < from) {
    io.err(`--to mesti pada atau selepas --from / must be on or after --from`);
    return 2;
  }
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
  if (days > MAX_DAYS) {
    io.err(`Paling banyak ${MAX_DAYS} hari sekali / at most ${MAX_DAYS} days at once (${days})`);
    return 2;
  }
  if (values.data === undefined) {
    for (const line of calendarLines(from, to, new HijriCalendar([], undefined, MABIMS_BASE))) io.out(line);
    return 0;
  }
  const dataDir = resolve(values.data);
  if (!existsSync(join(dataDir, DATABASE_FILE))) {
    io.err(
      `GAGAL: Tiada pangkalan data di ${join(dataDir, DATABASE_FILE)}.\nFAILED: No database at ${join(dataDir, DATABASE_FILE)}.`,
    );
    return 1;
  }
  const ledger = openLedger(dataDir, { program: 'kaunter calendar' });
  try {
    for (const line of calendarLines(from, to, hijriCalendar(ledger))) io.out(line);
  } finally {
    ledger.db.close();
  }
  return 0;
}
