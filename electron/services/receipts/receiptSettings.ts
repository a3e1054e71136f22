import type { ReceiptPaper, SenWording, Sen } from '@shared/domain';
import { appendAudit, userActor } from '../ledger/audit';
import { isoNow } from '../ledger/clock';
import { requireCourtConfig } from '../court/court';
import type { Ledger } from '../ledger/ledger';
import { readCourtSetting, writeCourtSetting } from '../court/courtSettings';

export interface ReceiptSettings {
  senWording: SenWording;
  receiptPaper: ReceiptPaper;
  departmentName: string;
  /** Bank Negara's 5-sen rounding of cash totals. */
  cashRounding: boolean;
  /** The most cash one payment may bring to the counter. */
  maxCashSen: Sen;
  /** Change above this is confirmed by the clerk first. */
  changeConfirmSen: Sen;
}

/** RM 20,000.00: more cash than a counter plausibly takes in one payment is a typing slip or a matter for the bank. */
export const DEFAULT_MAX_CASH_SEN: Sen = 2_000_000;
/** RM 100.00 of change is asked about before the receipt is issued. */
export const DEFAULT_CHANGE_CONFIRM_SEN: Sen = 10_000;

/** "Jabatan Kehakiman Syariah Negeri Selangor"; a state whose name already says Negeri or Wilayah keeps it once. */
export function defaultDepartmentName(stateName: string): string {
  return /^(Negeri|Wilayah)\b/.test(stateName)
    ? `Jabatan Kehakiman Syariah ${stateName}`
    : `Jabatan Kehakiman Syariah Negeri ${stateName}`;
}

const senSetting = (value: unknown, fallback: Sen): Sen =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;

export function readReceiptSettings(ledger: Ledger): ReceiptSettings {
  const { court } = requireCourtConfig(ledger);
  const senWording = readCourtSetting(ledger, 'senWording');
  const receiptPaper = readCourtSetting(ledger, 'receiptPaper');
  const departmentName = readCourtSetting(ledger, 'departmentName');
  return {
    senWording: senWording === 'SEN_AFTER' ? 'SEN_AFTER' : 'SEN_BEFORE',
    receiptPaper: receiptPaper === 'ROLL_80MM' ? 'ROLL_80MM' : 'A5',
    departmentName: typeof departmentName === 'string' ? departmentName : defaultDepartmentName(court.stateName),
    cashRounding: readCourtSetting(ledger, 'cashRounding') === true,
    maxCashSen: senSetting(readCourtSetting(ledger, 'maxCashSen'), DEFAULT_MAX_CASH_SEN),
    changeConfirmSen: senSetting(readCourtSetting(ledger, 'changeConfirmSen'), DEFAULT_CHANGE_CONFIRM_SEN),
  };
}

export function updateReceiptSettings(ledger: Ledger, actorId: number, settings: ReceiptSettings): ReceiptSettings {
  return ledger.db.transaction(() => {
    const before = readReceiptSettings(ledger);
    writeCourtSetting(ledger, 'senWording', settings.senWording);
    writeCourtSetting(ledger, 'receiptPaper', settings.receiptPaper);
    writeCourtSetting(ledger, 'departmentName', settings.departmentName);
    writeCourtSetting(ledger, 'cashRounding', settings.cashRounding);
    writeCourtSetting(ledger, 'maxCashSen', settings.maxCashSen);
    writeCourtSetting(ledger, 'changeConfirmSen', settings.changeConfirmSen);
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
