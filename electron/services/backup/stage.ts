import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../../shared/errors';
import { crashPoint, type CrashHook } from './crashPoint';
import { fsyncFile } from './durableFs';
import { clearIncoming, INCOMING_FILE } from './restoreJournal';

/**
 * Copies a backup into the data folder as the incoming database (`INCOMING_FILE`), where it is checked
 * and prepared before it may take the ledger's place. Returns the incoming file's path.
 */
export function stageBackup(dataDir: string, file: string, hook?: CrashHook): string {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', `Fail sandaran ${file} tidak dijumpai.`);
  mkdirSync(dataDir, { recursive: true });
  clearIncoming(dataDir);
  const incoming = join(dataDir, INCOMING_FILE);
  copyFileSync(file, incoming);
  fsyncFile(incoming);
  crashPoint('restore:copied', hook);
  return incoming;
}
