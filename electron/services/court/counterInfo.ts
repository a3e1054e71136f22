import type { AppInfo, SetupReference } from '@shared/views';
import { DEFAULT_CASE_NUMBER_TEMPLATE } from '@shared/caseNumber';
import { courtYear } from '@shared/time';
import { version } from '../../../package.json';
import { clockWarning } from '../ledger/clockCheck';
import type { Ledger } from '../ledger/ledger';
import { readIdleMinutes, DEFAULT_IDLE_MINUTES } from '../users/sessionSettings';
import { readCourtConfig } from './court';
import { DEFAULT_CASE_TYPES, STATES } from './reference';

/** What the first screen asks before anyone signs in: the version, whether set up, the court, warnings. */
export function appInfo(ledger: Ledger): AppInfo {
  const config = readCourtConfig(ledger);
  return {
    version,
    setupDone: config !== null,
    court: config?.court ?? null,
    clockWarning: clockWarning(ledger),
    readOnly: ledger.readOnlyReason ?? null,
    idleSignOutMinutes: config ? readIdleMinutes(ledger) : DEFAULT_IDLE_MINUTES,
  };
}

/** What the set-up screen offers: the states, the default case types and template, this court year. */
export function setupReference(ledger: Ledger): SetupReference {
  return {
    states: STATES,
    caseTypes: DEFAULT_CASE_TYPES,
    defaultTemplate: DEFAULT_CASE_NUMBER_TEMPLATE,
    currentYear: courtYear(ledger.clock()),
  };
}
