import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type * as openpgp from 'openpgp';
import { registerCaseSchema } from '@shared/schemas/case';
import { takePaymentSchema } from '@shared/schemas/payment';
import { openLedger } from '../electron/app/kaunterApp';
import { seed } from '../electron/cli/seed';
import { registerCase } from '../electron/services/cases/cases';
import { getCaseType, listCaseTypes } from '../electron/services/cases/caseTypes';
import { deviceKeyForExport, fileDeviceKeyVault, readDeviceKey } from '../electron/services/bundle/deviceKey';
import { enrolCounter } from '../electron/services/courtFolder/enrolment';
import { demoCase } from '../electron/services/demo/cases';
import { demoPayment } from '../electron/services/demo/payments';
import { seededRandom } from '../electron/services/demo/random';
import type { Ledger } from '../electron/services/ledger/ledger';
import { paymentDraft } from '../electron/services/receipts/fees';
import { takePayment } from '../electron/services/receipts/receipts';
import { listUsers } from '../electron/services/users/users';

/** The court of the bench's counters (Seremban), as `kaunter seed --court` takes it. */
export const BENCH_COURT = '05005';

/** One counter of the bench's court: its data folder, ledger, supervisor and device key. */
export interface BenchCounter {
  counter: string;
  dataDir: string;
  ledger: Ledger;
  supervisorId: number;
  key: openpgp.PrivateKey;
}

/** A counter set up as `kaunter seed` sets one up (court, block, supervisor, device key, open outage). */
export async function benchCounter(folder: string, counter: string, blockStart: number): Promise<BenchCounter> {
  const dataDir = join(folder, `kaunter-${counter}`);
  await seed({ dataDir, cases: 0, seed: 1, log: null, court: BENCH_COURT, counter, blockStart });
  return openCounter(dataDir, counter);
}

/** A counter's data folder opened again: its ledger, supervisor and device key. */
export async function openCounter(dataDir: string, counter: string): Promise<BenchCounter> {
  const ledger = openLedger(dataDir);
  const supervisor = listUsers(ledger).find((u) => u.role === 'SUPERVISOR' && u.active);
  if (!supervisor) throw new Error(`bench: counter ${counter} has no supervisor`);
  const { secret } = await deviceKeyForExport(ledger, fileDeviceKeyVault(dataDir));
  return { counter, dataDir, ledger, supervisorId: supervisor.id, key: secret };
}

/** Two counters of one court, K1 and K2, set up and enrolled at each other: closed data folders. */
export interface CourtPair {
  k1Dir: string;
  k2Dir: string;
}

/** Sets up the pair once (two setups take seconds on a busy PC); each row works on its own copy. */
export async function makeCourtPair(folder: string): Promise<CourtPair> {
  const counters = [await benchCounter(folder, 'K1', 1), await benchCounter(folder, 'K2', 1001)];
  await enrolEachOther(counters);
  for (const c of counters) c.ledger.db.close();
  return { k1Dir: join(folder, 'kaunter-K1'), k2Dir: join(folder, 'kaunter-K2') };
}

/** A copy of the pair's data folders under `folder` (the ledgers were closed, so the files are whole). */
export function copyCourtPair(pair: CourtPair, folder: string): CourtPair {
  const k1Dir = join(folder, 'kaunter-K1');
  const k2Dir = join(folder, 'kaunter-K2');
  cpSync(pair.k1Dir, k1Dir, { recursive: true });
  cpSync(pair.k2Dir, k2Dir, { recursive: true });
  return { k1Dir, k2Dir };
}

/** Enrols every counter's device key at every other, as the supervisors do from the setup slips. */
export async function enrolEachOther(counters: readonly BenchCounter[]): Promise<void> {
  for (const at of counters) {
    for (const other of counters) {
      if (other === at) continue;
      const key = readDeviceKey(other.ledger);
      if (!key) throw new Error(`bench: ${other.counter} has no device key`);
      await enrolCounter(at.ledger, at.supervisorId, {
        counterId: other.counter,
        armored: key.publicArmored,
        confirmedFingerprint: key.fingerprint,
      });
    }
  }
}

/** The counter's newest audit event (its number of events: the chain starts at 1). */
export function newestEvent(ledger: Ledger): number {
  return (ledger.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM audit_events').pluck().get() as number) ?? 0;
}

/**
 * Register + pay through the services, one durable transaction each, until the counter holds at least
 * `events` audit events: the records another counter's reader will meet (cases, parties, receipts, their
 * lines), made as the clerk makes them. The receipts' PDFs are left out (no reader sees them).
 */
export function fillWithClerkActions(c: BenchCounter, events: number, seedNo = 11): number {
  const random = seededRandom(seedNo);
  const proceedingOf = (code: string) => getCaseType(c.ledger, code)?.proceeding ?? 'SAMAN';
  const active = new Set(
    listCaseTypes(c.ledger)
      .filter((t) => t.active)
      .map((t) => t.code),
  );
  let actions = 0;
  while (newestEvent(c.ledger) < events) {
    const input = demoCase(random, proceedingOf);
    if (!active.has(input.caseTypeCode)) continue;
    c.ledger.db.transaction(() => {
      const registered = registerCase(c.ledger, c.supervisorId, registerCaseSchema.parse(input));
      const payment = demoPayment(random, paymentDraft(c.ledger, registered.id));
      takePayment(c.ledger, c.supervisorId, takePaymentSchema.parse(payment));
    })();
    actions++;
  }
  return actions;
}
