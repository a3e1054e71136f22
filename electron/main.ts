// The Electron entry point (bundled to dist-electron/main.cjs). The shell's logic lives in shell/,
// where tests import it with 'electron' mocked; only this file starts the app.
import { startApp } from './shell/app';

startApp();
