import * as openpgp from 'openpgp';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import type { IctKeysView, IctKeyView } from '@shared/bundleViews';
import { appendAudit, userActor } from '../ledger/audit';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

interface IctKeyRow {
  id: number;
  fingerprint: string;
  user_ids: string;
  armored: string;
  expires_at: string | null;
  added_at: string;
  added_by_name: string;
  removed_at: string | null;
}

function refuse(key: MessageKey, values?: MessageValues): never {
  throw AppError.onField('VALIDATION', 'armored', key, values);
}

/** An armored public key ICT may receive bundles with; anything else is refused with the reason. */
export async function checkIctKey(armored: string, now: Date): Promise<openpgp.PublicKey> {
  if (/-----BEGIN PGP PRIVATE KEY BLOCK-----/.test(armored)) {
    refuse('Ini kunci RAHSIA (private key). Import hanya kunci AWAM ICT; kunci rahsia tidak boleh berada di kaunter.');
  }
  if (!/-----BEGIN PGP PUBLIC KEY BLOCK-----/.test(armored)) {
    refuse('Bukan kunci awam OpenPGP berperisai (mesti bermula "-----BEGIN PGP PUBLIC KEY BLOCK-----").');
  }
  let keys: openpgp.Key[];
  try {
    keys = await openpgp.readKeys({ armoredKeys: armored });
  } catch {
    refuse('Kunci awam ini rosak atau tidak lengkap (armor tidak sah). Minta ICT menghantar fail .asc sekali lagi.');
  }
  if (keys.length !== 1) refuse('Fail ini mengandungi lebih daripada satu kunci. Import satu kunci pada satu masa.');
  const key = keys[0] as openpgp.Key;
  if (key.isPrivate()) {
    refuse('Ini kunci RAHSIA (private key). Import hanya kunci AWAM ICT; kunci rahsia tidak boleh berada di kaunter.');
  }
  if (key.keyPacket.version !== 4) refuse('Kunci OpenPGP versi 6 tidak disokong: GnuPG ICT tidak dapat membukanya.');
  // A key made minutes ago on ICT's PC may be "in the future" for a counter whose clock lags: judge its
  // signatures at its own creation time then, but its expiry always at the counter's now.
  const at = new Date(Math.max(now.getTime(), key.getCreationTime().getTime()));
  if (await key.isRevoked(undefined, undefined, at)) refuse('Kunci ini telah dibatalkan (revoked) oleh pemiliknya.');
  const expiry = await key.getExpirationTime();
  if (expiry instanceof Date && expiry.getTime() <= now.getTime()) {
    refuse('Kunci ini telah tamat tempoh pada {expiry}.', { expiry: expiry.toISOString().slice(0, 10) });
  }
  try {
    await key.verifyPrimaryKey(at);
  } catch {
    refuse('Kunci ini tidak sah (tandatangan kunci rosak, tamat tempoh atau dibatalkan).');
  }
  try {
    await key.getEncryptionKey(undefined, at);
  } catch {
    refuse('Kunci ini tidak boleh menyulitkan (tiada subkunci penyulitan yang sah). Minta kunci penyulitan ICT.');
  }
  return key as openpgp.PublicKey;
}

function toView(row: IctKeyRow): IctKeyView {
  return {
    id: row.id,
    fingerprint: row.fingerprint,
    userIds: JSON.parse(row.user_ids) as string[],
    expiresAt: row.expires_at,
    addedAt: row.added_at,
    addedBy: row.added_by_name,
    removedAt: row.removed_at,
  };
}

const SELECT = `SELECT k.id, k.fingerprint, k.user_ids, k.armored, k.expires_at, k.added_at, u.name AS added_by_name, k.removed_at
  FROM ict_keys k JOIN users u ON u.id = k.added_by`;

export function listIctKeys(ledger: Ledger): IctKeysView {
  const rows = sql(ledger.db, `${SELECT} ORDER BY k.id`).all() as IctKeyRow[];
  const keys = rows.map(toView);
  return { keys, activeCount: keys.filter((k) => k.removedAt === null).length };
}

/** The armored keys exports are encrypted to. */
export function activeIctKeyArmors(ledger: Ledger): { fingerprint: string; armored: string }[] {
  return sql(ledger.db, 'SELECT fingerprint, armored FROM ict_keys WHERE removed_at IS NULL ORDER BY id').all() as {
    fingerprint: string;
    armored: string;
  }[];
}

export async function importIctKey(ledger: Ledger, actorId: number, armored: string): Promise<IctKeysView> {
  const now = ledger.clock();
  const key = await checkIctKey(armored.trim(), now);
  const fingerprint = key.getFingerprint();
  const existing = sql(ledger.db, 'SELECT id, removed_at FROM ict_keys WHERE fingerprint = ?').get(fingerprint) as
    { id: number; removed_at: string | null } | undefined;
  if (existing) {
    if (existing.removed_at === null)
      throw new AppError('CONFLICT', 'Kunci {fingerprint} sudah diimport.', { fingerprint });
    throw new AppError(
      'CONFLICT',
      'Kunci {fingerprint} pernah dibuang; kunci yang dibuang tidak diimport semula. Minta kunci baharu daripada ICT.',
      { fingerprint },
    );
  }
  const expiry = await key.getExpirationTime();
  const expiresAt = expiry instanceof Date ? expiry.toISOString() : null;
  const userIds = key.getUserIDs();
  ledger.db.transaction(() => {
    const id = sql(
      ledger.db,
      `INSERT INTO ict_keys (fingerprint, user_ids, armored, expires_at, added_at, added_by)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ).run(fingerprint, JSON.stringify(userIds), key.armor(), expiresAt, now.toISOString(), actorId).lastInsertRowid;
    appendAudit(ledger.db, {
      at: now.toISOString(),
      actor: userActor(actorId),
      action: 'ictKey.import',
      entity: 'ict_key',
      entityId: Number(id),
      data: { fingerprint, userIds, expiresAt },
    });
  })();
  return listIctKeys(ledger);
}

/** Takes a key out of use: marked removed, never deleted, so past exports still say whom they were for. */
export function removeIctKey(ledger: Ledger, actorId: number, keyId: number): IctKeysView {
  const at = ledger.clock().toISOString();
  ledger.db.transaction(() => {
    const row = sql(ledger.db, 'SELECT fingerprint, removed_at FROM ict_keys WHERE id = ?').get(keyId) as
      { fingerprint: string; removed_at: string | null } | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'Kunci ICT itu tidak dijumpai.');
    if (row.removed_at !== null) throw new AppError('CONFLICT', 'Kunci ICT itu sudah dibuang.');
    sql(ledger.db, 'UPDATE ict_keys SET removed_at = ?, removed_by = ? WHERE id = ?').run(at, actorId, keyId);
    appendAudit(ledger.db, {
      at,
      actor: userActor(actorId),
      action: 'ictKey.remove',
      entity: 'ict_key',
      entityId: keyId,
      data: { fingerprint: row.fingerprint },
    });
  })();
  return listIctKeys(ledger);
}
