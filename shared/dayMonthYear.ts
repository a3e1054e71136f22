/**
 * Dates as Malaysia writes them, dd/mm/yyyy, whatever the PC's language: the ledger stores and sends
 * yyyy-mm-dd; people read and type 05/12/2026.
 */

/** "2026-12-05" → "05/12/2026"; anything that is not a yyyy-mm-dd date comes back unchanged. */
export function toDayMonthYear(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/**
 * What a person typed → "2026-12-05", or null when it is not a real date. Takes "5/12/2026",
 * "05-12-2026", "05.12.2026" and "05122026"; the year has four digits.
 */
export function fromDayMonthYear(typed: string): string | null {
  const text = typed.trim();
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4})$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || month < 1 || month > 12 || day < 1) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
