import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * What a worker thread needs to seal a file: openpgp's own arguments, as armored keys and plain values
 * (a key object cannot cross to another thread). The signing key is the device key, unlocked: it stays
 * inside this process, as it does on the main thread.
 */
export interface SealJob {
  source: string;
  target: string;
  recipients: string[];
  signer: string;
  notation: { name: string; value: string; humanReadable: boolean; critical: boolean };
  literalDate: number;
  date: number;
}

// Plain CommonJS evaluated in the worker, requiring openpgp by its resolved path (as the quick check
// requires better-sqlite3): the same code in the bundled app, under tsx and in vitest. It streams the
// file through openpgp chunk by chunk, so the database is never whole in memory.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createReadStream, createWriteStream } = require('node:fs');
const { Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const job = workerData.job;
let openpgp;
try {
  openpgp = require(workerData.openpgp);
} catch (error) {
  parentPort.postMessage({ ok: false, unavailable: true, message: String(error && error.message ? error.message : error) });
}
if (openpgp) (async () => {
  const encryptionKeys = await Promise.all(job.recipients.map((armoredKey) => openpgp.readKey({ armoredKey })));
  const signingKeys = await openpgp.readPrivateKey({ armoredKey: job.signer });
  const plain = Readable.toWeb(createReadStream(job.source, { highWaterMark: 1 << 20 }));
  const message = await openpgp.createMessage({ binary: plain, format: 'binary', date: new Date(job.literalDate) });
  const sealed = await openpgp.encrypt({
    message,
    encryptionKeys,
    signingKeys,
    signatureNotations: [{ ...job.notation, value: new TextEncoder().encode(job.notation.value) }],
    date: new Date(job.date),
    format: 'binary',
  });
  await pipeline(Readable.fromWeb(sealed), createWriteStream(job.target));
  parentPort.postMessage({ ok: true });
})().catch((error) => {
  parentPort.postMessage({ ok: false, message: String(error && error.message ? error.message : error), code: error && error.code });
});
`;

/** The worker could not load openpgp (nothing was written): the caller seals on its own thread instead. */
export class SealWorkerUnavailable extends Error {}

/**
 * Seals `job.source` into `job.target` on a worker thread, so a backup's check of its copy (on the main
 * thread) and its encryption run at the same time on two cores. Rejects with the worker's error, its
 * `code` kept (ENOSPC, EACCES…), so the caller words a full or read-only stick as before.
 */
export function sealInWorker(
  job: SealJob,
  openpgp: string = createRequire(import.meta.url).resolve('openpgp'),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { openpgp, job } });
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve();
    };
    worker.once('message', (answer: { ok: boolean; unavailable?: boolean; message?: string; code?: string }) =>
      settle(
        answer.ok
          ? null
          : answer.unavailable
            ? new SealWorkerUnavailable(answer.message ?? 'openpgp')
            : Object.assign(new Error(answer.message ?? 'seal failed'), { code: answer.code }),
      ),
    );
    worker.once('error', (error) => settle(error));
    worker.once('exit', (code) => settle(new Error(`seal stopped (${code})`)));
  });
}
