import { statSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import type { RestoreResultView } from '@shared/views';
import type { Ledger } from '../ledger/ledger';
import type { BackupComparison } from './restore';
import { compareBackupFile, restoreIntoLedger } from './restoreLedger';
import type { BackupUnlock } from './stage';

/**
 * Pulihkan daripada sandaran on the first-run screen: a new PC whose ledger is still empty takes a
 * backup from the stick. These channels are public (no user exists yet), so they refuse as soon as the
 * ledger holds anything at all: a counter in use restores only through Tetapan → Sandaran with a PIN.
 */
export function requireEmptyLedger(ledger: Ledger): void {
  const count = (table: string) => (ledger.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
  if (count('court') > 0 || count('users') > 0 || count('audit_events') > 0) {
    throw new AppError(
      'CONFLICT',
      'Kaunter ini sudah mempunyai rekod: pemulihan dari skrin pertama hanya untuk folder data baharu. Pulihkan melalui Tetapan → Sandaran.',
    );
  }
}

function requireFile(file: string): void {
  const fail = (key: MessageKey, values?: MessageValues): never => {
    throw AppError.onField('VALIDATION', 'file', key, values);
  };
  if (!isAbsolute(file))
    fail('Tulis laluan penuh fail sandaran, cth. E:\\Sandaran\\kaunter-K1-20261128-170000.sqlite.pgp.');
  let isFile = false;
  try {
    isFile = statSync(file).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) fail('Fail sandaran {file} tidak dijumpai.', { file });
}

export interface FirstRunRestoreInput {
  file: string;
  passphrase?: string | undefined;
  secretKey?: string | undefined;
}

function unlockOf(input: FirstRunRestoreInput): BackupUnlock {
  return { passphrase: input.passphrase, secretKeyArmored: input.secretKey };
}

export async function firstRunCompare(ledger: Ledger, input: FirstRunRestoreInput): Promise<BackupComparison> {
  requireEmptyLedger(ledger);
  requireFile(input.file);
  return compareBackupFile(ledger, input.file, basename(input.file), unlockOf(input));
}

export async function firstRunRestore(ledger: Ledger, input: FirstRunRestoreInput): Promise<RestoreResultView> {
  requireEmptyLedger(ledger);
  requireFile(input.file);
  return restoreIntoLedger(ledger, input.file, basename(input.file), 'system:first-run', { unlock: unlockOf(input) });
}
