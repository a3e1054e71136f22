import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A cupsd of the test's own: config, socket, spool, logs and server binaries under a temp folder, so tests
 * never share a queue with each other or with the PC's own CUPS.
 *
 * Its queues are PDF printers, as a driverless (IPP Everywhere) printer is: the cups-pdf driver's PPD
 * (printer-driver-cups-pdf: its paper sizes, custom sizes for the roll, copies made by the spooler) told to
 * take PDF, so CUPS's own pdftopdf filter lays each page on the media asked for, and a "kaunter:" backend
 * of the test's writes the job's PDF, as it would go down the cable, to a folder the test reads. cups-pdf's
 * own backend is not used: it goes through PostScript and Ghostscript, whose PDF has no readable text left,
 * and it writes only where /etc/cups/cups-pdf*.conf says.
 * Needs root (cupsd) and the Debian packages cups and printer-driver-cups-pdf; .ci/run installs them.
 */
export interface PrivateCups {
  dir: string;
  /** The environment that points lp/lpstat/cancel (and the port under test) at this cupsd. */
  env: NodeJS.ProcessEnv;
  /** Adds a cups-pdf queue, enabled and accepting; its PDFs arrive in the returned folder. */
  addQueue(name: string): Promise<string>;
  /** Runs a CUPS admin command (lpadmin, cupsdisable, cupsenable, cupsreject, cupsaccept, lp, cancel). */
  admin(command: string, ...args: string[]): Promise<string>;
  /** The PDF a queue received for job `jobId` ("Queue-7"). */
  arrived(outDir: string, jobId: string): string;
  stop(): Promise<void>;
}

const PPD = '/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd';
const CUPS_BIN = '/usr/lib/cups';

/** The test's backend: DEVICE_URI kaunter:/folder; the job's data (a file or stdin) becomes job_<id>.pdf. */
const CAPTURE_BACKEND = `#!/bin/sh
if [ $# -eq 0 ]; then echo 'direct kaunter "Unknown" "Kaunter test capture"'; exit 0; fi
dir="\${DEVICE_URI#kaunter:}"
out="$dir/job_$1.pdf"
if [ -n "$6" ]; then cat "$6" > "$out.part" || exit 1; else cat > "$out.part" || exit 1; fi
mv "$out.part" "$out"
`;

/** The server binaries: the system's filters and backends, plus the capture backend. */
function serverBin(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(join(bin, 'backend'), { recursive: true });
  for (const sub of readdirSync(CUPS_BIN)) {
    if (sub !== 'backend') symlinkSync(join(CUPS_BIN, sub), join(bin, sub));
  }
  for (const backend of readdirSync(join(CUPS_BIN, 'backend'))) {
    symlinkSync(join(CUPS_BIN, 'backend', backend), join(bin, 'backend', backend));
  }
  writeFileSync(join(bin, 'backend', 'kaunter'), CAPTURE_BACKEND, { mode: 0o755 });
  chmodSync(bin, 0o755);
  chmodSync(join(bin, 'backend'), 0o755);
  return bin;
}

/** cups-pdf's PPD, told that the printer takes PDF (the output of pdftopdf) and that CUPS makes the copies. */
function pdfPrinterPpd(dir: string): string {
  const text = readFileSync(PPD, 'latin1').replace(
    /^\*% cupsFilter:.*$/m,
    '*cupsFilter2: "application/pdf application/vnd.cups-pdf 0 -"\n*cupsManualCopies: True',
  );
  const file = join(dir, 'pdf-printer.ppd');
  writeFileSync(file, text, 'latin1');
  return file;
}

function lpGroup(): number {
  return Number(execFileSync('id', ['-g', 'lp'], { encoding: 'utf8' }).trim());
}

export async function startCupsd(): Promise<PrivateCups> {
  if (process.getuid?.() !== 0) throw new Error('The CUPS tests run as root (cups-pdf runs as root under cupsd).');
  for (const needed of ['/usr/sbin/cupsd', '/usr/lib/cups/filter/pdftopdf', PPD]) {
    if (!existsSync(needed)) throw new Error(`${needed} missing: apt-get install cups printer-driver-cups-pdf`);
  }
  const dir = mkdtempSync('/tmp/kcups-');
  chmodSync(dir, 0o755);
  const gid = lpGroup();
  for (const sub of ['conf', 'spool', 'cache', 'state', 'log', 'tmp']) mkdirSync(join(dir, sub));
  for (const sub of ['spool', 'cache']) {
    chownSync(join(dir, sub), 0, gid);
    chmodSync(join(dir, sub), 0o770);
  }
  chmodSync(join(dir, 'tmp'), 0o1777);
  const socket = join(dir, 'cups.sock');
  writeFileSync(
    join(dir, 'conf', 'cupsd.conf'),
    [
      'LogLevel debug',
      `Listen ${socket}`,
      'WebInterface No',
      'Browsing Off',
      'DefaultAuthType None',
      '<Location />',
      '  Order allow,deny',
      '  Allow all',
      '</Location>',
      '<Policy default>',
      '  <Limit All>',
      '    Order deny,allow',
      '  </Limit>',
      '</Policy>',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'conf', 'cups-files.conf'),
    [
      `ServerRoot ${join(dir, 'conf')}`,
      `RequestRoot ${join(dir, 'spool')}`,
      `CacheDir ${join(dir, 'cache')}`,
      `StateDir ${join(dir, 'state')}`,
      `TempDir ${join(dir, 'tmp')}`,
      `AccessLog ${join(dir, 'log', 'access_log')}`,
      `ErrorLog ${join(dir, 'log', 'error_log')}`,
      `PageLog ${join(dir, 'log', 'page_log')}`,
      `ServerBin ${serverBin(dir)}`,
      'User lp',
      'Group lp',
      'SystemGroup root',
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, CUPS_SERVER: socket, LC_ALL: 'C', LANG: 'C' };
  const child: ChildProcess = spawn(
    '/usr/sbin/cupsd',
    ['-f', '-c', join(dir, 'conf', 'cupsd.conf'), '-s', join(dir, 'conf', 'cups-files.conf')],
    { stdio: 'ignore' },
  );
  const admin = (command: string, ...args: string[]) =>
    new Promise<string>((resolve, reject) => {
      execFile(command, args, { env, encoding: 'utf8' }, (error, stdout, stderr) =>
        error ? reject(new Error(`${command} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout),
      );
    });
  // Ready when it answers on its socket (at most ~10 s).
  for (let attempt = 0; ; attempt++) {
    const running = await admin('lpstat', '-r').catch(() => '');
    if (running.includes('is running')) break;
    if (attempt > 100 || child.exitCode !== null) {
      child.kill('SIGKILL');
      throw new Error(`private cupsd did not start (see ${join(dir, 'log', 'error_log')})`);
    }
    await sleep(100);
  }
  const ppd = pdfPrinterPpd(dir);
  return {
    dir,
    env,
    admin,
    addQueue: async (name) => {
      const out = join(dir, 'out', `${name}-${Date.now()}`);
      mkdirSync(out, { recursive: true });
      chmodSync(join(dir, 'out'), 0o755);
      chmodSync(out, 0o1777);
      await admin('lpadmin', '-p', name, '-E', '-v', `kaunter:${out}`, '-P', ppd);
      return out;
    },
    arrived: (outDir, jobId) => {
      const number = jobId.slice(jobId.lastIndexOf('-') + 1);
      const file = readdirSync(outDir).find((f) => f === `job_${number}.pdf`);
      if (!file) throw new Error(`no PDF for ${jobId} in ${outDir}: ${readdirSync(outDir).join(', ')}`);
      return join(outDir, file);
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Page count, first page size (points) and text of a PDF, through poppler (pdfinfo, pdftotext). */
export function pdfFacts(file: string): { pages: number; width: number; height: number; text: string } {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return { pages, width: Number(size?.[1]), height: Number(size?.[2]), text };
}
