import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { AppError } from '@shared/errors';
import type { DeviceKeyStatusView, DeviceKeyView } from '@shared/bundleViews';
import { appendAudit } from '../ledger/audit';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';

/**
 * Where this counter's secret signing key is kept. The Electron shell keeps it with the OS's own
 * protection (safeStorage); tests, the CLI and the browser host keep it in a file in the data folder.
 */
export interface DeviceKeyVault {
  load(): Promise<string | null>;
  save(armoredSecret: string): Promise<void>;
}

/** The file-backed vault's file, in the data folder. */
export const DEVICE_KEY_FILE = 'kunci-peranti.sec.asc';
/** The shell's safeStorage vault file, in the data folder: only this PC's Windows user can open it. */
export const PROTECTED_DEVICE_KEY_FILE = 'kunci-peranti.dilindungi';

/** Writes whole or not at all: temp name, fsync, rename; readable by the owner only. */
export function writeSecretFile(file: string, bytes: Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  chmodSync(file, 0o600);
}

/** The stand-in vault: the armored secret key as a file in the data folder (owner-only). */
export function fileDeviceKeyVault(dataDir: string): DeviceKeyVault {
  const file = join(dataDir, DEVICE_KEY_FILE);
  return {
    load: () => Promise.resolve(existsSync(file) ? readFileSync(file, 'utf8') : null),
    save: (armored) => {
      writeSecretFile(file, Buffer.from(armored, 'utf8'));
      return Promise.resolve();
    },
  };
}

/** A vault that lives as long as the process: for in-memory test ledgers. */
export function memoryDeviceKeyVault(): DeviceKeyVault {
  let stored: string | null = null;
  return {
    load: () => Promise.resolve(stored),
    save: (armored) => {
      stored = armored;
      return Promise.resolve();
    },
  };
}

interface DeviceKeyRow {
  fingerprint: string;
  public_armored: string;
  created_at: string;
}

export function readDeviceKey(ledger: Ledger): DeviceKeyView | null {
  const row = sql(ledger.db, 'SELECT fingerprint, public_armored, created_at FROM device_key WHERE id = 1').get() as
    DeviceKeyRow | undefined;
  if (!row) return null;
  return { fingerprint: row.fingerprint, publicArmored: row.public_armored, createdAt: row.created_at };
}

/** The key's user id: `Kaunter Sandaran <state+court>-<counter>`. */
export function deviceKeyUserId(ledger: Ledger): string {
  const { court } = requireCourtConfig(ledger);
  return userIdFor(court);
}

function userIdFor(court: { stateCode: string; courtCode: string; counterId: string }): string {
  return `Kaunter Sandaran ${court.stateCode}${court.courtCode}-${court.counterId}`;
}

export interface DeviceKey {
  view: DeviceKeyView;
  secret: openpgp.PrivateKey;
}

const LOST =
  'Kunci peranti kaunter ini tiada dalam simpanan: eksport dan sandaran tidak dapat ditandatangani. Kunci rahsia hanya boleh dibuka pada komputer dan akaun Windows yang membuatnya. Jika kaunter ini dipulihkan ke komputer baharu, Penolong Pendaftar perlu membuat kunci peranti baharu di Tetapan → Kunci dan Eksport dan menyerahkan slip persediaan baharu kepada ICT.';

/** A ledger with no key on record: nothing ties a bundle signed now to a setup slip ICT holds. */
export const NO_DEVICE_KEY =
  'Kaunter ini tiada kunci peranti yang direkodkan, jadi eksport tidak dapat ditandatangani dan tidak dibuat. Cetak slip persediaan di Tetapan → Kunci dan Eksport (kunci peranti dibuat ketika itu), serahkan slip itu kepada ICT, kemudian eksport semula.';

async function loadStored(ledger: Ledger, vault: DeviceKeyVault): Promise<openpgp.PrivateKey | null> {
  const recorded = readDeviceKey(ledger);
  const stored = await vault.load();
  if (stored === null) return null;
  const secret = await openpgp.readPrivateKey({ armoredKey: stored });
  const fingerprint = secret.getFingerprint();
  if (recorded && recorded.fingerprint !== fingerprint) {
    throw new AppError(
      'CONFLICT',
      'Kunci peranti dalam simpanan ({fingerprint}) bukan kunci yang direkodkan ({recorded}). Eksport dihentikan; hubungi ICT.',
      { fingerprint, recorded: recorded.fingerprint },
    );
  }
  return secret;
}

/**
 * The secret key a setup will record: the one already in the vault (a setup that failed after saving
 * it), else a new one saved there first, so the ledger never records a key the vault does not hold.
 * Dated by the app's clock, the clock every signature made with it uses.
 */
export async function prepareDeviceKey(
  vault: DeviceKeyVault,
  court: { stateCode: string; courtCode: string; counterId: string },
  at: Date,
): Promise<openpgp.PrivateKey> {
  const stored = await vault.load();
  if (stored !== null) return openpgp.readPrivateKey({ armoredKey: stored });
  // 'ecc' on Curve25519 is the v4 EdDSA/ECDH pair GnuPG 2.2 reads; openpgp 6's type 'curve25519' makes the
  // RFC 9580 Ed25519/X25519 algorithms, which GnuPG 2.2 (ICT's Kleopatra) cannot use.
  const { privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: userIdFor(court) }],
    date: at,
    format: 'object',
  });
  await vault.save(privateKey.armor());
  return privateKey;
}

/**
 * This counter's signing key, made if it has none yet: setup makes it (with the setup's transaction);
 * the setup slip and the key's screen make it for a folder set up before that. Later calls load it and
 * check the vault still holds the key the ledger names.
 */
export async function ensureDeviceKey(ledger: Ledger, vault: DeviceKeyVault, actor: string): Promise<DeviceKey> {
  const recorded = readDeviceKey(ledger);
  const secret = await loadStored(ledger, vault);
  if (secret !== null) return { view: recorded ?? recordDeviceKey(ledger, secret, actor), secret };
  if (recorded) throw new AppError('CONFLICT', LOST);
  const made = await prepareDeviceKey(vault, requireCourtConfig(ledger).court, ledger.clock());
  return { view: recordDeviceKey(ledger, made, actor), secret: made };
}

/** The key an export signs with: the one on record, never one made on the spot. */
export async function deviceKeyForExport(ledger: Ledger, vault: DeviceKeyVault): Promise<DeviceKey> {
  const recorded = readDeviceKey(ledger);
  if (!recorded) throw new AppError('CONFLICT', NO_DEVICE_KEY);
  const secret = await loadStored(ledger, vault);
  if (secret === null) throw new AppError('CONFLICT', LOST);
  return { view: recorded, secret };
}

/** Records the key's public half (in the caller's transaction when there is one), with its audit event. */
export function recordDeviceKey(ledger: Ledger, secret: openpgp.PrivateKey, actor: string): DeviceKeyView {
  const view: DeviceKeyView = {
    fingerprint: secret.getFingerprint(),
    publicArmored: secret.toPublic().armor(),
    // The key's own date, so the ledger and the key never disagree on when it was made.
    createdAt: secret.getCreationTime().toISOString(),
  };
  ledger.db.transaction(() => {
    sql(ledger.db, 'INSERT INTO device_key (id, fingerprint, public_armored, created_at) VALUES (1, ?, ?, ?)').run(
      view.fingerprint,
      view.publicArmored,
      view.createdAt,
    );
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor,
      action: 'deviceKey.create',
      entity: 'device_key',
      entityId: 1,
      data: { fingerprint: view.fingerprint, userIds: secret.getUserIDs() },
    });
  })();
  return view;
}

/**
 * This counter's key as the screen shows it, and whether this PC holds its secret half (it does not after
 * a restore onto a new PC: the old PC's key stays with the old PC).
 */
export async function deviceKeyStatus(
  ledger: Ledger,
  vault: DeviceKeyVault,
  actor: string,
): Promise<DeviceKeyStatusView> {
  const recorded = readDeviceKey(ledger);
  if (recorded && (await loadStored(ledger, vault)) === null) return { ...recorded, available: false };
  return { ...(await ensureDeviceKey(ledger, vault, actor)).view, available: true };
}

/**
 * A new device key for a counter whose recorded key this PC does not hold (restored onto a new PC, the
 * old one dead). The old key's public half stays in the chain's `deviceKey.replace` event, so ICT can see
 * the new key continues the old one's exports; ICT enrols the new key from the new setup slip. Refused
 * while this PC holds the recorded key: a working key is never replaced.
 */
export async function replaceDeviceKey(
  ledger: Ledger,
  vault: DeviceKeyVault,
  supervisorId: number,
  reason: string,
): Promise<DeviceKeyStatusView> {
  const recorded = readDeviceKey(ledger);
  if (!recorded) throw new AppError('CONFLICT', NO_DEVICE_KEY);
  if ((await loadStored(ledger, vault)) !== null) {
    throw new AppError(
      'CONFLICT',
      'Kunci peranti kaunter ini masih ada pada komputer ini: kunci yang berfungsi tidak diganti.',
    );
  }
  const made = await prepareDeviceKey(vault, requireCourtConfig(ledger).court, ledger.clock());
  const view: DeviceKeyView = {
    fingerprint: made.getFingerprint(),
    publicArmored: made.toPublic().armor(),
    createdAt: made.getCreationTime().toISOString(),
  };
  ledger.db.transaction(() => {
    sql(ledger.db, 'UPDATE device_key SET fingerprint = ?, public_armored = ?, created_at = ? WHERE id = 1').run(
      view.fingerprint,
      view.publicArmored,
      view.createdAt,
    );
    appendAudit(ledger.db, {
      at: ledger.clock().toISOString(),
      actor: `user:${supervisorId}`,
      action: 'deviceKey.replace',
      entity: 'device_key',
      entityId: 1,
      data: {
        previousFingerprint: recorded.fingerprint,
        previousPublicArmored: recorded.publicArmored,
        fingerprint: view.fingerprint,
        userIds: made.getUserIDs(),
        reason,
      },
    });
  })();
  return { ...view, available: true };
}
