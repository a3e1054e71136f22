/**
 * Where and how often this PC backs up its ledger: a machine preference (a second drive or a USB
 * stick belongs to the PC, not the court), kept by the shell or the browser host.
 */
export interface BackupPlan {
  dir: string | null;
  everyMinutes: number;
  keep: number;
}

export const DEFAULT_BACKUP_PLAN: BackupPlan = { dir: null, everyMinutes: 30, keep: 20 };

export interface BackupPlanStore {
  get(): BackupPlan;
  set(plan: BackupPlan): void;
}

export function memoryBackupPlan(initial: Partial<BackupPlan> = {}): BackupPlanStore {
  let plan: BackupPlan = { ...DEFAULT_BACKUP_PLAN, ...initial };
  return {
    get: () => plan,
    set: (next) => {
      plan = { ...next };
    },
  };
}
