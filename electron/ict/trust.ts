import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type * as openpgp from 'openpgp';
import { fingerprintGroups } from '../services/documents/handoverDoc';
import { decryptBundle, type Decrypted, type Unlock } from './decrypt';
import { BundleFailure } from './findings';
import { bundleBase, deviceKeyBeside, KeyProblem, loadPublicKeys } from './keys';
import type { TrustList } from './trustFile';

/** A device key a bundle may be verified against, and why ICT trusts it. */
export interface TrustedKey {
  key: openpgp.PublicKey;
  fingerprint: string;
  label: string;
  /** How it came to be trusted, for the printout: the trust list, or `--signer` on this run. */
  via: string;
}

/** What `ict open` / `ict merge` trust on one run: the enrolled keys and the `--signer` ones. */
export interface TrustedSigners {
  keys: TrustedKey[];
  /**
   * Fingerprints given with `--signer FPR` (typed from a setup slip): the `.device-key.asc` beside a
   * bundle is used for it only when it is the key with that fingerprint.
   */
  fingerprints: string[];
}

/** Spaces, colons and a leading 0x removed, lowercased; null when it is not a v4 or v6 fingerprint. */
export function normaliseFingerprint(text: string): string | null {
  const hex = text.trim().replace(/^0x/i, '').replace(/[\s:]/g, '').toLowerCase();
  return /^[0-9a-f]{40}$/.test(hex) || /^[0-9a-f]{64}$/.test(hex) ? hex : null;
}

/** As the setup slip prints it: `5A84 D531 177E 193B E04B  34FD B0A0 6AF9 FE27 BEFC`. */
export const groupedFingerprint = fingerprintGroups;

export function labelOf(key: openpgp.PublicKey): string {
  return key.getUserIDs()[0] ?? '—';
}

export function trustedFromList(list: TrustList): TrustedKey[] {
  return list.keys.map((key, i) => ({
    key,
    fingerprint: key.getFingerprint(),
    label: list.devices[i]?.label ?? labelOf(key),
    via: `senarai amanah / trust list, ${list.devices[i]?.enrolledAt.slice(0, 10) ?? ''}`,
  }));
}

/**
 * What one run trusts: the trust list, plus each `--signer` (a key file, or a fingerprint typed from a
 * setup slip). `path` resolves a file name the way the command line means it.
 */
export async function signersForRun(
  list: TrustList,
  signerArgs: readonly string[],
  path: (file: string) => string,
): Promise<TrustedSigners> {
  const keys = trustedFromList(list);
  const fingerprints: string[] = [];
  for (const arg of signerArgs) {
    const fingerprint = normaliseFingerprint(arg);
    if (fingerprint && !existsSync(path(arg))) {
      fingerprints.push(fingerprint);
      continue;
    }
    if (/^[0-9a-fA-Fx\s:]+$/.test(arg) && !existsSync(path(arg))) {
      throw new KeyProblem(
        `--signer ${arg}: bukan cap jari 40 digit heks dan bukan fail kunci.`,
        `--signer ${arg}: neither a 40-hex-digit fingerprint nor a key file.`,
      );
    }
    const file = path(arg);
    for (const key of await loadPublicKeys(file)) {
      keys.push({ key, fingerprint: key.getFingerprint(), label: labelOf(key), via: `--signer ${basename(file)}` });
    }
  }
  return { keys, fingerprints };
}

async function besideKeys(file: string): Promise<openpgp.PublicKey[] | null> {
  try {
    return await deviceKeyBeside(file);
  } catch (cause) {
    if (cause instanceof KeyProblem) return null;
    throw cause;
  }
}

function matches(key: openpgp.PublicKey, issuer: string): boolean {
  return key.getFingerprint() === issuer || key.getKeyIDs().some((id) => id.toHex() === issuer);
}

/**
 * The reason a bundle signed by an unenrolled key is not passed, saying what the key beside it is
 * (the likely fix is to compare that key with the slip and enrol it) or that it is not the signer.
 */
function unverified(file: string, issuer: string, beside: openpgp.PublicKey[] | null): BundleFailure {
  const besideName = `${bundleBase(basename(file))}.device-key.asc`;
  const enrol = `npm run kaunter -- ict trust add ${bundleBase(file)}.device-key.asc`;
  const signer = beside?.find((k) => matches(k, issuer));
  if (signer) {
    const fpr = groupedFingerprint(signer.getFingerprint());
    return new BundleFailure(
      'UNVERIFIED',
      `Berkas ditandatangani oleh kunci peranti yang tidak didaftarkan dalam senarai amanah ICT: ${fpr} (${labelOf(signer)}, dari ${besideName}). Kandungannya tidak boleh dipercayai. Bandingkan cap jari ini dengan slip persediaan kaunter; jika sama, daftarkan: ${enrol}`,
      `The bundle is signed by a device key not enrolled in ICT's trust list: ${fpr} (${labelOf(signer)}, from ${besideName}). Its contents cannot be trusted. Compare this fingerprint with the counter's setup slip; if it is the same, enrol it: ${enrol}`,
      signer.getFingerprint(),
    );
  }
  const shown = issuer.length === 40 || issuer.length === 64 ? groupedFingerprint(issuer) : issuer.toUpperCase();
  const besideMs = beside
    ? `${besideName} di sebelahnya ialah kunci lain`
    : `tiada ${besideName} yang sah di sebelahnya`;
  const besideEn = beside ? `the ${besideName} beside it is another key` : `there is no valid ${besideName} beside it`;
  return new BundleFailure(
    'UNVERIFIED',
    `Berkas ditandatangani oleh kunci yang tidak didaftarkan dalam senarai amanah ICT (${shown}); ${besideMs}. Kandungannya tidak boleh dipercayai: dapatkan kunci peranti dan slip persediaan kaunter ini.`,
    `The bundle is signed by a key not enrolled in ICT's trust list (${shown}); ${besideEn}. Its contents cannot be trusted: get this counter's device key and setup slip.`,
    issuer,
  );
}

/** The keys one bundle may be verified against: the enrolled ones, and the one beside it if `--signer FPR` names it. */
function keysFor(trust: TrustedSigners, beside: openpgp.PublicKey[] | null): TrustedKey[] {
  const vouched = (beside ?? [])
    .filter((k) => trust.fingerprints.includes(k.getFingerprint()))
    .map((key) => ({
      key,
      fingerprint: key.getFingerprint(),
      label: labelOf(key),
      via: `--signer ${groupedFingerprint(key.getFingerprint())}`,
    }));
  return [...trust.keys, ...vouched];
}

/**
 * Decrypts a bundle and requires a good signature by a key ICT trusts. A signature by any other key,
 * the one beside the bundle included, is a BundleFailure of kind UNVERIFIED: never passed.
 */
export async function decryptTrusted(
  file: string,
  bytes: Uint8Array,
  unlock: Unlock,
  trust: TrustedSigners,
): Promise<Decrypted & { trusted: TrustedKey }> {
  const beside = await besideKeys(file);
  const keys = keysFor(trust, beside);
  let decrypted: Decrypted;
  try {
    decrypted = await decryptBundle(
      bytes,
      unlock,
      keys.map((k) => k.key),
    );
  } catch (cause) {
    if (cause instanceof BundleFailure && cause.kind === 'UNVERIFIED') {
      throw unverified(file, cause.signer ?? '', beside);
    }
    throw cause;
  }
  const trusted = keys.find((k) => k.fingerprint === decrypted.signerFingerprint);
  if (!trusted) throw new Error('decryptBundle returned a signer it was not given');
  return { ...decrypted, trusted };
}
