import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import { appendAudit } from '../ledger/audit';
import type { Db } from '../db/open';
import type { Ledger } from '../ledger/ledger';

/**
 * The court recovery key: an OpenPGP key pair made when the supervisor sets the court recovery
 * passphrase. Its secret half is locked with the passphrase (OpenPGP S2K) and only ever stored locked,
 * in the ledger and beside every backup; its public half lets a scheduled backup be encrypted without
 * anyone typing the passphrase. The passphrase itself is never stored, logged or audited.
 */
export interface RecoveryKey {
  fingerprint: string;
  publicArmored: string;
  lockedSecretArmored: string;
  setAt: string;
}

export const MIN_PASSPHRASE = 12;
const SETTING = 'backup.recoveryKey';
export const RECOVERY_USER_ID = 'Kaunter Sandaran - kunci pemulihan sandaran';

export function checkPassphrase(passphrase: string, path = 'passphrase'): void {
  if (passphrase.length < MIN_PASSPHRASE) {
    throw AppError.onField('VALIDATION', path, 'Frasa laluan pemulihan mesti sekurang-kurangnya {min} aksara.', {
      min: MIN_PASSPHRASE,
    });
  }
}

export function readRecoveryKey(db: Db): RecoveryKey | null {
  const row = db.prepare('SELECT value FROM court_settings WHERE key = ?').get(SETTING) as
    { value: string } | undefined;
  return row ? (JSON.parse(row.value) as RecoveryKey) : null;
}

/** Makes the key pair, locked with the passphrase. Slow (key generation, S2K): call outside a transaction. */
export async function makeRecoveryKey(passphrase: string, at: Date): Promise<RecoveryKey> {
  checkPassphrase(passphrase);
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: RECOVERY_USER_ID }],
    passphrase,
    date: at,
    format: 'armored',
  });
  const key = await openpgp.readKey({ armoredKey: publicKey });
  return {
    fingerprint: key.getFingerprint(),
    publicArmored: publicKey,
    lockedSecretArmored: privateKey,
    setAt: at.toISOString(),
  };
}

/** Stores the key and its audit event (fingerprint only). Call inside the caller's transaction. */
export function storeRecoveryKey(db: Db, key: RecoveryKey, actor: string): void {
  const replaced = readRecoveryKey(db);
  db.prepare(
    'INSERT INTO court_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(SETTING, JSON.stringify(key));
  appendAudit(db, {
    at: key.setAt,
    actor,
    action: 'backup.recoveryKey.set',
    entity: 'court',
    entityId: 1,
    data: { fingerprint: key.fingerprint, replaced: replaced?.fingerprint ?? null },
  });
}

/** Tetapan → Sandaran: the supervisor sets (or changes) the court recovery passphrase. */
export async function setRecoveryPassphrase(
  ledger: Ledger,
  actor: string,
  passphrase: string,
): Promise<{ fingerprint: string; setAt: string }> {
  const key = await makeRecoveryKey(passphrase, ledger.clock());
  ledger.db.transaction(() => storeRecoveryKey(ledger.db, key, actor))();
  return { fingerprint: key.fingerprint, setAt: key.setAt };
}

/** Unlocks a locked recovery key with the passphrase, or says the passphrase is wrong. */
export async function unlockRecoveryKey(lockedSecretArmored: string, passphrase: string): Promise<openpgp.PrivateKey> {
  const locked = await openpgp.readPrivateKey({ armoredKey: lockedSecretArmored });
  try {
    return await openpgp.decryptKey({ privateKey: locked, passphrase });
  } catch {
    throw AppError.onField(
      'VALIDATION',
      'passphrase',
      'Frasa laluan pemulihan salah: sandaran tidak dapat dibuka. Tiada apa-apa diubah.',
    );
  }
}
