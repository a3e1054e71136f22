import { createSessionDispatcher, type DispatchLogger, type SessionDispatch } from '../ipc/dispatcher';
import { createBackups, type Backups } from '../services/backup/schedule';
import { memoryBackupPlan, type BackupPlanStore } from '../services/backup/plan';
import type { Clock } from '../services/ledger/clock';
import type { Ledger } from '../services/ledger/ledger';
import { openCheckedLedger } from '../services/ledger/ledgerFile';
import { ledgerGate } from '../services/ledger/ledgerSwap';
import type { Printing } from '../services/printing/print';
import type { StartupCheck } from '../services/ledger/startupCheck';
import { idleSessionRegistry, type SessionRegistry } from '../ipc/idleSessions';
import { requestAnswers, type RequestStep } from '../ipc/requests';
import { readIdleMinutes } from '../services/users/sessionSettings';
import { fileDeviceKeyVault, memoryDeviceKeyVault, type DeviceKeyVault } from '../services/bundle/deviceKey';
import { keepHead } from '../services/integrity/headKeeper';
import { counterPorts } from './ports';
import { counterRoutes } from './routes';
import type { DataFolderStore } from '../services/court/dataFolder';
import type { LanguageStore } from '../services/court/language';
import type { CourtFolderStore } from '../services/courtFolder/settings';
import { startCourtFolderSync, type BackgroundSync } from '../services/courtFolder/background';
import { openReplica, openReplicaFile } from '../services/courtFolder/replica';
import { memoryCourtFolder } from '../services/courtFolder/settings';
import type { Db } from '../services/db/open';

export { DATABASE_FILE, openCheckedLedger, openLedger } from '../services/ledger/ledgerFile';

export interface KaunterAppOptions {
  dataDir: string;
  clock?: Clock;
  log?: DispatchLogger & { info?(message: string): void };
  pinCost?: number;
  /** The machine's printers and the printer chosen per document. */
  printing: Printing;
  /** Where and how often this PC backs up (a machine preference); none set: no scheduled backups. */
  backupPlan?: BackupPlanStore;
  /** Where the device's secret signing key is kept (default: a file in the data folder). */
  deviceKeyVault?: DeviceKeyVault;
  /** Where the next start opens its ledger (a machine preference); default: kept in memory. */
  dataFolder?: DataFolderStore;
  /** The screen language chosen on this PC (a machine preference); none: Malay, not remembered. */
  language?: LanguageStore;
  /** The court folder this PC publishes to and reads from (a machine preference); none: not shared. */
  courtFolder?: CourtFolderStore;
  /** Called at each named step of a request (crash tests stop the process there). */
  requestStep?: (name: RequestStep) => void;
}

export interface KaunterApp {
  /** Each call names its caller's session: `sessions.for(key)` with the window's or the tab's key. */
  dispatch: SessionDispatch;
  sessions: SessionRegistry;
  ledger: Ledger;
  backups: Backups;
  /** What the start-up check found; when it failed the ledger is open read-only. */
  startup: StartupCheck;
  close(): void;
}

const consoleLog: DispatchLogger = {
  error: (message, detail) => console.error(`[kaunter] ${message}`, detail),
};

/** How often the counter looks whether a backup is due (the interval itself is the plan's). */
const BACKUP_LOOK_MS = 60_000;

/** The whole counter minus its transport: the ledger on `dataDir` behind the one dispatcher. */
export async function createKaunterApp(options: KaunterAppOptions): Promise<KaunterApp> {
  const { ledger, startup } = await openCheckedLedger(options.dataDir, options);
  const log = options.log ?? consoleLog;
  if (!startup.ok) log.error('start-up check failed: the ledger is open read-only', startup.problem?.messageEn);
  const backups = createBackups(options.backupPlan ?? memoryBackupPlan(), { deviceKeys: options.deviceKeyVault });
  const sessions = idleSessionRegistry(ledger.clock, () => readIdleMinutes(ledger));
  const deviceKeys =
    options.deviceKeyVault ?? (ledger.dataDir ? fileDeviceKeyVault(ledger.dataDir) : memoryDeviceKeyVault());
  // The chain's head, anchored beside the ledger after writes (docs/ARCHITECTURE.md, "The edges").
  const head = await keepHead(ledger, deviceKeys, (message, detail) => log.error(message, detail));
  // The other counters' records, opened the first time a screen or the sync asks; one file for both.
  let replica: Db | null = null;
  const courtReplica = (): Db =>
    (replica ??= ledger.dataDir ? openReplica(ledger.dataDir) : openReplicaFile(':memory:'));
  const courtFolder = options.courtFolder ?? memoryCourtFolder();
  let courtSync: BackgroundSync | null = null;
  const ports = counterPorts(ledger, {
    courtFolder,
    courtReplica,
    courtSyncKick: () => courtSync?.kick(),
    printing: options.printing,
    log,
    backups,
    deviceKeys,
    dataFolders: options.dataFolder,
    language: options.language,
    head,
  });
  const dispatchCall = createSessionDispatcher(
    counterRoutes(ledger, ports),
    log,
    () => ledger.clock(),
    () => sessions.clear(),
    requestAnswers(ledger, { log, ...(options.requestStep ? { step: options.requestStep } : {}) }),
    (userId) => sessions.dropUser(userId),
    ledgerGate(ledger),
  );
  // The court folder's publisher runs off the clerk's path: a commit only asks it for a round.
  courtSync =
    options.courtFolder && startup.ok && ledger.dataDir
      ? startCourtFolderSync(ledger, ledger.dataDir, options.courtFolder, deviceKeys, log, courtReplica)
      : null;
  const dispatch: SessionDispatch = async (channel, input, callerSessions, meta) => {
    const result = await dispatchCall(channel, input, callerSessions, meta);
    head.touched();
    courtSync?.kick();
    return result;
  };
  const timer = setInterval(() => {
    backups.runIfDue(ledger).catch((error: unknown) => log.error('scheduled backup failed', (error as Error).message));
  }, BACKUP_LOOK_MS);
  timer.unref();
  return {
    dispatch,
    sessions,
    ledger,
    backups,
    startup,
    close: () => {
      clearInterval(timer);
      courtSync?.stop();
      replica?.close();
      head.close();
      ledger.db.close();
    },
  };
}
