import { checkNumberingFits } from './numberingFits';
import { courtYear } from '@shared/time';
import type { SessionView } from '@shared/views';
import { readDeviceKey, type DeviceKeyVault } from '../bundle/deviceKey';
import { listCaseTypes } from '../cases/caseTypes';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import type { LastNumber } from '@shared/schemas/setup';
import type { SettingsView } from '@shared/views';
import { requireCourtConfig, setLastNumbers } from './court';
import { checkLastNumbers, completeSetup, type SetupData } from './setup';

/**
 * Tetapan Awal on this PC: the court, its supervisor and the device key in the machine's vault. A key the
 * vault could not take is logged; the setup slip makes it later.
 */
export async function setUpCounter(
  ledger: Ledger,
  input: SetupData,
  ports: { deviceKeys: DeviceKeyVault; log: ErrorLog },
): Promise<SessionView> {
  const session = await completeSetup(ledger, input, ports.deviceKeys);
  if (!readDeviceKey(ledger)) ports.log.error('device key not made at setup: the setup slip makes it');
  return session;
}

/** Nombor terakhir corrected by a supervisor, checked against the numbering and the case types first. */
export function correctLastNumbers(ledger: Ledger, actorId: number, rows: LastNumber[]): SettingsView {
  const config = requireCourtConfig(ledger);
  checkLastNumbers(rows, config.numbering, new Set(listCaseTypes(ledger).map((t) => t.code)));
  checkNumberingFits(config.numbering, rows, courtYear(ledger.clock()), (i) => `rows.${i}.lastNumber`);
  return setLastNumbers(ledger, actorId, rows);
}
