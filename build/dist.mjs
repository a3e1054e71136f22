// `npm run dist [-- <electron-builder args>]`: build the app, then the installers of electron-builder.yml.
// Needs a machine with internet (electron-builder downloads Electron). electron-builder rebuilds
// better-sqlite3 in place for Electron's ABI, which breaks the Node tests; so whatever happens, the
// module is rebuilt for Node afterwards.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const builderCli = path.join(root, 'node_modules', 'electron-builder', 'cli.js');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return result.status ?? 1;
}

let status = run(npm, ['run', 'build']);
if (status === 0) {
  status = run(process.execPath, [builderCli, '--publish', 'never', ...process.argv.slice(2)]);
}
const restored = run(npm, ['rebuild', 'better-sqlite3']);
if (restored !== 0) {
  console.error(
    'better-sqlite3 tidak dapat dibina semula untuk Node: jalankan `npm rebuild better-sqlite3` / ' +
      'could not rebuild better-sqlite3 for Node: run `npm rebuild better-sqlite3`',
  );
}
process.exit(status !== 0 ? status : restored);
