import { describe, expect, it } from 'vitest';
import { PrintFailure } from '../services/printing/printing';
import { followJob, parseLpJobId, parseLpstat } from './cupsPrinters';
import { cupsServer, getJobAttributesRequest, JOB_STATE, parseJobAttributes, type JobAttributes } from './ipp';

describe('reading the spooler', () => {
  it('reads each printer from lpstat: ready, paused, refusing jobs, and the default', () => {
    const text = [
      'printer Kaunter_A5 is idle.  enabled since Wed Dec  2 13:48:32 2026',
      'printer Epson_TM now printing Epson_TM-12.  enabled since Wed Dec  2 13:48:32 2026',
      'printer HP_A4 disabled since Wed Dec  2 13:50:01 2026 -',
      '\tPaused',
      'printer Lama is idle.  enabled since Wed Dec  2 13:48:32 2026',
      'Kaunter_A5 accepting requests since Wed Dec  2 13:48:32 2026',
      'Epson_TM accepting requests since Wed Dec  2 13:48:32 2026',
      'HP_A4 accepting requests since Wed Dec  2 13:48:32 2026',
      'Lama not accepting requests since Wed Dec  2 13:51:00 2026 -',
      '\tRejecting Jobs',
      'system default destination: Epson_TM',
    ].join('\n');
    expect(parseLpstat(text)).toEqual([
      { name: 'Kaunter_A5', isDefault: false, state: 'READY' },
      { name: 'Epson_TM', isDefault: true, state: 'READY' },
      { name: 'HP_A4', isDefault: false, state: 'PAUSED' },
      { name: 'Lama', isDefault: false, state: 'REJECTING' },
    ]);
    expect(parseLpstat('no system default destination\n')).toEqual([]);
  });

  it("reads lp's job id, and nothing from other output", () => {
    expect(parseLpJobId('request id is Kaunter_A5-17 (1 file(s))\n')).toBe('Kaunter_A5-17');
    expect(parseLpJobId('')).toBeNull();
  });

  it('finds cupsd from CUPS_SERVER (socket or host:port)', () => {
    expect(cupsServer({ CUPS_SERVER: '/tmp/x/cups.sock' })).toEqual({ socketPath: '/tmp/x/cups.sock' });
    expect(cupsServer({ CUPS_SERVER: 'printhost:8631' })).toEqual({ host: 'printhost', port: 8631 });
    expect(cupsServer({ CUPS_SERVER: 'printhost' })).toEqual({ host: 'printhost', port: 631 });
  });

  it('reads job-state from an IPP answer, and a job the spooler does not know as none', () => {
    const request = getJobAttributesRequest(42, 7);
    expect(request.readUInt16BE(2)).toBe(0x0009);
    expect(request.includes(Buffer.from('ipp://localhost/jobs/42'))).toBe(true);
    // IPP/2.0 successful-ok, operation group, job group with job-state=9 and two reasons, end.
    const attr = (tag: number, name: string, value: Buffer) => {
      const n = Buffer.from(name);
      const head = Buffer.from([tag, n.length >> 8, n.length & 0xff]);
      return Buffer.concat([head, n, Buffer.from([value.length >> 8, value.length & 0xff]), value]);
    };
    const four = (v: number) => {
      const b = Buffer.alloc(4);
      b.writeInt32BE(v);
      return b;
    };
    const answer = Buffer.concat([
      Buffer.from([2, 0, 0, 0, 0, 0, 0, 7, 0x01]),
      attr(0x47, 'attributes-charset', Buffer.from('utf-8')),
      Buffer.from([0x02]),
      attr(0x23, 'job-state', four(9)),
      attr(0x44, 'job-state-reasons', Buffer.from('job-completed-successfully')),
      attr(0x44, '', Buffer.from('other')),
      Buffer.from([0x03]),
    ]);
    expect(parseJobAttributes(answer)).toEqual({ state: 9, reasons: ['job-completed-successfully', 'other'] });
    expect(parseJobAttributes(Buffer.from([2, 0, 0x04, 0x06, 0, 0, 0, 7, 0x03]))).toBeNull();
    expect(() => parseJobAttributes(Buffer.from([2, 0, 0x04, 0x00, 0, 0, 0, 7, 0x03]))).toThrow();
  });
});

/** A job whose answers are scripted, on a clock that moves only when the follower sleeps. */
function scripted(answers: (JobAttributes | null | Error)[]) {
  let t = 0;
  let cancelled = 0;
  const read = () => {
    const next = answers.length > 1 ? answers.shift() : answers[0];
    if (next instanceof Error) return Promise.reject(next);
    return Promise.resolve(next ?? null);
  };
  const follow = (timeoutMs = 1_000, queue: 'READY' | 'PAUSED' = 'READY') =>
    followJob(
      'Q-5',
      read,
      () => {
        cancelled += 1;
        return Promise.resolve();
      },
      {
        pollMs: 100,
        timeoutMs,
        now: () => t,
        sleep: (ms) => {
          t += ms;
          return Promise.resolve();
        },
      },
      () => Promise.resolve(queue),
    );
  return { follow, cancelled: () => cancelled };
}

const job = (state: number, ...reasons: string[]): JobAttributes => ({ state, reasons });

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PrintFailure);
  return (error as PrintFailure).reason;
}

describe('following a job', () => {
  it('is printed only when the spooler says completed, after pending and processing', async () => {
    const s = scripted([job(JOB_STATE.pending), job(JOB_STATE.processing), job(JOB_STATE.completed)]);
    await expect(s.follow()).resolves.toEqual({ jobId: 'Q-5' });
    expect(s.cancelled()).toBe(0);
  });

  it('keeps asking when the spooler does not answer once', async () => {
    const s = scripted([new Error('ECONNRESET'), job(JOB_STATE.completed)]);
    await expect(s.follow()).resolves.toEqual({ jobId: 'Q-5' });
  });

  it('never reports a vanished, cancelled or aborted job as printed', async () => {
    expect(await reasonOf(scripted([job(JOB_STATE.processing), null]).follow())).toBe('VANISHED');
    expect(await reasonOf(scripted([job(JOB_STATE.canceled)]).follow())).toBe('CANCELLED');
    expect(await reasonOf(scripted([job(JOB_STATE.aborted)]).follow())).toBe('ABORTED');
  });

  it('cancels a held job, a job on a stopped printer and a job too slow, so none comes out later', async () => {
    const held = scripted([job(JOB_STATE.held, 'job-hold-until-specified')]);
    expect(await reasonOf(held.follow())).toBe('HELD');
    expect(held.cancelled()).toBe(1);
    const stopped = scripted([job(JOB_STATE.pending, 'printer-stopped')]);
    expect(await reasonOf(stopped.follow())).toBe('PAUSED');
    expect(stopped.cancelled()).toBe(1);
    const waiting = scripted([job(JOB_STATE.pending, 'none')]);
    expect(await reasonOf(waiting.follow(1_000, 'PAUSED'))).toBe('PAUSED');
    expect(waiting.cancelled()).toBe(1);
    const queued = scripted([job(JOB_STATE.pending, 'none'), job(JOB_STATE.completed)]);
    await expect(queued.follow(1_000, 'READY')).resolves.toEqual({ jobId: 'Q-5' });
    const midJob = scripted([job(JOB_STATE.processing), job(JOB_STATE.stopped)]);
    expect(await reasonOf(midJob.follow())).toBe('PAUSED');
    const slow = scripted([job(JOB_STATE.processing)]);
    expect(await reasonOf(slow.follow(1_000))).toBe('TIMEOUT');
    expect(slow.cancelled()).toBe(1);
    const unanswered = scripted([new Error('ETIMEDOUT')]);
    expect(await reasonOf(unanswered.follow(500))).toBe('TIMEOUT');
  });
});
