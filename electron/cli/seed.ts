import { appendFileSync } from 'node:fs';
import { COURT_LEVEL_LABELS, type CourtLevel } from '@shared/domain';
import { registerCaseSchema } from '@shared/schemas/case';
import { setupSchema } from '@shared/schemas/setup';
import { openLedger } from '../app/kaunterApp';
import { registerCase } from '../services/cases/cases';
import { getCaseType, listCaseTypes } from '../services/cases/caseTypes';
import { isSetUp } from '../services/court/court';
import { demoCase } from '../services/demo/cases';
import { demoPayment } from '../services/demo/payments';
import { paymentDraft } from '../services/receipts/fees';
import { takePayment } from '../services/receipts/receipts';
import { withReceiptPdf } from '../services/receipts/workflows';
import type { ErrorLog } from '../services/ledger/errorLog';
import { takePaymentSchema } from '@shared/schemas/payment';
import { seededRandom } from '../services/demo/random';
import { currentOutage, openOutage } from '../services/outages/outages';
import { DEFAULT_CASE_TYPES, stateName } from '../services/court/reference';
import { courtYear } from '@shared/time';
import { completeSetup } from '../services/court/setup';
import { fileDeviceKeyVault } from '../services/bundle/deviceKey';
import { listUsers } from '../services/users/users';
import { seedSopPaths, type SopPathsSeeded } from '../services/demo/sopPaths';

export interface SeedOptions {
  dataDir: string;
  cases: number;
  seed: number;
  log: string | null;
  court: string;
  counter: string;
  blockStart: number;
}

export interface SeedSummary {
  cases: number;
  receipts: number;
  firstCaseNumber: string | null;
  lastCaseNumber: string | null;
  seconds: number;
  casesPerSecond: number;
  dataDir: string;
  /** ESV2 cases, existing cases with filings, and appointments: one of each per ten cases. */
  sopPaths: SopPathsSeeded;
}

function levelOf(courtCode: string): CourtLevel {
  if (courtCode === '000' || courtCode === '500') return 'MRYS';
  if (courtCode === '100' || courtCode === '200') return 'MTS';
  return 'MRS';
}

/** The demo supervisor's PIN, printed by the CLI so the seeded folder can be signed in to. */
export const DEMO_PIN = '123456';
/** The demo folder's court recovery passphrase (backups of a demo folder open with it; never for real data). */
export const DEMO_RECOVERY_PASSPHRASE = 'pemulihan-demo-kaunter';

/** A document the seed could not save is said on stderr; its record stands, as at the counter. */
const stderrLog: ErrorLog = { error: (message, detail) => console.error(`[kaunter seed] ${message}`, detail) };

/**
 * Demo data made through the services, one clerk action per transaction, each receipt with its PDF. A new folder is set up
 * first (court, counter, block start, a supervisor and an open option-1 outage).
 */
export async function seed(options: SeedOptions): Promise<SeedSummary> {
  const ledger = openLedger(options.dataDir, { program: 'kaunter seed' });
  try {
    if (!isSetUp(ledger)) {
      const stateCode = options.court.slice(0, 2);
      const courtCode = options.court.slice(2);
      const level = levelOf(courtCode);
      await completeSetup(
        ledger,
        setupSchema.parse({
          court: {
            stateCode,
            courtCode,
            courtName: `${COURT_LEVEL_LABELS[level]} ${stateName(stateCode)} (${options.court})`,
            courtLevel: level,
            counterId: options.counter,
          },
          numbering: {
            template: '{state}{court}-{type}-{run:4}-{year}',
            scope: 'COURT_TYPE_YEAR',
            blockStart: options.blockStart,
            blockSize: null,
          },
          // A demo court as if ESV3 had issued no number of any type this year (every type says so: 0).
          lastNumbers: DEFAULT_CASE_TYPES.map((t) => ({
            caseTypeCode: t.code,
            year: courtYear(ledger.clock()),
            lastNumber: 0,
          })),
          supervisor: { name: 'Penyelia Demo', pin: DEMO_PIN },
          recoveryPassphrase: DEMO_RECOVERY_PASSPHRASE,
        }),
        // The key the CLI's export signs with, made at setup as the app makes it.
        fileDeviceKeyVault(options.dataDir),
      );
    }
    const supervisor = listUsers(ledger).find((u) => u.role === 'SUPERVISOR' && u.active);
    if (!supervisor)
      throw new Error('Tiada Penolong Pendaftar aktif dalam folder ini / no active supervisor in this folder');
    if (!currentOutage(ledger)) {
      openOutage(ledger, supervisor.id, { sopOption: 1, startedAt: ledger.clock().toISOString(), note: 'Data demo' });
    } else if (currentOutage(ledger)?.sopOption !== 1) {
      throw new Error('Tempoh gangguan yang dibuka bukan Pilihan 1 / the open outage is not SOP option 1');
    }
    const active = new Set(
      listCaseTypes(ledger)
        .filter((t) => t.active)
        .map((t) => t.code),
    );
    const random = seededRandom(options.seed);
    const proceedingOf = (code: string) => getCaseType(ledger, code)?.proceeding ?? 'SAMAN';
    const started = process.hrtime.bigint();
    let first: string | null = null;
    let last: string | null = null;
    let receipts = 0;
    for (let i = 0; i < options.cases; i++) {
      const input = demoCase(random, proceedingOf);
      if (!active.has(input.caseTypeCode)) continue;
      // Register and pay: one clerk action, one durable transaction (a case never stands without its
      // receipt, which the crash test counts on); then the receipt's PDF, as receivePayment makes it.
      const { caseNumber, receipt } = ledger.db.transaction(() => {
        const registered = registerCase(ledger, supervisor.id, registerCaseSchema.parse(input));
        const payment = demoPayment(random, paymentDraft(ledger, registered.id));
        return {
          caseNumber: registered.caseNumber,
          receipt: takePayment(ledger, supervisor.id, takePaymentSchema.parse(payment)),
        };
      })();
      const { receiptNumber } = await withReceiptPdf(ledger, supervisor.id, receipt, stderrLog);
      first ??= caseNumber;
      last = caseNumber;
      receipts++;
      if (options.log) {
        appendFileSync(options.log, `${JSON.stringify({ action: 'register', caseNumber, receiptNumber })}\n`);
      }
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const sopPaths = await seedSopPaths(ledger, supervisor.id, random, Math.ceil(options.cases / 10), stderrLog);
    return {
      cases: options.cases,
      receipts,
      firstCaseNumber: first,
      lastCaseNumber: last,
      seconds: Math.round(seconds * 1000) / 1000,
      casesPerSecond: seconds > 0 ? Math.round(options.cases / seconds) : 0,
      dataDir: options.dataDir,
      sopPaths,
    };
  } finally {
    ledger.db.close();
  }
}
