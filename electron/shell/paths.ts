import path from 'node:path';
import type { Preferences } from '../platform/preferences';

/**
 * The folder that holds the ledger: `--data=DIR` on the command line (for ICT and for testing a copy),
 * else the folder chosen in preferences, else `<userData>/data`. The user-data folder is outside the
 * install folder, so the data survives reinstalling and upgrading the app.
 */
export function resolveDataDir(argv: readonly string[], preferences: Preferences, userDataDir: string): string {
  const flag = argv.find((arg) => arg.startsWith('--data='));
  const fromFlag = flag?.slice('--data='.length).trim();
  if (fromFlag) return path.resolve(fromFlag);
  return preferences.get('dataDir') ?? path.join(userDataDir, 'data');
}
