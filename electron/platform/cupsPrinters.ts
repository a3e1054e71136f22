import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mediaFor } from '../services/printing/media';
import {
  PrintFailure,
  type PrintDone,
  type PrinterInfo,
  type PrinterPort,
  type SpoolerState,
} from '../services/printing/printing';
import { cupsServer, JOB_STATE, jobAttributes, type JobAttributes } from './ipp';

/**
 * The system spooler (CUPS) as the counter's printer port, under plain Node: the printer list and state
 * from `lpstat`, the PDF itself sent with `lp` (copies, media, a title naming the document), and the job
 * followed through IPP until it completes, fails or stops. The Electron shell on Linux and the browser
 * host (`--printer system`) both use it.
 */
export interface CupsOptions {
  /** The environment the spooler commands see; CUPS_SERVER in it picks the cupsd (tests start their own). */
  env?: NodeJS.ProcessEnv;
  /** How often the job is asked after. */
  pollMs?: number;
  /** How long a job may take before it is cancelled and told as not printed. */
  timeoutMs?: number;
}

const COMMAND_TIMEOUT_MS = 15_000;

interface Ran {
  stdout: string;
  stderr: string;
}

class CommandError extends Error {
  constructor(
    message: string,
    readonly stderr: string,
  ) {
    super(message);
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Ran> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: COMMAND_TIMEOUT_MS, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new CommandError(`${command}: ${error.message}`, `${stderr}`));
      else resolve({ stdout, stderr });
    });
  });
}

/** Reads `LC_ALL=C lpstat -p -a -d`: each printer, enabled or not, accepting or not, and the default. */
export function parseLpstat(text: string): PrinterInfo[] {
  const enabled = new Map<string, boolean>();
  const accepting = new Map<string, boolean>();
  let defaultName: string | null = null;
  for (const line of text.split('\n')) {
    let m = /^printer (\S+) (?:is idle|now printing|disabled)/.exec(line);
    if (m?.[1]) enabled.set(m[1], !/^printer \S+ disabled/.test(line));
    m = /^(\S+) (not )?accepting requests/.exec(line);
    if (m?.[1]) accepting.set(m[1], m[2] === undefined);
    m = /^system default destination: (\S+)/.exec(line);
    if (m?.[1]) defaultName = m[1];
  }
  return [...enabled.keys()].map((name) => {
    const state: SpoolerState =
      accepting.get(name) === false ? 'REJECTING' : enabled.get(name) === false ? 'PAUSED' : 'READY';
    return { name, isDefault: name === defaultName, state };
  });
}

/** The job id `lp` prints: "request id is Kaunter-12 (1 file(s))". */
export function parseLpJobId(stdout: string): string | null {
  return /request id is (\S+-\d+)/.exec(stdout)?.[1] ?? null;
}

export interface FollowOptions {
  pollMs: number;
  timeoutMs: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Follows one job until the spooler says it completed. Anything else ends as a PrintFailure, and a job
 * that is left in the queue (held, on a stopped printer, too slow) is cancelled first, so that a print the
 * clerk was told failed never comes out later. A job the spooler forgets without completing is VANISHED.
 */
export async function followJob(
  jobId: string,
  read: () => Promise<JobAttributes | null>,
  cancel: () => Promise<void>,
  options: FollowOptions,
  /** The queue's own state: CUPS does not mark a job waiting on a paused queue, so the queue is asked. */
  queue: () => Promise<SpoolerState | null> = () => Promise.resolve(null),
): Promise<PrintDone> {
  const sleep = options.sleep ?? pause;
  const now = options.now ?? Date.now;
  const started = now();
  const giveUp = async (reason: 'HELD' | 'PAUSED' | 'TIMEOUT') => {
    await cancel().catch(() => undefined);
    return new PrintFailure(reason, jobId);
  };
  for (;;) {
    let job: JobAttributes | null | undefined;
    try {
      job = await read();
    } catch {
      job = undefined; // the spooler did not answer this time; ask again until the timeout
    }
    if (job === null) throw new PrintFailure('VANISHED', jobId);
    if (job) {
      if (job.state === JOB_STATE.completed) return { jobId };
      if (job.state === JOB_STATE.canceled) throw new PrintFailure('CANCELLED', jobId);
      if (job.state === JOB_STATE.aborted) throw new PrintFailure('ABORTED', jobId);
      if (job.state === JOB_STATE.held) throw await giveUp('HELD');
      if (job.state === JOB_STATE.stopped || job.reasons.includes('printer-stopped')) throw await giveUp('PAUSED');
      if (job.state === JOB_STATE.pending && (await queue().catch(() => null)) === 'PAUSED') {
        throw await giveUp('PAUSED');
      }
    }
    if (now() - started >= options.timeoutMs) throw await giveUp('TIMEOUT');
    await sleep(options.pollMs);
  }
}

export function cupsPrinters(options: CupsOptions = {}): PrinterPort {
  const env: NodeJS.ProcessEnv = { ...(options.env ?? process.env), LC_ALL: 'C', LANG: 'C' };
  const server = cupsServer(env);
  const pollMs = options.pollMs ?? 500;
  const timeoutMs = options.timeoutMs ?? 120_000;

  const list = async (): Promise<PrinterInfo[]> => {
    try {
      return parseLpstat((await run('lpstat', ['-p', '-a', '-d'], env)).stdout);
    } catch (error) {
      // lpstat exits 1 with "No destinations added." on a PC with no printer at all.
      if (error instanceof CommandError && /no destinations/i.test(error.stderr)) return [];
      throw error;
    }
  };

  return {
    list,
    print: async (file, job) => {
      const printer = (await list()).find((p) => p.name === job.printer);
      if (!printer) throw new PrintFailure('MISSING');
      if (printer.state === 'PAUSED') throw new PrintFailure('PAUSED');
      if (printer.state === 'REJECTING') throw new PrintFailure('REJECTING');
      const media = mediaFor(job.paper, readFileSync(file));
      let stdout: string;
      try {
        const args = ['-d', job.printer, '-n', String(job.copies), '-t', job.title, '-o', `media=${media}`, '--', file];
        stdout = (await run('lp', args, env)).stdout;
      } catch (error) {
        const said = error instanceof CommandError ? error.stderr : '';
        if (/not accepting/i.test(said)) throw new PrintFailure('REJECTING', null, said.trim());
        if (/does not exist|not found|unknown/i.test(said)) throw new PrintFailure('MISSING', null, said.trim());
        throw new PrintFailure('FAILED', null, said.trim() || String(error));
      }
      const jobId = parseLpJobId(stdout);
      if (!jobId) throw new PrintFailure('FAILED', null, `lp said: ${stdout.trim()}`);
      const jobNumber = Number(jobId.slice(jobId.lastIndexOf('-') + 1));
      return followJob(
        jobId,
        () => jobAttributes(server, jobNumber),
        async () => {
          await run('cancel', [jobId], env);
        },
        { pollMs, timeoutMs },
        async () => (await list()).find((p) => p.name === job.printer)?.state ?? null,
      );
    },
  };
}
