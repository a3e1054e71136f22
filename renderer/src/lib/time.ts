import { strings } from '../i18n/strings';

/** Times are stored as UTC ISO-8601 and shown in Malaysia's time, which has a fixed +08:00 offset. */
export const COURT_TIME_ZONE = 'Asia/Kuala_Lumpur';
const OFFSET = '+08:00';

/**
 * Month names follow the screen language and are written in full, as a court writes them ("Disember" in
 * Malay, never the ICU abbreviation "Dis"; "December" in English): one formatter per locale.
 */
const formats = new Map<string, { dateTime: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();
function formatsFor(locale: string) {
  let found = formats.get(locale);
  if (!found) {
    const date = { timeZone: COURT_TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' } as const;
    found = {
      dateTime: new Intl.DateTimeFormat(locale, { ...date, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      date: new Intl.DateTimeFormat(locale, date),
    };
    formats.set(locale, found);
  }
  return found;
}

const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: COURT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "28 November 2026 09:15" in Malaysian time. */
export function formatDateTime(iso: string): string {
  const parts = formatsFor(strings().ms.time.locale).dateTime.formatToParts(new Date(iso));
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')} ${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** "28 Ogos 2026" in Malaysian time. */
export function formatDate(iso: string): string {
  const parts = formatsFor(strings().ms.time.locale).date.formatToParts(new Date(iso));
  return `${part(parts, 'day')} ${part(parts, 'month')} ${part(parts, 'year')}`;
}

/** The value of a datetime-local input ("2026-11-28T09:15") showing the given instant in Malaysian time. */
export function toLocalInput(date: Date): string {
  const parts = partsFormat.formatToParts(date);
  return `${part(parts, 'year')}-${part(parts, 'month')}-${part(parts, 'day')}T${part(parts, 'hour')}:${part(parts, 'minute')}`;
}

/** A datetime-local value read as Malaysian time → ISO-8601 with offset, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const iso = `${value}:00${OFFSET}`;
  return Number.isNaN(new Date(iso).getTime()) ? null : iso;
}

/** Today's date in Malaysia as "2026-11-28". */
export function todayInCourt(now: Date = new Date()): string {
  return toLocalInput(now).slice(0, 10);
}

/** "2 jam 13 minit", "1 hari 0 jam 5 minit", "kurang daripada 1 minit". */
export function formatElapsed(fromIso: string, now: Date): string {
  const { time } = strings().ms;
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(fromIso).getTime()) / 60_000));
  if (minutes < 1) return time.lessThanAMinute;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const out: string[] = [];
  if (days > 0) out.push(time.days(days));
  if (days > 0 || hours > 0) out.push(time.hours(hours));
  out.push(time.minutes(mins));
  return out.join(' ');
}
