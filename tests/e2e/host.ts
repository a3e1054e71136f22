import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

export interface RunningHost {
  url: string;
  /** Ctrl-C, as a person would stop it; killed if it does not stop in time. */
  stop(): Promise<void>;
}

/**
 * Starts `tsx electron/host/main.ts --data DIR --port 0 [args]` and waits for the line with its URL; `env`
 * is the host's environment (e.g. CUPS_SERVER of a test's own cupsd with `--printer system`).
 */
export function startHost(
  dataDir: string,
  options: { args?: string[]; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningHost> {
  const child = spawn(TSX, ['electron/host/main.ts', '--data', dataDir, '--port', '0', ...(options.args ?? [])], {
    cwd: ROOT,
    ...(options.env ? { env: options.env } : {}),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let started = false;
  let stopping = false;
  // What the host printed last, kept after its start: a host that dies under a test says why in the test's log.
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  return new Promise<RunningHost>((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(child, 'SIGKILL');
      reject(new Error(`Host did not print its URL within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      keep(chunk);
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (match && !started) {
        started = true;
        clearTimeout(timer);
        resolve({
          url: match[0],
          stop: () => {
            stopping = true;
            return stopHost(child);
          },
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', keep);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (!started) reject(new Error(`Host exited (code ${code}) before printing its URL:\n${output}`));
      else if (!stopping) console.error(`Host ${dataDir} exited under the test (code ${code}, ${signal}):\n${output}`);
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    killGroup(child, 'SIGINT');
  });
}
