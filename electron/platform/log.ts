import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The main process's log: a line per event in `<dir>/main.log`, and on the console. */
export interface ShellLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, detail?: unknown): void;
}

function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (detail === undefined) return '';
  try {
    return JSON.stringify(detail);
  } catch {
    return String(detail);
  }
}

/**
 * Appends synchronously, so the line is on disk even if the process dies right after; the app logs
 * little (start, stop, failures), so the cost does not matter. A log that cannot be written never
 * stops the counter.
 */
export function fileLog(dir: string, now: () => Date = () => new Date()): ShellLog {
  const file = path.join(dir, 'main.log');
  let writable = true;
  try {
    mkdirSync(dir, { recursive: true });
  } catch {
    writable = false;
  }
  const write = (level: string, message: string, detail?: unknown): void => {
    const extra = describe(detail);
    const line = `${now().toISOString()} ${level} ${message}${extra === '' ? '' : ` ${extra}`}\n`;
    if (level === 'ERROR') console.error(line.trimEnd());
    else console.log(line.trimEnd());
    if (!writable) return;
    try {
      appendFileSync(file, line, 'utf8');
    } catch {
      writable = false;
    }
  };
  return {
    info: (message) => write('INFO', message),
    warn: (message) => write('WARN', message),
    error: (message, detail) => write('ERROR', message, detail),
  };
}
