import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * What a worker thread needs to open one segment: the file's path (and the copy written for this reader,
 * tried when the file does not open), the reader's key and the counter's enrolled key, armored (a key
 * object cannot cross to another thread). The reader's key is this counter's unlocked device key: it
 * stays inside this process, as it does on the main thread.
 */
export interface OpenJob {
  file: string;
  forReader: string | null;
  key: string;
  signer: string;
}

/**
 * What the worker found: the file's SHA-256 and the decrypted text's bytes when it opened and its
 * signature is good and by the enrolled key; otherwise only that it did not (the reader then checks that
 * segment on its own thread, which words the problem exactly as it always has).
 */
export type WorkerOpened = { ok: true; sha256: string; literal: Uint8Array } | { ok: false };

// Plain CommonJS evaluated in the worker, requiring openpgp by its resolved path (as the backup's seal
// worker does): the same code in the bundled app, under tsx and in vitest. The checks are segment.ts's
// `openSegment` and verifySegments.ts's signer checks, in their order; the UTF-8 and JSON checks and the
// continuity stay on the main thread (they need no key, and the parse is needed there anyway). Jobs run
// one after the other, so the segment asked for first is answered first.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { existsSync, readFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
let openpgp;
try {
  openpgp = require(workerData.openpgp);
} catch (error) {
  parentPort.postMessage({ unavailable: true, message: String(error && error.message ? error.message : error) });
}
if (openpgp) {
  parentPort.postMessage({ ready: true });
  const keys = new Map();
  const keyOf = (armored, secret) => {
    let key = keys.get(armored);
    if (!key) {
      key = secret ? openpgp.readPrivateKey({ armoredKey: armored }) : openpgp.readKey({ armoredKey: armored });
      keys.set(armored, key);
    }
    return key;
  };
  const open = async (bytes, key) => {
    try {
      const message = await openpgp.readMessage({ binaryMessage: bytes });
      const decrypted = await message.decrypt([key]);
      const literal = decrypted.getLiteralData();
      return literal instanceof Uint8Array ? { decrypted, literal } : null;
    } catch {
      return null;
    }
  };
  const check = async (job) => {
    const bytes = readFileSync(job.file);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = await keyOf(job.key, true);
    let opened = await open(bytes, key);
    if (!opened && job.forReader && existsSync(job.forReader)) opened = await open(readFileSync(job.forReader), key);
    if (!opened) return { ok: false };
    const signer = await keyOf(job.signer, false);
    const ids = signer.getKeyIDs().map((id) => id.toHex());
    if (!opened.decrypted.getSigningKeyIDs().some((id) => ids.includes(id.toHex()))) return { ok: false };
    const [result] = await opened.decrypted.verify([signer]);
    if (!result) return { ok: false };
    await result.verified;
    const literal = opened.literal;
    const own = literal.byteOffset === 0 && literal.byteLength === literal.buffer.byteLength ? literal : literal.slice();
    return { ok: true, sha256, literal: own };
  };
  let queue = Promise.resolve();
  parentPort.on('message', ({ id, job }) => {
    queue = queue.then(async () => {
      let answer;
      try {
        answer = await check(job);
      } catch {
        answer = { ok: false };
      }
      parentPort.postMessage({ id, answer }, answer.ok ? [answer.literal.buffer] : []);
    });
  });
}
`;

/** How long a worker with nothing to do stays (ms): longer than a sync round's interval, so rounds reuse it. */
export const OPENER_IDLE_MS = 60_000;

/**
 * A worker thread that opens segments while the main thread applies the ones before them. It starts on
 * the first job (loading openpgp there takes some 60 ms), holds the process open only while it has jobs,
 * and stops after `idleMs` without one or on `close()`. It never fails a job: a worker that cannot load
 * openpgp, crashes or is closed answers `{ ok: false }`, and the reader checks that segment itself.
 */
export class SegmentOpener {
  private worker: Worker | null = null;
  private unavailable = false;
  private next = 0;
  private readonly pending = new Map<number, (answer: WorkerOpened) => void>();
  private idle: NodeJS.Timeout | null = null;
  private loaded = false;

  constructor(
    private readonly openpgp: string = createRequire(import.meta.url).resolve('openpgp'),
    private readonly idleMs: number = OPENER_IDLE_MS,
  ) {}

  /**
   * Whether a worker is running with openpgp loaded: a read with none yet opens its first segment itself
   * while the worker starts, so the start-up is not waited for.
   */
  warm(): boolean {
    return this.worker !== null && this.loaded;
  }

  open(job: OpenJob): Promise<WorkerOpened> {
    if (this.unavailable) return Promise.resolve({ ok: false });
    const worker = this.running();
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.pending.size === 0) worker.ref();
    const id = ++this.next;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, job });
    });
  }

  /** Stops the worker; jobs not yet answered are answered `{ ok: false }`. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.stopped(worker);
    await worker?.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { openpgp: this.openpgp } });
    this.worker = worker;
    worker.on('message', (message: { id: number; answer: WorkerOpened } | { unavailable: true } | { ready: true }) => {
      if ('ready' in message) {
        if (this.worker === worker) this.loaded = true;
        return;
      }
      if ('unavailable' in message) {
        this.unavailable = true;
        this.stopped(worker);
        worker.terminate().catch(() => undefined);
        return;
      }
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve?.(message.answer);
      if (this.pending.size === 0 && this.worker === worker) this.rest(worker);
    });
    worker.on('error', () => this.stopped(worker));
    worker.on('exit', () => this.stopped(worker));
    return worker;
  }

  /** Nothing to do: the process may exit without waiting for it, and it stops if nothing comes. */
  private rest(worker: Worker): void {
    worker.unref();
    this.idle = setTimeout(() => {
      this.close().catch(() => undefined);
    }, this.idleMs);
    this.idle.unref();
  }

  private stopped(worker: Worker | null): void {
    if (worker === null || this.worker !== worker) return;
    this.worker = null;
    this.loaded = false;
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const resolve of waiting) resolve({ ok: false });
  }
}

let shared: SegmentOpener | null = null;

/** The process's one opener, shared by every read of the court folder (started on its first job). */
export function segmentOpener(): SegmentOpener {
  return (shared ??= new SegmentOpener());
}

/** Stops the shared opener's worker (the sync loop stopping); the next read starts another. */
export async function closeSegmentOpener(): Promise<void> {
  await shared?.close();
}
