import { AppError } from '@shared/errors';
import type { LastNumber, Numbering } from '@shared/schemas/setup';
import type { z } from 'zod';
import type { setupSchema } from '@shared/schemas/setup';
import type { SessionView } from '@shared/views';
import { appendAudit, userActor } from '../ledger/audit';
import { prepareDeviceKey, recordDeviceKey, type DeviceKeyVault } from '../bundle/deviceKey';
import { makeRecoveryKey, storeRecoveryKey } from '../backup/recoveryKey';
import { insertCaseTypes } from '../cases/caseTypes';
import { isoNow } from '../ledger/clock';
import { insertCourt, isSetUp, writeLastNumbers } from './court';
import { checkNumberingFits } from './numberingFits';
import { courtYear } from '@shared/time';
import { seedExampleFees } from '../receipts/fees';
import type { Ledger } from '../ledger/ledger';
import { hashPin } from '../users/pin';
import { DEFAULT_CASE_TYPES } from './reference';
import { insertUser } from '../users/users';
import { insertHolidays } from '../calendar/courtCalendar';

export type SetupData = z.output<typeof setupSchema>;

/** Last-number rows must name the series the scope uses: a kod kes per row, or "*" for one series. */
export function checkLastNumbers(rows: LastNumber[], numbering: Numbering, knownCodes: Set<string>): void {
  rows.forEach((row, i) => {
    const path = `lastNumbers.${i}.caseTypeCode`;
    if (numbering.scope === 'COURT_YEAR' && row.caseTypeCode !== '*') {
      throw AppError.onField(
        'VALIDATION',
        path,
        'Skop satu siri bagi semua kod kes: gunakan "*" sebagai kod kes bagi nombor terakhir.',
      );
    }
    if (numbering.scope === 'COURT_TYPE_YEAR' && !knownCodes.has(row.caseTypeCode)) {
      throw AppError.onField('VALIDATION', path, 'Kod kes {caseTypeCode} tiada dalam senarai jenis kes.', {
        caseTypeCode: row.caseTypeCode,
      });
    }
  });
}

/**
 * Tetapan Awal: the court, its numbering, the first supervisor and (given the vault) the device key that
 * will sign every export, in one transaction, so the setup slip can name the key from the first day.
 */
export async function completeSetup(
  ledger: Ledger,
  input: SetupData,
  deviceKeys: DeviceKeyVault | null = null,
): Promise<SessionView> {
  if (isSetUp(ledger)) throw new AppError('CONFLICT', 'Tetapan awal telah pun dibuat bagi kaunter ini.');
  const pinHash = await hashPin(input.supervisor.pin, ledger.pinCost);
  const caseTypes = input.caseTypes ?? DEFAULT_CASE_TYPES;
  checkLastNumbers(input.lastNumbers, input.numbering, new Set(caseTypes.map((t) => t.code)));
  checkNumberingFits(
    input.numbering,
    input.lastNumbers,
    courtYear(ledger.clock()),
    (i) => `lastNumbers.${i}.lastNumber`,
  );
  // Made (and saved in the vault) before the transaction: key generation is async, a transaction is not.
  // A vault that cannot take it (no OS key store) must not keep a counter from opening in an outage: the
  // export then refuses, saying to print the setup slip, which makes the key.
  const deviceKey = deviceKeys
    ? await prepareDeviceKey(deviceKeys, input.court, ledger.clock()).catch(() => null)
    : null;
  // Made before the transaction (key generation and S2K take a moment); only its locked form is stored.
  const recoveryKey = input.recoveryPassphrase ? await makeRecoveryKey(input.recoveryPassphrase, ledger.clock()) : null;
  return ledger.db.transaction(() => {
    if (isSetUp(ledger)) throw new AppError('CONFLICT', 'Tetapan awal telah pun dibuat bagi kaunter ini.');
    const supervisor = insertUser(ledger, null, input.supervisor.name, 'SUPERVISOR', pinHash);
    insertCourt(ledger, input.court, input.numbering);
    insertCaseTypes(ledger, caseTypes);
    seedExampleFees(ledger, input.court.courtLevel);
    writeLastNumbers(ledger, input.lastNumbers);
    const at = isoNow(ledger.clock);
    appendAudit(ledger.db, {
      at,
      actor: userActor(supervisor.id),
      action: 'setup.complete',
      entity: 'court',
      entityId: 1,
      data: {
        court: input.court,
        numbering: input.numbering,
        lastNumbers: input.lastNumbers,
        caseTypes: caseTypes.length,
        feeSchedule: 'example',
        holidays: input.holidays?.length ?? 0,
      },
    });
    if (input.holidays && input.holidays.length > 0)
      insertHolidays(ledger, supervisor.id, input.holidays, 'setup', null);
    if (deviceKey) recordDeviceKey(ledger, deviceKey, userActor(supervisor.id));
    if (recoveryKey) storeRecoveryKey(ledger.db, recoveryKey, userActor(supervisor.id));
    return { user: supervisor, signedInAt: at };
  })();
}
