// Electron's binary and Electron's build of better-sqlite3, for build/start.mjs and the Electron smoke
// test. Nothing here loads the 'electron' package (that would start a download).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronDir = path.join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The Electron executable if it is on disk, else null. Never triggers a download (unlike require('electron')). */
export function installedElectron() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(electronDir, 'dist');
  const executable = path.join(base, relative);
  return existsSync(executable) ? executable : null;
}

/**
 * Electron loads native modules built for its own ABI, while the tests and the browser host need
 * better-sqlite3 built for Node. So Electron gets its own copy in dist-electron/node_modules, which
 * main.cjs (in dist-electron/) finds first; the project's node_modules stays a Node build. A prebuilt
 * binary for Electron is tried first, then a compile against Electron's headers.
 */
export function prepareNativeForElectron(electronVersion = readJson(path.join(electronDir, 'package.json')).version) {
  const source = path.join(root, 'node_modules', 'better-sqlite3');
  const target = path.join(root, 'dist-electron', 'node_modules', 'better-sqlite3');
  const addon = path.join(target, 'build', 'Release', 'better_sqlite3.node');
  const stampFile = path.join(target, '.electron-abi');
  const stamp = `${electronVersion} ${readJson(path.join(source, 'package.json')).version} ${process.platform}-${process.arch}`;
  if (existsSync(addon) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return null;

  console.log(`Menyediakan better-sqlite3 untuk Electron ${electronVersion}… / Building better-sqlite3 for Electron…`);
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, {
    recursive: true,
    filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'build',
  });
  const electronTarget = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`];
  const prebuilt = spawnSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'prebuild-install', 'bin.js'),
      ...electronTarget,
      `--platform=${process.platform}`,
    ],
    { cwd: target, stdio: 'inherit', timeout: DOWNLOAD_TIMEOUT_MS },
  );
  if (prebuilt.status !== 0 || !existsSync(addon)) {
    const compiled = spawnSync(
      process.execPath,
      [
        path.join(root, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
        'rebuild',
        '--release',
        ...electronTarget,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: target, stdio: 'inherit', timeout: DOWNLOAD_TIMEOUT_MS },
    );
    if (compiled.status !== 0 || !existsSync(addon)) return 'better-sqlite3 could not be built for Electron';
  }
  writeFileSync(stampFile, stamp);
  return null;
}
