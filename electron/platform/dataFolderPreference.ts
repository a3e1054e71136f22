import type { DataFolderStore } from '../services/court/dataFolder';
import type { Preferences } from './preferences';

/** The data folder chosen for the next start, kept in the machine preferences. */
export function preferenceDataFolder(preferences: Preferences): DataFolderStore {
  return {
    get: () => preferences.get('dataDir'),
    set: (folder) => preferences.set('dataDir', folder),
  };
}
