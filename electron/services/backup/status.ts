import { realpathSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import type { BackupStatusView } from '@shared/views';
import { listBackups } from './backup';
import type { BackupPlan } from './plan';
import type { Backups } from './schedule';
import { writeRefusal } from '../ledger/paths';
import type { Ledger } from '../ledger/ledger';
import { readRecoveryKey } from './recoveryKey';

export function backupStatus(backups: Backups, ledger?: Ledger): BackupStatusView {
  const plan = backups.plan.get();
  let files: BackupStatusView['files'] = [];
  try {
    files = plan.dir ? listBackups(plan.dir).map(({ name, bytes, madeAt }) => ({ name, bytes, madeAt })) : [];
  } catch {
    files = [];
  }
  const last = backups.state.last;
  return {
    dir: plan.dir,
    everyMinutes: plan.everyMinutes,
    keep: plan.keep,
    lastGoodAt: backups.lastGoodAt(),
    last: last ? { name: last.name, bytes: last.bytes, madeAt: last.madeAt, facts: last.facts } : null,
    lastFailure: backups.state.lastFailure,
    files,
    recoveryKey: recoveryKeyView(ledger),
  };
}

function recoveryKeyView(ledger: Ledger | undefined): BackupStatusView['recoveryKey'] {
  const key = ledger ? readRecoveryKey(ledger.db) : null;
  return key ? { fingerprint: key.fingerprint, setAt: key.setAt } : null;
}

/** A folder the app can write backups into, or a clear reason why not. Nothing is changed on refusal. */
export function checkBackupFolder(plan: BackupPlan, dataDir: string | null): void {
  const dir = plan.dir;
  if (!dir) throw AppError.onField('VALIDATION', 'dir', 'Isikan folder sandaran.');
  const fail = (key: MessageKey, values?: MessageValues) => {
    throw AppError.onField('VALIDATION', 'dir', key, values);
  };
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) fail('Folder {dir} tidak wujud. Pasang pemacu atau buat folder itu dahulu.', { dir });
  if (writeRefusal(dir) !== null) fail('Folder {dir} tidak boleh ditulis.', { dir });
  if (dataDir !== null && statSync(dir).ino === statSync(dataDir).ino) {
    fail('Folder sandaran tidak boleh sama dengan folder data: pilih cakera kedua atau pemacu USB.');
  }
  if (dataDir !== null && isInside(dir, dataDir)) {
    fail('Folder sandaran tidak boleh berada di dalam folder data: pilih cakera kedua atau pemacu USB.');
  }
}

/**
 * Whether `dir` lies anywhere under `dataDir`, judged on real paths (symlinks, `..`, a different
 * spelling of the same folder) and, on the way up, by folder identity, so no spelling slips through.
 */
function isInside(dir: string, dataDir: string): boolean {
  let data: { dev: number; ino: number };
  try {
    data = statSync(realpathSync(dataDir));
  } catch {
    return false;
  }
  let at = realpathSync(dir);
  for (;;) {
    const here = statSync(at);
    if (here.dev === data.dev && here.ino === data.ino) return true;
    const up = dirname(at);
    if (up === at) return false;
    at = up;
  }
}
