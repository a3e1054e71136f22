import path from 'node:path';
import { app, dialog, ipcMain, Menu, protocol, session, type BrowserWindow } from 'electron';
import { AppError } from '@shared/errors';
import { isTrustedSender, registerChannels, webContentsSessionKey } from '../ipc/register';
import { fileLog, type ShellLog } from '../platform/log';
import { filePreferences } from '../platform/preferences';
import { preferenceBackupPlan } from '../platform/backupPlan';
import { preferenceCourtFolder } from '../platform/courtFolderPreference';
import { preferenceDataFolder } from '../platform/dataFolderPreference';
import { preferencePrinterChoices } from '../platform/printerChoices';
import { preferenceLanguage } from '../platform/languagePreference';
import { electronPrinters } from '../platform/printers';
import { safeStorageDeviceKeyVault } from '../platform/deviceKeyVault';
import { createKaunterApp, type KaunterApp } from '../app/kaunterApp';
import { holdWriterLock, WriterRefusal } from '../services/ledger/writerLock';
import { APP_ID } from './appId';
import { APP_ORIGIN, APP_SCHEME, createAppRequestHandler } from './appProtocol';
import { menuTemplate } from './menu';
import { resolveDataDir } from './paths';
import { hardenSession, installSecurity } from './security';
import { createMainWindow } from './window';

function startupFailure(log: ShellLog, error: unknown): void {
  log.error('start-up failed', error);
  const reason = error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(
    'Kaunter Sandaran tidak dapat dimulakan',
    `${reason}\n\nTiada rekod diubah. Hubungi ICT dengan fail log di:\n${app.getPath('logs')}\n\n` +
      'Kaunter Sandaran could not start. No record was changed; send ICT the log from the folder above.',
  );
  app.exit(1);
}

const MAX_CRASH_RELOADS = 3;

/**
 * A renderer that dies leaves the clerk a blank window; reload it (the ledger lives in main, so nothing
 * saved is lost), but only a few times, so a page that crashes on load does not loop for ever.
 */
function reloadAfterCrash(window: BrowserWindow, log: ShellLog): void {
  let reloads = 0;
  window.webContents.on('render-process-gone', (_event, details) => {
    log.error(`renderer gone: ${details.reason} (exit ${details.exitCode})`);
    if (details.reason === 'clean-exit' || reloads >= MAX_CRASH_RELOADS || window.isDestroyed()) return;
    reloads += 1;
    window.reload();
  });
}

/**
 * The Electron shell: one instance, one window, the ledger behind the IPC channels, the renderer
 * from app://kaunter. Everything that decides anything lives in services/ and runs without Electron.
 */
export function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  // Both must happen before 'ready'.
  app.enableSandbox();
  // Date and time pickers follow Chromium's locale: Malaysian order (dd/mm/yyyy), whatever Windows says.
  app.commandLine.appendSwitch('lang', 'ms');
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
  installSecurity(app);
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

  const log = fileLog(app.getPath('logs'));
  let mainWindow: BrowserWindow | null = null;
  let kaunter: KaunterApp | null = null;

  app.on('second-instance', () => {
    if (mainWindow === null || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  const closeLedger = () => {
    if (kaunter === null) return;
    kaunter.close();
    kaunter = null;
    log.info('ledger closed');
  };
  app.on('will-quit', closeLedger);

  app
    .whenReady()
    .then(async () => {
      const preferences = filePreferences(app.getPath('userData'));
      const dataDir = resolveDataDir(process.argv, preferences, app.getPath('userData'));
      // The folder is this app's for its whole life. When another program writes to it (another PC on a
      // share, another Windows user) or it takes no file, the ledger opens read-only and the start-up
      // notice on every screen says why: no dialog to dismiss, look-ups still work.
      try {
        holdWriterLock(dataDir, 'aplikasi Kaunter Sandaran');
      } catch (error) {
        if (!(error instanceof WriterRefusal)) throw error;
        log.error('data folder not ours to write: opening read-only', error.en);
      }
      kaunter = await createKaunterApp({
        dataDir,
        log,
        printing: {
          port: electronPrinters(() => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null)),
          choices: preferencePrinterChoices(preferences),
        },
        backupPlan: preferenceBackupPlan(preferences),
        courtFolder: preferenceCourtFolder(preferences),
        dataFolder: preferenceDataFolder(preferences),
        language: preferenceLanguage(preferences),
        deviceKeyVault: safeStorageDeviceKeyVault(dataDir),
      });
      log.info(`ledger opened in ${dataDir}`);
      const { dispatch, sessions } = kaunter;

      hardenSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppRequestHandler(path.join(app.getAppPath(), 'dist', 'renderer')));
      // Each window's webContents has its own session: nothing about who is signed in is process-wide.
      registerChannels(
        ipcMain,
        (name, input, sessionKey, meta) => dispatch(name, input, sessions.for(sessionKey), meta),
        (event) => isTrustedSender(event, mainWindow, APP_ORIGIN),
        log,
      );

      const development = !app.isPackaged;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            development,
            onAbout: () => {
              dialog
                .showMessageBox({
                  type: 'info',
                  title: 'Perihal Kaunter Sandaran',
                  message: `Kaunter Sandaran ${app.getVersion()}`,
                  detail: `Kaunter sandaran Mahkamah Syariah semasa gangguan e-Syariah.\nFolder data: ${dataDir}`,
                })
                .catch((error: unknown) => console.error('The About box could not be shown:', error));
            },
          }),
        ),
      );
      mainWindow = createMainWindow({
        preloadPath: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
        preferences,
        devTools: development,
      });
      const windowSession = webContentsSessionKey(mainWindow.webContents.id);
      mainWindow.on('closed', () => {
        sessions.drop(windowSession);
        mainWindow = null;
      });
      reloadAfterCrash(mainWindow, log);
    })
    .catch((error: unknown) => {
      closeLedger();
      startupFailure(log, error);
    });
}
