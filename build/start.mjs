// `npm start [-- --data DIR] [-- --host]`: builds the app, then runs it in Electron. Where Electron's
// binary is missing and cannot be downloaded (an offline machine), it says so in one line and starts
// the browser host on the same data folder instead. It never waits long on a network that is not there.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { electronDir, installedElectron, prepareNativeForElectron } from './electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DATA = path.join(root, '.data', 'kaunter');
const PROBE_TIMEOUT_MS = 4_000;
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const isWindows = process.platform === 'win32';

function npm(args) {
  // Under `npm start`, npm_execpath is npm's own CLI: run it with this Node, no shell needed.
  const execPath = process.env.npm_execpath;
  const result = execPath
    ? spawnSync(process.execPath, [execPath, ...args], { cwd: root, stdio: 'inherit' })
    : spawnSync(isWindows ? 'npm.cmd' : 'npm', args, { cwd: root, stdio: 'inherit', shell: isWindows });
  return result.status ?? 1;
}

/** Can the place Electron downloads from be reached at all? Answers within PROBE_TIMEOUT_MS. */
async function downloadHostReachable() {
  const mirror = process.env.ELECTRON_MIRROR || process.env.npm_config_electron_mirror || 'https://github.com/';
  try {
    await fetch(mirror, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

/** Runs Electron's own installer (download + unzip), bounded in time. Returns the error text or null. */
function downloadElectron() {
  console.log('Memuat turun Electron… / Downloading Electron…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0) return null;
  const output = `${result.stderr ?? ''}${result.stdout ?? ''}`.trim().split('\n');
  return result.error?.message ?? output.find((line) => line.trim() !== '') ?? `exit ${result.status}`;
}

/**
 * Runs a child until it exits and exits with its code. Ctrl-C reaches the child exactly once: on POSIX
 * the child gets its own process group (so the terminal's signal reaches only us) and we forward it;
 * a second Ctrl-C stops the whole group. On Windows the console delivers Ctrl-C to the child itself.
 */
function runForeground(command, args, env = process.env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env, detached: !isWindows });
  let signalled = 0;
  const forward = (signal) => {
    signalled += 1;
    if (isWindows || child.exitCode !== null) return;
    try {
      if (signalled === 1) child.kill(signal);
      else process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  process.on('exit', () => {
    if (!isWindows && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  });
  child.on('error', (error) => {
    console.error(`${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startHost(dataDir, reason) {
  console.log(`${reason} — memulakan hos pelayar / starting the browser host (${dataDir})`);
  runForeground(process.execPath, [
    path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
    path.join(root, 'electron', 'host', 'main.ts'),
    '--data',
    dataDir,
  ]);
}

async function main() {
  const { values } = parseArgs({
    options: { data: { type: 'string' }, host: { type: 'boolean', default: false } },
  });
  const dataDir = values.data ? path.resolve(values.data) : null;

  const built = npm(['run', 'build']);
  if (built !== 0) process.exit(built);

  if (values.host) return startHost(dataDir ?? DEFAULT_DATA, 'Hos pelayar diminta / browser host requested');

  let electron = installedElectron();
  if (electron === null) {
    if (!(await downloadHostReachable())) {
      return startHost(
        dataDir ?? DEFAULT_DATA,
        'Electron tidak dapat dimuat turun di mesin ini (tiada internet) / Electron binary unavailable (offline)',
      );
    }
    const failure = downloadElectron();
    electron = installedElectron();
    if (electron === null) {
      return startHost(
        dataDir ?? DEFAULT_DATA,
        `Muat turun Electron gagal / Electron download failed (${failure ?? 'no binary after install'})`,
      );
    }
  }

  const nativeFailure = prepareNativeForElectron();
  if (nativeFailure !== null) {
    return startHost(dataDir ?? DEFAULT_DATA, `better-sqlite3 tidak dapat dibina untuk Electron / ${nativeFailure}`);
  }

  // Electron's data folder is its own user-data folder unless --data is given.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  runForeground(electron, ['.', ...(dataDir ? [`--data=${dataDir}`] : [])], env);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
