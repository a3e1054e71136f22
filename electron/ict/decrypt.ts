import * as openpgp from 'openpgp';
import { BundleFailure } from './findings';

export interface Unlock {
  /** ICT's unlocked secret keys. */
  secretKeys: openpgp.PrivateKey[];
  /** The export passphrase, when the bundle was also encrypted to one. */
  passphrase: string | null;
}

export interface Decrypted {
  zip: Uint8Array;
  /** Lowercase hex fingerprint of the key that made the (verified) signature. */
  signerFingerprint: string;
  /** How far ahead of this PC's clock the counter's clock was when it signed (ms); 0 when it was not. */
  signedAheadMs: number;
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function keyIdsOf(keys: readonly openpgp.Key[]): Set<string> {
  return new Set(keys.flatMap((k) => k.getKeyIDs().map((id) => id.toHex())));
}

async function readMessage(bytes: Uint8Array): Promise<openpgp.Message<Uint8Array>> {
  try {
    return await openpgp.readMessage({ binaryMessage: bytes });
  } catch {
    throw new BundleFailure(
      'DAMAGED',
      'Fail ini bukan mesej OpenPGP yang sah: rosak atau bukan berkas kaunter.',
      'This file is not a valid OpenPGP message: damaged, or not a counter bundle.',
    );
  }
}

/**
 * Picks how to open the message: with our secret keys when it is encrypted to one of them, else with
 * the passphrase when it has a passphrase packet (openpgp tries only the passphrase once one is given,
 * so the two are never offered together).
 */
function chooseUnlock(message: openpgp.Message<Uint8Array>, unlock: Unlock): Unlock {
  const recipients = message.getEncryptionKeyIDs().map((id) => id.toHex());
  const ours = keyIdsOf(unlock.secretKeys);
  const hasPassphrasePacket = message.packets.filterByTag(openpgp.enums.packet.symEncryptedSessionKey).length > 0;
  if (recipients.some((id) => ours.has(id))) return { secretKeys: unlock.secretKeys, passphrase: null };
  if (unlock.passphrase !== null && hasPassphrasePacket) return { secretKeys: [], passphrase: unlock.passphrase };
  const list = recipients.length > 0 ? recipients.join(', ') : '—';
  throw new BundleFailure(
    'WRONG_KEY',
    `Berkas ini tidak disulitkan untuk kunci yang diberi (disulitkan untuk ${list}${hasPassphrasePacket ? ' dan frasa laluan' : ''}).`,
    `This bundle is not encrypted to the key given (it is encrypted to ${list}${hasPassphrasePacket ? ' and a passphrase' : ''}).`,
  );
}

/**
 * A wrong passphrase usually fails at the session key, but now and then (about 1 in 100) it yields a
 * plausible key and fails later at the integrity check, just as a damaged file would: with only a
 * passphrase to go on, the two cannot be told apart, and the message says so.
 */
function decryptFailure(used: Unlock, cause: unknown): BundleFailure {
  const detail = cause instanceof Error ? cause.message : String(cause);
  if (used.secretKeys.length === 0) {
    return new BundleFailure(
      'WRONG_PASSPHRASE',
      'Frasa laluan berkas salah (atau fail rosak): berkas tidak dapat dinyahsulit.',
      'The bundle passphrase is wrong (or the file is damaged): the bundle cannot be decrypted.',
    );
  }
  return new BundleFailure(
    'DAMAGED',
    `Berkas tidak dapat dinyahsulit: fail rosak atau telah diubah (${detail}).`,
    `The bundle cannot be decrypted: the file is damaged or was changed (${detail}).`,
  );
}

/**
 * Decrypts a bundle and insists on a good signature by one of the trusted counter keys (only those:
 * a key that merely travels with the bundle never verifies it). Every way this can fail is a
 * BundleFailure with its reason, so a merge can report it and go on.
 */
export async function decryptBundle(
  bytes: Uint8Array,
  unlock: Unlock,
  trustedSigners: readonly openpgp.PublicKey[],
): Promise<Decrypted> {
  const message = await readMessage(bytes);
  const used = chooseUnlock(message, unlock);
  let result: Awaited<ReturnType<typeof openpgp.decrypt<Uint8Array>>>;
  // A message object is spent once decrypted: a second pass reads the bytes again.
  const decrypt = async (date?: Date) =>
    openpgp.decrypt({
      message: date ? await readMessage(bytes) : message,
      decryptionKeys: used.secretKeys.length > 0 ? used.secretKeys : undefined,
      passwords: used.passphrase !== null ? [used.passphrase] : undefined,
      verificationKeys: [...trustedSigners],
      format: 'binary',
      ...(date ? { date } : {}),
    });
  try {
    result = await decrypt();
  } catch (cause) {
    throw decryptFailure(used, cause);
  }
  const [signature] = result.signatures;
  if (!signature) {
    throw new BundleFailure(
      'UNSIGNED',
      'Berkas tidak ditandatangani oleh kunci peranti kaunter: jangan percaya kandungannya.',
      "The bundle is not signed by a counter's device key: do not trust its contents.",
    );
  }
  const packet = (await signature.signature).packets[0];
  const issuer = packet?.issuerFingerprint ? hex(packet.issuerFingerprint) : signature.keyID.toHex();
  const signer = trustedSigners.find((k) => k.getKeyIDs().some((id) => id.equals(signature.keyID)));
  if (!signer) {
    throw new BundleFailure(
      'UNVERIFIED',
      `Berkas ditandatangani oleh kunci yang tidak didaftarkan (${issuer}), bukan kunci peranti yang dipercayai.`,
      `The bundle is signed by a key that is not enrolled (${issuer}), not a trusted device key.`,
      issuer,
    );
  }
  // A counter whose clock ran ahead signs "in the future" of this PC: verify at the signature's own time
  // (its key must still have been valid then) and say how far ahead it was, instead of calling it forged.
  const created = packet?.created ?? null;
  const signedAheadMs = created ? Math.max(0, created.getTime() - Date.now()) : 0;
  if (signedAheadMs > 0 && created) {
    try {
      result = await decrypt(created);
    } catch (cause) {
      throw decryptFailure(used, cause);
    }
  }
  const verified = signedAheadMs > 0 ? result.signatures[0]?.verified : signature.verified;
  try {
    await verified;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new BundleFailure(
      'BAD_SIGNATURE',
      `Tandatangan berkas TIDAK SAH (${detail}): kandungan telah diubah.`,
      `The bundle signature is BAD (${detail}): the contents were changed.`,
    );
  }
  return { zip: result.data, signerFingerprint: signer.getFingerprint(), signedAheadMs };
}
