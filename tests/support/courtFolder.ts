import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import { DATABASE_FILE } from '../../electron/app/kaunterApp';
import { deviceKeyForExport, fileDeviceKeyVault, readDeviceKey } from '../../electron/services/bundle/deviceKey';
import { importIctKey } from '../../electron/services/bundle/ictKeys';
import type { Db } from '../../electron/services/db/open';
import type { Ledger } from '../../electron/services/ledger/ledger';
import { enrolCounter } from '../../electron/services/courtFolder/enrolment';
import { openReplica } from '../../electron/services/courtFolder/replica';
import { syncRound, type SyncOptions } from '../../electron/services/courtFolder/sync';
import { testKey } from './bundle';
import { frozenClock, readyLedger, tempDir } from './ledger';
import { registerAndPay } from './ledgerBundle';

/*
 * TEST SUPPORT ONLY. Counters of one court on one machine: each its own data folder, ledger, device
 * key and replica, one court folder between them.
 */

export interface TestCounter {
  counter: string;
  dataDir: string;
  ledger: Ledger;
  supervisorId: number;
  key: openpgp.PrivateKey;
  replica: Db;
  clock: ReturnType<typeof frozenClock>;
  /** One publish + read round against `folder` (the court folder unless told). */
  sync(options?: Partial<SyncOptions>): ReturnType<typeof syncRound>;
}

export async function testCounter(
  counter: string,
  folder: string,
  blockStart: number,
  /** When the counter's clock starts; a test that also runs the CLI (the system clock) starts it now. */
  start = '2026-11-30T01:00:00.000Z',
): Promise<TestCounter> {
  const dataDir = tempDir(`kaunter-court-${counter}-`);
  const clock = frozenClock(start);
  const { ledger, supervisor } = await readyLedger(
    {
      court: {
        stateCode: '05',
        courtCode: '005',
        courtName: 'Mahkamah Rendah Syariah Seremban',
        courtLevel: 'MRS',
        counterId: counter,
      },
      numbering: {
        template: '{state}{court}-{type}-{run:4}-{year}',
        scope: 'COURT_TYPE_YEAR',
        blockStart,
        blockSize: 999,
      },
    },
    { dataDir, file: join(dataDir, DATABASE_FILE), clock },
  );
  await importIctKey(ledger, supervisor.id, testKey('ict-test.pub'));
  const { secret } = await deviceKeyForExport(ledger, fileDeviceKeyVault(dataDir));
  const replica = openReplica(dataDir);
  return {
    counter,
    dataDir,
    ledger,
    supervisorId: supervisor.id,
    key: secret,
    replica,
    clock,
    sync: (options = {}) => syncRound(ledger, { folder, deviceKey: secret, replica, ...options }),
  };
}

/** Enrols every counter's key at every other counter, as supervisors do from the setup slips. */
export async function enrolAll(counters: TestCounter[]): Promise<void> {
  for (const at of counters) {
    for (const other of counters) {
      if (other === at) continue;
      const key = readDeviceKey(other.ledger);
      if (!key) throw new Error(`${other.counter} has no device key`);
      await enrolCounter(at.ledger, at.supervisorId, {
        counterId: other.counter,
        armored: key.publicArmored,
        confirmedFingerprint: key.fingerprint,
      });
    }
  }
}

/** Three counters of the Seremban court and one court folder, all enrolled at each other. */
export async function threeCounters() {
  const folder = tempDir('kaunter-court-folder-');
  mkdirSync(folder, { recursive: true });
  const k1 = await testCounter('K1', folder, 1);
  const k2 = await testCounter('K2', folder, 1001);
  const k3 = await testCounter('K3', folder, 2001);
  await enrolAll([k1, k2, k3]);
  return { folder, k1, k2, k3 };
}

/** Registers a case for `name` at the counter and pays its summons fee. */
export function registerAt(c: TestCounter, name: string, idNumber: string) {
  c.clock.advance(60_000);
  return registerAndPay(
    c.ledger,
    {
      caseTypeCode: '024',
      proceeding: 'SAMAN',
      parties: [{ side: 'CLAIMANT', name, idType: 'MYKAD', idNumber }],
    },
    { lines: [{ feeCode: 'SAMAN_MRS', quantity: 1 }], method: 'CASH', tenderedSen: 5000, payerName: name },
  );
}
