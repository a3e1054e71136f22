import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as openpgp from 'openpgp';
import { AppError, fieldIssue, type MessageKey, type MessageValues } from '@shared/errors';
import { openDatabase, type Db } from '../db/open';
import { recoveryKeyFileName } from './backup';
import { crashPoint, type CrashHook } from './crashPoint';
import { fsyncFile } from './durableFs';
import { describeLedgerFile } from './facts';
import { readRecoveryKey, unlockRecoveryKey } from './recoveryKey';
import { clearIncoming, INCOMING_FILE } from './restoreJournal';
import { isPlainSqlite, openSealedBackup, type AuditHead } from './seal';

/** What opens an encrypted backup: the court recovery passphrase, or an ICT (or escrow) secret key file. */
export interface BackupUnlock {
  passphrase?: string | undefined;
  secretKeyArmored?: string | undefined;
}

export interface StagedBackup {
  incoming: string;
  /** False for a plain backup made before backups were encrypted. */
  encrypted: boolean;
  /** The device key that signed it and the audit head it signed; null for a plain backup. */
  signature: { fingerprint: string; head: AuditHead } | null;
}

function refuse(key: MessageKey, values?: MessageValues, path?: string): never {
  throw new AppError('VALIDATION', key, values, path ? [fieldIssue(path, key, values)] : undefined);
}

/** The locked recovery key beside the backup (a new PC has only the stick), else the ledger's own. */
function lockedRecoveryKey(file: string, current: Db | null): string | null {
  const counter = /^kaunter-([A-Za-z0-9]+)-\d{8}-\d{6}\./.exec(file.split(/[\\/]/).pop() ?? '')?.[1];
  const beside = counter ? join(dirname(file), recoveryKeyFileName(counter)) : null;
  if (beside && existsSync(beside)) return readFileSync(beside, 'utf8');
  return current ? (readRecoveryKey(current)?.lockedSecretArmored ?? null) : null;
}

async function decryptionKey(file: string, unlock: BackupUnlock, current: Db | null): Promise<openpgp.PrivateKey> {
  if (unlock.secretKeyArmored) {
    try {
      const key = await openpgp.readPrivateKey({ armoredKey: unlock.secretKeyArmored });
      if (key.isDecrypted()) return key;
      if (!unlock.passphrase)
        refuse('Kunci rahsia ini berkunci: berikan juga frasa laluannya.', undefined, 'passphrase');
      return await openpgp.decryptKey({ privateKey: key, passphrase: unlock.passphrase });
    } catch (error) {
      if (error instanceof AppError) throw error;
      refuse('Fail kunci ini bukan kunci rahsia OpenPGP yang boleh dibuka.', undefined, 'secretKey');
    }
  }
  if (unlock.passphrase) {
    const locked = lockedRecoveryKey(file, current);
    if (locked === null) {
      refuse(
        'Fail kunci pemulihan (kaunter-<kaunter>-kunci-pemulihan.asc) tiada di sebelah fail sandaran. Salin fail itu bersama sandaran, atau gunakan kunci ICT.',
      );
    }
    return unlockRecoveryKey(locked, unlock.passphrase);
  }
  return refuse(
    'Sandaran ini disulitkan: berikan frasa laluan pemulihan mahkamah atau fail kunci rahsia ICT.',
    undefined,
    'passphrase',
  );
}

function deviceKeyOf(db: Db): string | null {
  const row = db.prepare('SELECT public_armored AS armored FROM device_key WHERE id = 1').get() as
    { armored: string } | undefined;
  return row?.armored ?? null;
}

/**
 * The device key a backup must be signed by: the one the backup names, provided this counter knows it
 * (it is this counter's key now, or its audit chain recorded making it before a key was replaced). On a
 * new PC there is no ledger to ask, and the screen shows the fingerprint to compare with the setup slip.
 */
async function expectedSigner(backup: Db, current: Db | null): Promise<string> {
  const named = deviceKeyOf(backup);
  if (named === null) refuse('Sandaran ini tidak menamakan kunci peranti yang menandatanganinya.');
  const ours = current ? deviceKeyOf(current) : null;
  if (current === null || ours === null || ours === named) return named;
  const fingerprint = (await openpgp.readKey({ armoredKey: named })).getFingerprint();
  const known = current
    .prepare(
      "SELECT 1 FROM audit_events WHERE action IN ('deviceKey.create', 'deviceKey.replace') AND data LIKE ? LIMIT 1",
    )
    .get(`%${fingerprint}%`);
  // Not a key of this counter: verify against ours, which refuses with the fingerprint it expected.
  return known ? named : ours;
}

/**
 * Puts a backup into the data folder as the incoming database (`INCOMING_FILE`), where it is checked and
 * prepared before it may take the ledger's place. An encrypted backup is decrypted and its device
 * signature verified (against this counter's device key, or on a new PC the key the backup names) and
 * its signed audit head compared with what it holds; anything that fails is refused and removed before
 * anything changes.
 */
export async function stageBackup(
  dataDir: string,
  file: string,
  unlock: BackupUnlock,
  current: Db | null,
  hook?: CrashHook,
): Promise<StagedBackup> {
  if (!existsSync(file)) throw new AppError('NOT_FOUND', 'Fail sandaran {file} tidak dijumpai.', { file });
  mkdirSync(dataDir, { recursive: true });
  clearIncoming(dataDir);
  const incoming = join(dataDir, INCOMING_FILE);
  const bytes = readFileSync(file);
  if (isPlainSqlite(bytes)) {
    copyFileSync(file, incoming);
    fsyncFile(incoming);
    crashPoint('restore:copied', hook);
    return { incoming, encrypted: false, signature: null };
  }
  try {
    const opened = await openSealedBackup(bytes, await decryptionKey(file, unlock, current));
    if (!isPlainSqlite(opened.plain)) refuse('Isi sandaran ini bukan pangkalan data Kaunter Sandaran.');
    writeFileSync(incoming, opened.plain);
    fsyncFile(incoming);
    const db = openDatabase(incoming, { readonly: true });
    let signature;
    try {
      signature = await opened.verify(await expectedSigner(db, current));
      const facts = describeLedgerFile(db);
      if (signature.head.seq !== facts.auditEvents || signature.head.hash !== facts.auditHead) {
        refuse('Kepala rantaian audit dalam sandaran ini tidak sama dengan yang ditandatangani: sandaran diubah.');
      }
    } finally {
      db.close();
    }
    crashPoint('restore:copied', hook);
    return { incoming, encrypted: true, signature };
  } catch (error) {
    clearIncoming(dataDir);
    throw error;
  }
}
