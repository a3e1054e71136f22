import type { ReceiptPaper, SenWording } from '@shared/domain';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';

export interface ReceiptSettings {
  senWording: SenWording;
  receiptPaper: ReceiptPaper;
  departmentName: string;
}

/** "Jabatan Kehakiman Syariah Negeri Selangor"; a state whose name already says Negeri or Wilayah keeps it once. */
export function defaultDepartmentName(stateName: string): string {
  return /^(Negeri|Wilayah)\b/.test(stateName)
    ? `Jabatan Kehakiman Syariah ${stateName}`
    : `Jabatan Kehakiman Syariah Negeri ${stateName}`;
}

export function readReceiptSettings(ledger: Ledger): ReceiptSettings {
  const { court } = requireCourtConfig(ledger);
  const senWording = readCourtSetting(ledger, 'senWording');
  const receiptPaper = readCourtSetting(ledger, 'receiptPaper');
  const departmentName = readCourtSetting(ledger, 'departmentName');
  return {
    senWording: senWording === 'SEN_AFTER' ? 'SEN_AFTER' : 'SEN_BEFORE',
    receiptPaper: receiptPaper === 'ROLL_80MM' ? 'ROLL_80MM' : 'A5',
    departmentName: typeof departmentName === 'string' ? departmentName : defaultDepartmentName(court.stateName),
  };
}

export function updateReceiptSettings(ledger: Ledger, actorId: number, settings: ReceiptSettings): ReceiptSettings {
  return ledger.db.transaction(() => {
    const before = readReceiptSettings(ledger);
    writeCourtSetting(ledger, 'senWording', settings.senWording);
    writeCourtSetting(ledger, 'receiptPaper', settings.receiptPaper);
    writeCourtSetting(ledger, 'departmentName', settings.departmentName);
    appendAudit(ledger.db, {
      at: isoNow(ledger.clock),
      actor: userActor(actorId),
      action: 'receiptSettings.update',
      entity: 'court',
      entityId: 1,
      data: { before, after: settings },
    });
    return readReceiptSettings(ledger);
  })();
}
