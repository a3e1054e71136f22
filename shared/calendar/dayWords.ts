import { ref, type MessageRef } from '../errors';
import { dayOfWeek, MALAY_DAY_NAMES } from './workingDays';

/**
 * A court date's day of the week as words a refusal carries: the Malay name is the key, so an English
 * screen shows "Saturday" where a Malay one shows "Sabtu" (shared/messages/calendar.ts).
 */
export function dayNameRef(date: string): MessageRef {
  return ref(MALAY_DAY_NAMES[dayOfWeek(date)] ?? 'Ahad');
}
