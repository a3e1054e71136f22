import { actorId, domainRoutes } from '../../routing/routes';
import type { Ledger } from '../ledger/ledger';
import { supervisorApproval } from '../users/approval';
import {
  addHoliday,
  courtCalendarView,
  loadShippedHolidays,
  removeHoliday,
  saveHijriMonthNames,
  saveHijriMonthStarts,
  shippedHolidaysPreview,
  updateDocumentSettings,
} from './courtCalendar';
import { hearingSlots, hearingsForCase, setHearing } from './hearings';

/** The court's calendar (holidays, Hijri months, document settings) and the hearings set on it. */
export function calendarRoutes(ledger: Ledger) {
  return domainRoutes({
    'calendar.get': () => courtCalendarView(ledger),
    'calendar.addHoliday': (input, ctx) => addHoliday(ledger, actorId(ctx), input),
    'calendar.shippedHolidays': (input) => shippedHolidaysPreview(ledger, input.year),
    'calendar.loadShippedHolidays': (input, ctx) => loadShippedHolidays(ledger, actorId(ctx), input),
    'calendar.removeHoliday': (input, ctx) => removeHoliday(ledger, actorId(ctx), input.date, input.reason),
    'calendar.saveHijriMonthStarts': (input, ctx) => saveHijriMonthStarts(ledger, actorId(ctx), input.rows),
    'calendar.saveHijriMonthNames': (input, ctx) => saveHijriMonthNames(ledger, actorId(ctx), input.names),
    'calendar.updateDocumentSettings': (input, ctx) => updateDocumentSettings(ledger, actorId(ctx), input),

    'hearings.slots': (input) => hearingSlots(ledger, input.from),
    'hearings.forCase': (input) => hearingsForCase(ledger, input.caseId),
    'hearings.set': async (input, ctx) => {
      const { override, ...hearing } = input;
      const supervisor = override
        ? await supervisorApproval(ledger, override.supervisorId, override.supervisorPin)
        : null;
      return setHearing(
        ledger,
        actorId(ctx),
        hearing,
        supervisor && override ? { supervisorId: supervisor.id, reason: override.reason } : null,
      );
    },
  });
}
