import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './appProtocol';

/*
 * The guards every web page of the app lives under. The renderer shows only our own pages from
 * app://kaunter; it never needs another page, a new window, a webview, a device, the camera or the
 * network, so all of those are refused here, whatever a page (or a bug in one) asks for.
 */

/** Navigation, redirects, new windows and webviews: only our own origin, never a second window. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Permissions, device access and any request to the network from a page. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The counter works offline by design; a page that reaches for the network is a bug or an attack.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] },
    (_details, callback) => callback({ cancel: true }),
  );
}

/** Applies the guards to every webContents the app will ever make, present and future. */
export function installSecurity(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
