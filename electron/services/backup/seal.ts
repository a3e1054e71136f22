import { createReadStream, createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as openpgp from 'openpgp';
import { AppError, type MessageKey, type MessageValues } from '@shared/errors';
import { SealWorkerUnavailable, sealInWorker } from './sealWorker';

/**
 * A backup on the stick is an OpenPGP message (openpgp 6 defaults: v4 keys, SEIPD v1, no AEAD, so
 * `gpg --decrypt` opens it with an ICT key) encrypted to ICT's keys, the escrow key and the court
 * recovery key, and signed by the device key. The signature carries the ledger's audit head (sequence
 * and hash) as a notation, so the head a backup claims is the head the counter signed.
 */
export interface AuditHead {
  seq: number;
  hash: string | null;
}

export const HEAD_NOTATION = 'audit-head@kaunter-sandaran';
const SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

export function isPlainSqlite(bytes: Uint8Array): boolean {
  return bytes.length >= 16 && Buffer.from(bytes.subarray(0, 16)).equals(SQLITE_MAGIC);
}

export interface SealOptions {
  recipients: string[];
  signer: openpgp.PrivateKey;
  head: AuditHead;
  date: Date;
}

export async function sealBackup(plain: Uint8Array, options: SealOptions): Promise<Uint8Array> {
  return (await encrypted(
    await openpgp.createMessage({ binary: plain, format: 'binary', date: options.date }),
    options,
  )) as Uint8Array;
}

/**
 * The same message as `sealBackup`, streamed from the file `source` into the file `target` on a worker
 * thread (`sealWorker.ts`): the database is never whole in memory, openpgp encrypts and signs it chunk by
 * chunk, and the main thread is free to check the copy meanwhile. Resolves once the worker has started,
 * with its outcome to come (`done`): null when `target` is whole, else the error (never a rejection, so
 * none goes unhandled while the caller is busy). A failure part-way leaves `target` partial: the caller
 * writes it under a `.partial` name.
 */
export async function startSealingFile(
  source: string,
  target: string,
  options: SealOptions,
): Promise<{ done: Promise<Error | null> }> {
  const { notation, date } = await sealArguments(options);
  const done = sealInWorker({
    source,
    target,
    recipients: options.recipients,
    signer: options.signer.armor(),
    notation: { ...notation, value: new TextDecoder().decode(notation.value) },
    literalDate: options.date.getTime(),
    date: date.getTime(),
  })
    // A worker that cannot load openpgp (a packaging that hides it from threads) wrote nothing: seal here.
    .catch((error: unknown) => {
      if (error instanceof SealWorkerUnavailable) return sealHere(source, target, options);
      throw error;
    })
    .then(
      () => null,
      (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
    );
  return { done };
}

/** The same message sealed on this thread, streamed from file to file. */
async function sealHere(source: string, target: string, options: SealOptions): Promise<void> {
  const plain = Readable.toWeb(createReadStream(source, { highWaterMark: 1 << 20 })) as ReadableStream<Uint8Array>;
  const sealed = (await encrypted(
    await openpgp.createMessage({ binary: plain, format: 'binary', date: options.date }),
    options,
  )) as ReadableStream<Uint8Array>;
  await pipeline(Readable.fromWeb(sealed as never), createWriteStream(target));
}

/** `startSealingFile` waited for to the end. */
export async function sealBackupFile(source: string, target: string, options: SealOptions): Promise<void> {
  const { done } = await startSealingFile(source, target, options);
  const failure = await done;
  if (failure) throw failure;
}

async function sealArguments(options: SealOptions) {
  const encryptionKeys = await Promise.all(options.recipients.map((armoredKey) => openpgp.readKey({ armoredKey })));
  const notation = {
    name: HEAD_NOTATION,
    value: new TextEncoder().encode(JSON.stringify(options.head)),
    humanReadable: true,
    critical: false,
  };
  // A key made on ICT's PC minutes ago may be "in the future" for a counter whose clock lags: sign and
  // encrypt at the counter's time, or at the newest key's creation if that is later.
  const date = new Date(
    Math.max(options.date.getTime(), ...[options.signer, ...encryptionKeys].map((k) => k.getCreationTime().getTime())),
  );
  return { encryptionKeys, notation, date };
}

async function encrypted(
  message: openpgp.Message<Uint8Array | ReadableStream<Uint8Array>>,
  options: SealOptions,
): Promise<Uint8Array | ReadableStream<Uint8Array>> {
  const { encryptionKeys, notation, date } = await sealArguments(options);
  return (await openpgp.encrypt({
    message,
    encryptionKeys,
    signingKeys: options.signer,
    signatureNotations: [notation],
    date,
    format: 'binary',
  })) as Uint8Array | ReadableStream<Uint8Array>;
}

/** A message opened with one key: its plain database and a way to check who signed it and what head. */
export interface OpenedBackup {
  plain: Uint8Array;
  /** Verifies the device signature with `signerArmored`; returns the signed head, or refuses. */
  verify(signerArmored: string): Promise<{ fingerprint: string; head: AuditHead }>;
}

function refuse(key: MessageKey, values?: MessageValues): never {
  throw new AppError('VALIDATION', key, values);
}

export async function openSealedBackup(bytes: Uint8Array, decryptionKey: openpgp.PrivateKey): Promise<OpenedBackup> {
  let decrypted: openpgp.Message<Uint8Array>;
  try {
    const message = await openpgp.readMessage({ binaryMessage: bytes });
    decrypted = (await message.decrypt([decryptionKey])) as openpgp.Message<Uint8Array>;
  } catch {
    refuse(
      'Sandaran ini tidak dapat dinyahsulit dengan kunci atau frasa laluan yang diberi (atau fail rosak). Tiada apa-apa diubah.',
    );
  }
  const literal = decrypted.getLiteralData();
  if (!(literal instanceof Uint8Array)) refuse('Sandaran ini tidak mengandungi pangkalan data.');
  const plain = literal;
  return {
    plain,
    verify: async (signerArmored) => {
      const signer = await openpgp.readKey({ armoredKey: signerArmored });
      const [result] = await decrypted.verify([signer]);
      try {
        if (!result) throw new Error('unsigned');
        await result.verified;
      } catch {
        refuse(
          'Tandatangan peranti pada sandaran ini tidak sah bagi kunci {signer}: sandaran mungkin diubah. Tiada apa-apa diubah.',
          { signer: signer.getFingerprint().toUpperCase() },
        );
      }
      const signature = await result.signature;
      const raw = signature.packets[0]?.rawNotations.find((n) => n.name === HEAD_NOTATION);
      if (!raw) refuse('Sandaran ini tidak menyatakan kepala rantaian audit yang ditandatangani.');
      return {
        fingerprint: signer.getFingerprint(),
        head: JSON.parse(new TextDecoder().decode(raw.value)) as AuditHead,
      };
    },
  };
}
