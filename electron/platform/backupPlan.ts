import type { BackupPlanStore } from '../services/backup/plan';
import type { Preferences } from './preferences';

/** The backup folder, interval and number kept, remembered in this PC's preferences. */
export function preferenceBackupPlan(preferences: Preferences): BackupPlanStore {
  return {
    get: () => ({
      dir: preferences.get('backupDir'),
      everyMinutes: preferences.get('backupEveryMinutes'),
      keep: preferences.get('backupKeep'),
    }),
    set: (plan) => {
      preferences.set('backupDir', plan.dir);
      preferences.set('backupEveryMinutes', plan.everyMinutes);
      preferences.set('backupKeep', plan.keep);
    },
  };
}
