import type { CourtFolderStore } from '../services/courtFolder/settings';
import type { Preferences } from './preferences';

/** The court folder, remembered in this PC's preferences. */
export function preferenceCourtFolder(preferences: Preferences): CourtFolderStore {
  return {
    get: () => preferences.get('courtFolder'),
    set: (folder) => preferences.set('courtFolder', folder),
  };
}
