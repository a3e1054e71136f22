import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { userInfo } from 'node:os';

/**
 * Just enough IPP (RFC 8010/8011) to ask CUPS how one job is going. `lpstat` says a job is "completed" for
 * a job that was cancelled or aborted too, so the job's own `job-state` is read instead.
 */

/** Where CUPS listens: CUPS_SERVER (a socket path or host[:port]), else the local socket, else localhost:631. */
export interface CupsServer {
  socketPath?: string;
  host?: string;
  port?: number;
}

export function cupsServer(env: NodeJS.ProcessEnv = process.env): CupsServer {
  const named = env.CUPS_SERVER?.trim();
  if (named) {
    if (named.startsWith('/')) return { socketPath: named };
    const [host, port] = named.split(':');
    return { host: host || 'localhost', port: port ? Number(port) : 631 };
  }
  if (existsSync('/run/cups/cups.sock')) return { socketPath: '/run/cups/cups.sock' };
  return { host: 'localhost', port: 631 };
}

/** RFC 8011 job-state values. */
export const JOB_STATE = {
  pending: 3,
  held: 4,
  processing: 5,
  stopped: 6,
  canceled: 7,
  aborted: 8,
  completed: 9,
} as const;

export interface JobAttributes {
  state: number;
  reasons: string[];
  /** As the spooler took the job (absent when it does not say). */
  name?: string;
  copies?: number;
}

const TAG = {
  operation: 0x01,
  end: 0x03,
  integer: 0x21,
  enum: 0x23,
  name: 0x42,
  uri: 0x45,
  charset: 0x47,
  language: 0x48,
};
const TAG_KEYWORD = 0x44;
const STATUS_NOT_FOUND = 0x0406;

function attribute(tag: number, name: string, value: string | Buffer): Buffer {
  const n = Buffer.from(name, 'utf8');
  const v = typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
  const head = Buffer.alloc(3);
  head.writeUInt8(tag, 0);
  head.writeUInt16BE(n.length, 1);
  const len = Buffer.alloc(2);
  len.writeUInt16BE(v.length, 0);
  return Buffer.concat([head, n, len, v]);
}

function userName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'kaunter';
  }
}

/** A Get-Job-Attributes request for job `jobNumber`, asking for its state and reasons, name and copies. */
export function getJobAttributesRequest(jobNumber: number, requestId = 1): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt8(2, 0); // IPP/2.0
  head.writeUInt8(0, 1);
  head.writeUInt16BE(0x0009, 2); // Get-Job-Attributes
  head.writeUInt32BE(requestId, 4);
  return Buffer.concat([
    head,
    Buffer.from([TAG.operation]),
    attribute(TAG.charset, 'attributes-charset', 'utf-8'),
    attribute(TAG.language, 'attributes-natural-language', 'en'),
    attribute(TAG.uri, 'job-uri', `ipp://localhost/jobs/${jobNumber}`),
    // The job's owner may read its name (CUPS keeps job-name private to the owner by default).
    attribute(TAG.name, 'requesting-user-name', userName()),
    attribute(TAG_KEYWORD, 'requested-attributes', 'job-state'),
    attribute(TAG_KEYWORD, '', 'job-state-reasons'),
    attribute(TAG_KEYWORD, '', 'job-name'),
    attribute(TAG_KEYWORD, '', 'copies'),
    Buffer.from([TAG.end]),
  ]);
}

/** The job's state from a Get-Job-Attributes response; null when the spooler has no such job. */
export function parseJobAttributes(body: Buffer): JobAttributes | null {
  if (body.length < 9) throw new Error('IPP response too short');
  const status = body.readUInt16BE(2);
  if (status === STATUS_NOT_FOUND) return null;
  if (status >= 0x0400) throw new Error(`IPP status 0x${status.toString(16)}`);
  let at = 8;
  let name = '';
  let state: number | null = null;
  const reasons: string[] = [];
  const extra: { name?: string; copies?: number } = {};
  while (at < body.length) {
    const tag = body.readUInt8(at);
    at += 1;
    if (tag === TAG.end) break;
    if (tag < 0x10) continue; // a group delimiter
    const nameLength = body.readUInt16BE(at);
    at += 2;
    if (nameLength > 0) name = body.toString('utf8', at, at + nameLength);
    at += nameLength;
    const valueLength = body.readUInt16BE(at);
    at += 2;
    const value = body.subarray(at, at + valueLength);
    at += valueLength;
    if (name === 'job-state' && tag === TAG.enum && value.length === 4) state = value.readInt32BE(0);
    if (name === 'job-state-reasons') reasons.push(value.toString('utf8'));
    if (name === 'job-name' && tag === TAG.name) extra.name = value.toString('utf8');
    if (name === 'copies' && tag === TAG.integer && value.length === 4) extra.copies = value.readInt32BE(0);
  }
  if (state === null) throw new Error('IPP response without job-state');
  return { state, reasons, ...extra };
}

/** Asks CUPS for one job's state; null when the job is not known to it (never queued, or purged). */
export function jobAttributes(server: CupsServer, jobNumber: number, timeoutMs = 5_000): Promise<JobAttributes | null> {
  const body = getJobAttributesRequest(jobNumber);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        ...(server.socketPath ? { socketPath: server.socketPath } : { host: server.host, port: server.port }),
        method: 'POST',
        path: '/jobs/',
        headers: { 'Content-Type': 'application/ipp', 'Content-Length': body.length },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode} from CUPS`);
            resolve(parseJobAttributes(Buffer.concat(chunks)));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('CUPS did not answer in time')));
    req.on('error', reject);
    req.end(body);
  });
}
