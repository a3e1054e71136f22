import { existsSync, readFileSync } from 'node:fs';
import type * as openpgp from 'openpgp';
import type { SegmentOpener, WorkerOpened } from './openWorker';
import type { AcceptedSegment } from './replica';
import { bodyOf } from './segment';
import { continuityProblem, verifySegment, type SegmentSigner, type SegmentVerdict } from './verifySegments';

/** One segment of a counter's stream still to read: its number, name, file and this reader's copy of it. */
export interface SegmentStep {
  segmentNo: number;
  name: string;
  file: string;
  forReader: string;
}

export interface AheadOptions {
  court: string;
  counter: string;
  key: openpgp.PrivateKey;
  signer: SegmentSigner;
  /** The worker that opens segments; null: each is checked on this thread. */
  opener: SegmentOpener | null;
  /** How many segments the worker opens ahead of the one being applied. */
  depth?: number;
}

/**
 * A counter's new segments verified in order, the opening of the next ones (decryption, MDC, signature:
 * most of the work) on a worker thread while the caller applies the one before. Each verdict is what
 * `verifySegment` gives for that segment after `before`: the worker's answer is used only when it found
 * the segment opened and well signed, and then this thread parses it and checks its continuity; any
 * other answer (a problem, no worker, a crash) and the segment is verified again here, so the problem
 * and its wording are the ones `verifySegment` gives. An answer for a segment after a failure is never
 * asked for (those asked for by `start` are dropped unused when the reader stops before its first verdict).
 */
export class SegmentsAhead {
  /** The worker's answers asked for and not yet taken (each is dropped once taken: a long stream is not held). */
  private readonly opened = new Map<number, Promise<WorkerOpened>>();
  private asked = 0;
  private armoredKey: string | null = null;

  constructor(
    private readonly steps: readonly SegmentStep[],
    private readonly options: AheadOptions,
  ) {}

  /** Sends the worker the first segments now, while the caller still checks the files of those read before. */
  start(): void {
    this.askUpTo(0);
  }

  async verdict(i: number, before: AcceptedSegment | undefined): Promise<SegmentVerdict> {
    const step = this.steps[i];
    if (step === undefined) throw new Error(`no segment step ${i}`);
    this.askUpTo(i);
    const asked = this.opened.get(i);
    this.opened.delete(i);
    const answer = (await asked) ?? { ok: false };
    const body = answer.ok ? bodyOf(answer.literal) : null;
    if (!answer.ok || body === null) return this.here(step, before);
    const { court, counter, signer } = this.options;
    const eventTexts: string[] = [];
    const wrong = continuityProblem(counter, court, step.segmentNo, body, signer, before, eventTexts);
    if (wrong) return { ok: false, problem: wrong };
    return {
      ok: true,
      segment: { segmentNo: step.segmentNo, name: step.name, sha256: answer.sha256, body, eventTexts },
    };
  }

  /** Asks for every segment up to `depth` past the i-th not asked for yet. */
  private askUpTo(i: number): void {
    // No worker loaded yet (the first read, or the first after it stopped idle): this thread opens the first
    // segment while the worker starts on the next ones.
    if (i === 0 && this.asked === 0 && this.options.opener?.warm() === false) this.asked = 1;
    const last = Math.min(i + (this.options.depth ?? 2), this.steps.length - 1);
    for (; this.asked <= last; this.asked++) this.ask(this.asked);
  }

  private ask(k: number): void {
    const step = this.steps[k];
    const opener = this.options.opener;
    if (step === undefined || opener === null) return;
    this.armoredKey ??= this.options.key.armor();
    this.opened.set(
      k,
      opener.open({
        file: step.file,
        forReader: step.forReader,
        key: this.armoredKey,
        signer: this.options.signer.publicArmored,
      }),
    );
  }

  /** The segment checked on this thread, from its file, exactly as before there was a worker. */
  private here(step: SegmentStep, before: AcceptedSegment | undefined): Promise<SegmentVerdict> {
    return verifySegment({
      court: this.options.court,
      counter: this.options.counter,
      segmentNo: step.segmentNo,
      name: step.name,
      bytes: readFileSync(step.file),
      forReader: () => (existsSync(step.forReader) ? readFileSync(step.forReader) : null),
      key: this.options.key,
      signer: this.options.signer,
      before,
      keepEventTexts: true,
    });
  }
}
