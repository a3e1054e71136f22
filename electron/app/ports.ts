import type { Db } from '../services/db/open';
import type { DispatchLogger } from '../ipc/dispatcher';
import { memoryBackupPlan } from '../services/backup/plan';
import { createBackups, type Backups } from '../services/backup/schedule';
import type { HeadWriter } from '../services/backup/workflows';
import { fileDeviceKeyVault, memoryDeviceKeyVault, type DeviceKeyVault } from '../services/bundle/deviceKey';
import { memoryDataFolder, type DataFolderStore } from '../services/court/dataFolder';
import { memoryLanguage, type LanguageStore } from '../services/court/language';
import type { Ledger } from '../services/ledger/ledger';
import type { Printing } from '../services/printing/print';
import { watchPrinting } from '../services/printing/printerHealth';

/**
 * What the routes need beside the ledger: this machine's printers and stores, the log, the head file.
 * Each domain's routes take the part they use (`CourtPorts`, `ReceiptPorts`…, declared beside them in
 * `electron/services/<domain>/routes.ts`); these are all of them, made once by the composition root.
 */
export interface CounterPorts {
  /** The machine's printers, watched so the status bar knows how they are. */
  printing: Printing;
  backups: Backups;
  deviceKeys: DeviceKeyVault;
  dataFolders: DataFolderStore;
  language: LanguageStore;
  log: DispatchLogger;
  /** The chain's head file beside the ledger (a restore writes it at once). */
  head: HeadWriter;
  /** The court folder's replica of the other counters (null: no court folder): the duplicate warning. */
  courtReplica?: () => Db | null;
}

/** What a caller gives; only printing is required, the rest defaults to memory stores and a silent log. */
export type PortOptions = Partial<Omit<CounterPorts, 'printing'>> & { printing: Printing };

/** The ports for `ledger`: the machine's where given, else kept in memory (tests, the CLI). */
export function counterPorts(ledger: Ledger, options: PortOptions): CounterPorts {
  return {
    printing: watchPrinting(options.printing, ledger.clock),
    log: options.log ?? { error: () => undefined },
    backups: options.backups ?? createBackups(memoryBackupPlan()),
    deviceKeys: options.deviceKeys ?? (ledger.dataDir ? fileDeviceKeyVault(ledger.dataDir) : memoryDeviceKeyVault()),
    dataFolders: options.dataFolders ?? memoryDataFolder(),
    language: options.language ?? memoryLanguage(),
    head: options.head ?? { writeNow: () => undefined },
    ...(options.courtReplica ? { courtReplica: options.courtReplica } : {}),
  };
}
