import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import * as openpgp from 'openpgp';
import type { AuditEvent } from '../ledger/audit';
import type { SettingsSnapshot } from './settingsSnapshot';

/**
 * A segment as it is inside its OpenPGP message: UTF-8 JSON of the header, the audit events from
 * `firstSeq` to `lastSeq` exactly as hashed (plus `hash`), and the rows those events made or changed as
 * they stood when the segment was written (the events alone do not carry a filing's or a party's every
 * field), so a reader can show the records without the ledger.
 */
export const SEGMENT_FORMAT = 'kaunter-sandaran/court-segment';
export const SEGMENT_VERSION = 1;

export interface SegmentHeader {
  format: typeof SEGMENT_FORMAT;
  version: typeof SEGMENT_VERSION;
  /** State code + court code, e.g. 05005. */
  court: string;
  counter: string;
  /** The device key that signed it (the setup slip's fingerprint). */
  fingerprint: string;
  segmentNo: number;
  firstSeq: number;
  lastSeq: number;
  /** SHA-256 of the previous segment's file as published (null for segment 1). */
  previousSha256: string | null;
  /** The hash of the event `lastSeq`: the chain's head when the segment was written. */
  chainHead: string;
  publishedAt: string;
}

export type Row = Record<string, unknown>;

export interface SegmentRows {
  cases: Row[];
  parties: Row[];
  filings: Row[];
  receipts: Row[];
  /**
   * The lines of those receipts (added after the first segments were written: absent in those). A
   * rebuild of this counter on a new PC needs them (a receipt's total is the sum of its lines).
   */
  receiptItems?: Row[];
  /**
   * The configuration tables whole, in a segment where something other than the day's records changed
   * (`settingsSnapshot.ts`); absent in the others and in those an older app wrote.
   */
  settings?: SettingsSnapshot;
}

export interface SegmentBody {
  header: SegmentHeader;
  events: AuditEvent[];
  rows: SegmentRows;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Signed by the device key, encrypted to the court's enrolled counters and ICT (openpgp 6 defaults). */
export async function sealSegment(
  body: SegmentBody,
  options: { signer: openpgp.PrivateKey; recipients: string[]; date: Date },
): Promise<Uint8Array> {
  const encryptionKeys = await Promise.all(options.recipients.map((armoredKey) => openpgp.readKey({ armoredKey })));
  const plain = new TextEncoder().encode(JSON.stringify(body));
  // As the backup seals: never sign "before" a key that was made on a PC whose clock runs ahead.
  const date = new Date(
    Math.max(options.date.getTime(), ...[options.signer, ...encryptionKeys].map((k) => k.getCreationTime().getTime())),
  );
  const message = await openpgp.createMessage({ binary: plain, format: 'binary', date });
  return (await openpgp.encrypt({
    message,
    encryptionKeys,
    signingKeys: options.signer,
    date,
    format: 'binary',
  })) as Uint8Array;
}

/** What opening a segment found, before any check of its content. */
export type Opened =
  | { ok: true; body: SegmentBody; signerKeyIds: string[]; verify(signerArmored: string): Promise<boolean> }
  | { ok: false; problem: 'UNREADABLE' };

function isBody(value: unknown): value is SegmentBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SegmentBody>;
  return (
    typeof v.header === 'object' &&
    v.header !== null &&
    v.header.format === SEGMENT_FORMAT &&
    Array.isArray(v.events) &&
    typeof v.rows === 'object' &&
    v.rows !== null
  );
}

/**
 * The segment's text, or null unless it is well-formed UTF-8: what `new TextDecoder('utf-8', { fatal: true })`
 * gives (a leading byte order mark dropped), by Node's native check and decoder, several times faster on
 * a segment of megabytes.
 */
export function utf8Text(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bom = buffer.length >= 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  return buffer.toString('utf8', bom ? 3 : 0);
}

/**
 * A decrypted segment's body, or null unless it is well-formed UTF-8 JSON of a segment's shape: the part
 * of opening that needs no key (a reader that decrypts on another thread parses here).
 */
export function bodyOf(literal: Uint8Array): SegmentBody | null {
  const text = utf8Text(literal);
  if (text === null) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isBody(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/**
 * Decrypts with this counter's key (or any of ICT's keys); the signature is checked by the caller against
 * the enrolled key.
 */
export async function openSegment(
  bytes: Uint8Array,
  decryptionKey: openpgp.PrivateKey | openpgp.PrivateKey[],
): Promise<Opened> {
  try {
    const message = await openpgp.readMessage({ binaryMessage: bytes });
    const decrypted = (await message.decrypt([decryptionKey].flat())) as openpgp.Message<Uint8Array>;
    const literal = decrypted.getLiteralData();
    if (!(literal instanceof Uint8Array)) return { ok: false, problem: 'UNREADABLE' };
    const parsed = bodyOf(literal);
    if (parsed === null) return { ok: false, problem: 'UNREADABLE' };
    const signerKeyIds = decrypted.getSigningKeyIDs().map((id) => id.toHex());
    return {
      ok: true,
      body: parsed,
      signerKeyIds,
      verify: async (signerArmored) => {
        const signer = await openpgp.readKey({ armoredKey: signerArmored });
        const [result] = await decrypted.verify([signer]);
        if (!result) return false;
        try {
          await result.verified;
          return true;
        } catch {
          return false;
        }
      },
    };
  } catch {
    return { ok: false, problem: 'UNREADABLE' };
  }
}

/** The key ids (primary and subkeys) of an armored public key, to tell "another key" from "a bad signature". */
export async function keyIdsOf(armored: string): Promise<string[]> {
  const key = await openpgp.readKey({ armoredKey: armored });
  return key.getKeyIDs().map((id) => id.toHex());
}
