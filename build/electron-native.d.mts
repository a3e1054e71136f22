// Types for build/electron-native.mjs.
export const electronDir: string;
/** The Electron executable if it is on disk, else null. Never triggers a download. */
export function installedElectron(): string | null;
/** Builds dist-electron/node_modules/better-sqlite3 for Electron; null on success, else the reason. */
export function prepareNativeForElectron(electronVersion?: string): string | null;
