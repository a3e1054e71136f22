/**
 * Named points in a restore or a backup where a test pulls the plug. `KAUNTER_CRASH_AT=<step>` (or a
 * hook given in the options) kills the process there with SIGKILL, exactly as a power cut would:
 * nothing after it runs, no `finally`, no flush.
 */
export type CrashStep =
  | 'restore:copied'
  | 'restore:prepared'
  | 'restore:journal'
  | 'restore:aside-db'
  | 'restore:aside-all'
  | 'restore:placed'
  | 'restore:done'
  | 'backup:copied'
  | 'backup:encrypted'
  | 'backup:keyfile'
  | 'backup:renamed'
  | 'court:tmp-written'
  | 'court:renamed';

export type CrashHook = (step: CrashStep) => void;

export const RESTORE_STEPS: CrashStep[] = [
  'restore:copied',
  'restore:prepared',
  'restore:journal',
  'restore:aside-db',
  'restore:aside-all',
  'restore:placed',
  'restore:done',
];

export const BACKUP_STEPS: CrashStep[] = ['backup:copied', 'backup:encrypted', 'backup:keyfile', 'backup:renamed'];

/** Publishing a court-folder segment: its temporary file written and flushed; then its final name taken. */
export const COURT_SEGMENT_STEPS: CrashStep[] = ['court:tmp-written', 'court:renamed'];

export function crashPoint(step: CrashStep, hook?: CrashHook): void {
  hook?.(step);
  if (process.env.KAUNTER_CRASH_AT === step) process.kill(process.pid, 'SIGKILL');
}
