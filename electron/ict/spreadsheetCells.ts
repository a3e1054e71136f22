import type { CellObject } from 'write-excel-file/node';

/*
 * How a value from a bundle becomes a spreadsheet cell. Excel and LibreOffice guess a type for every
 * cell they read from a CSV: `024` becomes 24, `05005` 5005, cheque `004513` 4513, and a name that
 * begins with `=` becomes a live formula. ICT's spreadsheets therefore say each cell's type: text for
 * codes, numbers and identity documents; numbers for amounts; dates for times.
 */

/** What a spreadsheet takes as the start of a formula (or, for tab and CR, lets one through). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * For a CSV meant for people: a cell a spreadsheet could take as a formula gets a leading `'`, which
 * Excel and LibreOffice read as "this is text". Every other cell is left exactly as it is.
 */
export function neutraliseCsvCell(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

export type CellKind = 'text' | 'amount' | 'count' | 'datetime' | 'date';

/** Columns of counts (a line number, a quantity): the only plain numbers. */
const COUNT_COLUMNS = new Set(['bil', 'line', 'quantity', 'copies']);
/** Calendar days without a time. */
const DATE_COLUMNS = new Set(['court_date', 'appointment_date', 'hearing_date']);

/** A column's kind from its name in format v1 (and the worklist): `*_rm` amounts, `*_at` times. */
export function kindOf(column: string): CellKind {
  if (column.endsWith('_rm')) return 'amount';
  if (column.endsWith('_at') || column === 'at') return 'datetime';
  if (DATE_COLUMNS.has(column)) return 'date';
  if (COUNT_COLUMNS.has(column)) return 'count';
  return 'text';
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The wall-clock time as the bundle writes it (Malaysian time, `+08:00`), as a Date whose UTC fields
 * are that wall clock: spreadsheets have no time zones, and the sheet must show what the counter saw.
 */
export function wallClock(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const n = (i: number) => Number(m[i] ?? 0);
  const [y, mo, d] = [n(1), n(2), n(3)];
  if (n(4) > 23 || n(5) > 59 || n(6) > 59) return null;
  const ms = Number((m[7] ?? '').padEnd(3, '0'));
  const date = new Date(Date.UTC(y, mo - 1, d, n(4), n(5), n(6), ms));
  // Date.UTC rolls 2026-02-31 over to March: a value that is not a real day stays text.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date;
}

const TEXT: CellObject = { type: String, format: '@' };

/** One cell of ICT's spreadsheets: typed by its column; anything that does not parse stays text. */
export function cellOf(column: string, text: string): CellObject {
  if (text === '') return { ...TEXT, value: '' };
  switch (kindOf(column)) {
    case 'amount':
      if (/^-?\d+\.\d{2}$/.test(text)) return { type: Number, value: Number(text), format: '0.00' };
      break;
    case 'count':
      if (/^(?:0|[1-9]\d{0,14})$/.test(text)) return { type: Number, value: Number(text), format: '0' };
      break;
    case 'datetime': {
      const at = wallClock(text);
      if (at) return { type: Date, value: at, format: 'dd/mm/yyyy hh:mm:ss' };
      break;
    }
    case 'date': {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? wallClock(text) : null;
      if (day) return { type: Date, value: day, format: 'dd/mm/yyyy' };
      break;
    }
    case 'text':
      break;
  }
  return { ...TEXT, value: text };
}
