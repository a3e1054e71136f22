import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { canonicalJson } from '@shared/canonicalJson';
import type { Db } from '../db/open';
import { sql } from '../db/statements';
import type { VerifyProblem } from '../ledger/verify';

/** The head file beside the ledger (and in the backup folder). */
export const HEAD_FILE = 'kaunter.head';
const FORMAT = 'kaunter-head/1';

/**
 * The audit chain's head as it was at `at`, kept outside the database: whatever is done to the file
 * later, its chain must still hold event `seq` with hash `hash`. Signed (Ed25519, the device key's own
 * EdDSA key, over the canonical JSON of every other field) when the counter has a device key.
 */
export interface HeadAnchor {
  format: typeof FORMAT;
  seq: number;
  hash: string;
  at: string;
  deviceKeyFingerprint: string | null;
  signature: string | null;
  note?: string;
}

/** Signs head anchors with the device key, synchronously (so the last head can be written at close). */
export interface HeadSigner {
  fingerprint: string;
  sign(bytes: Buffer): Buffer;
}

const b64u = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

interface EddsaParams {
  publicParams: { Q?: Uint8Array };
  privateParams?: { seed?: Uint8Array };
}

/** The device key's EdDSA point as a node key (the 0x40 prefix dropped). */
function publicKeyObject(key: openpgp.Key): KeyObject | null {
  const q = (key.keyPacket as unknown as EddsaParams).publicParams.Q;
  if (!q || q.length !== 33) return null;
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: b64u(q.subarray(1)) }, format: 'jwk' });
}

/** A signer from the device's armored secret key (null if it is not the EdDSA key this app makes). */
export async function headSignerFrom(armoredSecret: string): Promise<HeadSigner | null> {
  const secret = await openpgp.readPrivateKey({ armoredKey: armoredSecret });
  const params = secret.keyPacket as unknown as EddsaParams;
  const q = params.publicParams.Q;
  const seed = params.privateParams?.seed;
  if (!q || q.length !== 33 || !seed || seed.length !== 32) return null;
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: b64u(seed), x: b64u(q.subarray(1)) },
    format: 'jwk',
  });
  return { fingerprint: secret.getFingerprint(), sign: (bytes) => sign(null, bytes, key) };
}

function signedBytes(anchor: HeadAnchor): Buffer {
  const { signature: _signature, note: _note, ...signed } = anchor;
  return Buffer.from(canonicalJson(signed), 'utf8');
}

export function ledgerHead(db: Db): { seq: number; hash: string } | null {
  return (
    (sql(db, 'SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; hash: string } | undefined) ?? null
  );
}

export function makeHeadAnchor(head: { seq: number; hash: string }, at: string, signer: HeadSigner | null): HeadAnchor {
  const anchor: HeadAnchor = {
    format: FORMAT,
    seq: head.seq,
    hash: head.hash,
    at,
    deviceKeyFingerprint: signer?.fingerprint ?? null,
    signature: null,
  };
  if (!signer) return { ...anchor, note: 'Tidak ditandatangani: kaunter ini belum mempunyai kunci peranti.' };
  return { ...anchor, signature: signer.sign(signedBytes(anchor)).toString('base64') };
}

/** Whole or not at all: a temporary name, fsync, rename. */
function writeWhole(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/**
 * Writes the ledger's current head into `dir` (the data folder, the backup folder) as `kaunter.head`.
 * Nothing is written for an empty chain. Returns what was written.
 */
export function writeHeadAnchor(
  dir: string,
  db: Db,
  signer: HeadSigner | null = null,
  at: string = new Date().toISOString(),
): HeadAnchor | null {
  const head = ledgerHead(db);
  if (!head) return null;
  const anchor = makeHeadAnchor(head, at, signer);
  writeWhole(join(dir, HEAD_FILE), `${JSON.stringify(anchor, null, 2)}\n`);
  return anchor;
}

export type ReadAnchor =
  { kind: 'none' } | { kind: 'unreadable'; file: string } | { kind: 'anchor'; anchor: HeadAnchor };

export function readHeadAnchor(dir: string): ReadAnchor {
  const file = join(dir, HEAD_FILE);
  if (!existsSync(file)) return { kind: 'none' };
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<HeadAnchor>;
    if (
      parsed.format !== FORMAT ||
      typeof parsed.seq !== 'number' ||
      typeof parsed.hash !== 'string' ||
      typeof parsed.at !== 'string'
    ) {
      return { kind: 'unreadable', file };
    }
    return {
      kind: 'anchor',
      anchor: {
        format: FORMAT,
        seq: parsed.seq,
        hash: parsed.hash,
        at: parsed.at,
        deviceKeyFingerprint: parsed.deviceKeyFingerprint ?? null,
        signature: parsed.signature ?? null,
        ...(parsed.note ? { note: parsed.note } : {}),
      },
    };
  } catch {
    return { kind: 'unreadable', file };
  }
}

/** The signature against the device key the ledger records: null when it holds, else why not. */
async function signatureProblem(db: Db, anchor: HeadAnchor): Promise<string | null> {
  if (anchor.signature === null) return null;
  const row = sql(db, 'SELECT fingerprint, public_armored FROM device_key WHERE id = 1').get() as
    { fingerprint: string; public_armored: string } | undefined;
  if (!row || row.fingerprint !== anchor.deviceKeyFingerprint) return 'KEY';
  const key = publicKeyObject(await openpgp.readKey({ armoredKey: row.public_armored }));
  if (!key) return 'KEY';
  return verify(null, signedBytes(anchor), key, Buffer.from(anchor.signature, 'base64')) ? null : 'SIGNATURE';
}

/**
 * The ledger's chain must contain the anchored head: an event at `seq` with the same hash. A shorter
 * chain (the tail deleted) or another hash there (the chain rewritten and re-hashed) is a failure, as is
 * an anchor whose signature does not hold (the head file itself edited). `where` names the file.
 */
export async function checkHeadAnchor(db: Db, read: ReadAnchor, where: string): Promise<VerifyProblem | null> {
  if (read.kind === 'none') return null;
  if (read.kind === 'unreadable') {
    return {
      messageMs: `Fail kepala rantaian audit ${where} tidak dapat dibaca: ia mungkin telah diubah.`,
      messageEn: `The audit chain head file ${where} cannot be read: it may have been edited.`,
    };
  }
  const { anchor } = read;
  const signature = await signatureProblem(db, anchor);
  if (signature !== null) {
    return {
      messageMs: `Fail kepala rantaian audit ${where} (${anchor.at}) tidak ditandatangani oleh kunci peranti kaunter ini: fail itu atau pangkalan data telah diubah.`,
      messageEn: `The audit chain head file ${where} (${anchor.at}) is not signed by this counter's device key: that file or the database was edited.`,
    };
  }
  const event = sql(db, 'SELECT hash FROM audit_events WHERE seq = ?').get(anchor.seq) as { hash: string } | undefined;
  const head = ledgerHead(db);
  if (!event) {
    return {
      messageMs: `Rantaian audit hanya ada ${head?.seq ?? 0} peristiwa, tetapi kepalanya direkodkan pada #${anchor.seq} (${where}, ${anchor.at}): peristiwa ${(head?.seq ?? 0) + 1} hingga ${anchor.seq} telah dipadam.`,
      messageEn: `The audit chain has only ${head?.seq ?? 0} events, but its head was recorded at #${anchor.seq} (${where}, ${anchor.at}): events ${(head?.seq ?? 0) + 1} to ${anchor.seq} were deleted.`,
    };
  }
  if (event.hash !== anchor.hash) {
    return {
      messageMs: `Peristiwa audit #${anchor.seq} bukan lagi peristiwa yang direkodkan sebagai kepala rantaian (${where}, ${anchor.at}): rantaian telah ditulis semula dan dicincang semula.`,
      messageEn: `Audit event #${anchor.seq} is no longer the event recorded as the chain's head (${where}, ${anchor.at}): the chain was rewritten and re-hashed.`,
    };
  }
  return null;
}

/**
 * A ledger set aside (by a restore) takes its head file with it: the head belongs to that chain, and the
 * restored, shorter one would otherwise fail against it. `aside` is the set-aside database's path.
 */
export function setHeadAnchorAside(dataDir: string, aside: string): void {
  const file = join(dataDir, HEAD_FILE);
  if (existsSync(file)) renameSync(file, `${aside}.head`);
}
