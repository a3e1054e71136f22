import { actor, actorId, domainRoutes } from '../../routing/routes';
import type { Backups } from '../backup/schedule';
import type { DeviceKeyVault } from '../bundle/deviceKey';
import type { ErrorLog } from '../ledger/errorLog';
import type { Ledger } from '../ledger/ledger';
import type { Printing } from '../printing/print';
import { ownPinApproval } from '../users/approval';
import { appInfo, setupReference } from './counterInfo';
import { readSettings, updateCourt, updateNumbering } from './court';
import { chooseDataFolder, dataFolderView, type DataFolderStore } from './dataFolder';
import { chooseLanguage, type LanguageStore } from './language';
import { statusBar } from './statusBar';
import { correctLastNumbers, setUpCounter } from './workflows';

export interface CourtPorts {
  deviceKeys: DeviceKeyVault;
  dataFolders: DataFolderStore;
  language: LanguageStore;
  printing: Printing;
  backups: Backups;
  log: ErrorLog;
}

/** The counter itself: set-up, the court's settings, this PC's language and data folder, the status bar. */
export function courtRoutes(ledger: Ledger, ports: CourtPorts) {
  return domainRoutes({
    'app.info': () => appInfo(ledger),
    'setup.reference': () => setupReference(ledger),
    'setup.complete': async (input, ctx) => {
      const session = await setUpCounter(ledger, input, ports);
      ctx.sessions.set(session);
      return session;
    },
    'language.get': () => ports.language.get(),
    'language.set': (input) => chooseLanguage(ports.language, input.language),

    'settings.get': () => readSettings(ledger),
    'settings.updateCourt': (input, ctx) => updateCourt(ledger, actorId(ctx), input),
    'settings.updateNumbering': (input, ctx) => updateNumbering(ledger, actorId(ctx), input),
    'settings.setLastNumbers': (input, ctx) => correctLastNumbers(ledger, actorId(ctx), input.rows),

    'dataFolder.status': () => dataFolderView(ledger, ports.dataFolders),
    'dataFolder.choose': async ({ supervisorPin, ...input }, ctx) => {
      await ownPinApproval(ledger, actorId(ctx), supervisorPin);
      return chooseDataFolder(ledger, ports.dataFolders, actorId(ctx), input);
    },
    'status.bar': (_input, ctx) => statusBar(ledger, ports.printing, ports.backups, actor(ctx)),
  });
}
