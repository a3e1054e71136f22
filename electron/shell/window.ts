import { BrowserWindow, screen, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import type { Preferences } from '../platform/preferences';
import { initialBounds, MIN_SIZE } from '../platform/windowState';
import { APP_ENTRY_URL } from './appProtocol';

export const WINDOW_TITLE = 'Kaunter Sandaran';

/** The renderer's powers, all of them: the page reaches the ledger only through the preload's API. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: true,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  preferences: Preferences;
  /** Only a development build opens DevTools from the menu; a packaged one has them off. */
  devTools: boolean;
}

/** Creates the main window where the clerk left it, shows it once painted, remembers it on close. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const bounds = initialBounds(
    options.preferences.get('windowBounds'),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const windowOptions: BrowserWindowConstructorOptions = {
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#f6f5f0',
    webPreferences: { ...secureWebPreferences(options.preloadPath), devTools: options.devTools },
  };
  const window = new BrowserWindow(windowOptions);
  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    const normal = window.getNormalBounds();
    options.preferences.set('windowBounds', {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.round(normal.width),
      height: Math.round(normal.height),
      maximized: window.isMaximized(),
    });
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('The counter screen did not load:', error));
  return window;
}
