// Runs sandboxed, before the page: it may only hand the page the narrow API. Bundled by
// build/build-electron.mjs because a sandboxed preload cannot require local files.
import { contextBridge, ipcRenderer } from 'electron';
import { createKaunterApi } from './shell/preloadApi';

contextBridge.exposeInMainWorld(
  'kaunter',
  createKaunterApi((channel, ...args) => ipcRenderer.invoke(channel, ...args)),
);
