import type { ReceiptPaper, SenWording } from '../../shared/domain';
import { appendAudit, userActor } from './audit';
import { isoNow } from './clock';
import { requireCourtConfig } from './court';
import { sql } from './db/statements';
import type { Ledger } from './ledger';

export interface ReceiptSettings {
  senWording: SenWording;
  receiptPaper: ReceiptPaper;
  departmentName: string;
}

function stored(ledger: Ledger, key: string): unknown {
  const row = sql(ledger.db, 'SELECT value FROM court_settings WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as unknown) : undefined;
}

/** "Jabatan Kehakiman Syariah Negeri Selangor"; a state whose name already says Negeri or Wilayah keeps it once. */
export function defaultDepartmentName(stateName: string): string {
  return /^(Negeri|Wilayah)\b/.test(stateName)
    ? `Jabatan Kehakiman Syariah ${stateName}`
    : `Jabatan Kehakiman Syariah Negeri ${stateName}`;
}

export function readReceiptSettings(ledger: Ledger): ReceiptSettings {
  const { court } = requireCourtConfig(ledger);
  const senWording = stored(ledger, 'senWording');
  const receiptPaper = stored(ledger, 'receiptPaper');
  const departmentName = stored(ledger, 'departmentName');
  return {
    senWording: senWording === 'SEN_AFTER' ? 'SEN_AFTER' : 'SEN_BEFORE',
    receiptPaper: receiptPaper === 'ROLL_80MM' ? 'ROLL_80MM' : 'A5',
    departmentName: typeof departmentName === 'string' ? departmentName : defaultDepartmentName(court.stateName),
  };
}

export function updateReceiptSettings(ledger: Ledger, actorId: number, settings: ReceiptSettings): ReceiptSettings {
  return ledger.db.transaction(() => {
    const before = readReceiptSettings(ledger);
    const upsert = sql(
      ledger.db,
      `INSERT INTO court_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    );
    upsert.run('senWording', JSON.stringify(settings.senWording));
    upsert.run('receiptPaper', JSON.stringify(settings.receiptPaper));
    upsert.run('departmentName', JSON.stringify(settings.departmentName));
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
