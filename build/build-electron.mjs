// Bundles the Electron main process and the preload with esbuild:
//   electron/main.ts    -> dist-electron/main.cjs
//   electron/preload.ts -> dist-electron/preload.cjs
// A sandboxed preload cannot require local files, so it is one self-contained file (electron excepted).
// It needs only the channel names from shared/contract, not the zod schemas: at build time the contract
// is evaluated once and the preload gets a tiny generated module with its names and IPC channel names.
// Main keeps as external every runtime dependency Node can `require` (better-sqlite3 is native, others
// read their own files at run time); electron-builder packs those from node_modules. ESM-only
// dependencies (conf, electron-store, canonicalize) cannot be required from CommonJS, so they are bundled.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist-electron');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** True when CommonJS code can `require` the package: not `"type": "module"` or a `require` export. */
export function isRequirable(manifest) {
  if (manifest.type !== 'module') return true;
  return JSON.stringify(manifest.exports ?? {}).includes('"require"');
}

export function mainExternals(manifest, readManifest) {
  const external = ['electron'];
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (isRequirable(readManifest(name))) external.push(name, `${name}/*`);
  }
  return external;
}

/** Evaluates shared/contract.ts (bundled in memory) and returns its channel names and IPC channels. */
export async function contractChannels() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['shared/contract.ts'],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'warning',
  });
  const source = result.outputFiles[0].text;
  const contract = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return Object.fromEntries(contract.CHANNEL_NAMES.map((name) => [name, contract.ipcChannel(name)]));
}

const contractFile = path.join(root, 'shared', 'contract.ts');

/** Serves shared/contract to the preload as `{ CHANNEL_NAMES, ipcChannel }` over a fixed table. */
function channelsOnly(channels) {
  return {
    name: 'contract-channels-only',
    setup(build) {
      build.onResolve({ filter: /\/contract$/ }, (args) => {
        const spec = args.path.startsWith('@shared/') ? path.join(root, 'shared', args.path.slice(8)) : args.path;
        const resolved = path.resolve(args.resolveDir, `${spec}.ts`);
        return resolved === contractFile ? { path: resolved, namespace: 'contract-channels' } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: 'contract-channels' }, () => ({
        loader: 'js',
        contents: [
          `const CHANNELS = ${JSON.stringify(channels)};`,
          'export const CHANNEL_NAMES = Object.keys(CHANNELS);',
          'export function ipcChannel(name) { return CHANNELS[name]; }',
        ].join('\n'),
      }));
    },
  };
}

/** The preload bundle; `write: false` returns it in memory (for tests) instead of writing it. */
export async function buildPreload({ write = true } = {}) {
  return build({
    absWorkingDir: root,
    entryPoints: { preload: 'electron/preload.ts' },
    bundle: true,
    format: 'cjs',
    outExtension: { '.js': '.cjs' },
    outdir: outDir,
    write,
    sourcemap: write ? 'linked' : false,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
    // 'browser': a Node built-in reached from the preload fails the build instead of the sandbox.
    platform: 'browser',
    target: 'chrome140',
    external: ['electron'],
    minify: true,
    plugins: [channelsOnly(await contractChannels())],
  });
}

function projectExternals() {
  const manifest = readJson(path.join(root, 'package.json'));
  return mainExternals(manifest, (name) => readJson(path.join(root, 'node_modules', name, 'package.json')));
}

/** The main-process bundle; `write: false` returns it in memory (for tests) instead of writing it. */
export async function buildMain({ write = true } = {}) {
  return build({
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    write,
    sourcemap: write ? 'linked' : false,
    logLevel: 'warning',
    legalComments: 'none',
    metafile: true,
    entryPoints: { main: 'electron/main.ts' },
    outExtension: { '.js': '.cjs' },
    outdir: outDir,
    platform: 'node',
    target: 'node20',
    external: projectExternals(),
    // Bundled ESM may read import.meta.url; in CommonJS it is the bundle's own file URL.
    define: { 'import.meta.url': '__kaunterImportMetaUrl' },
    banner: { js: "const __kaunterImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
}

async function main() {
  const external = projectExternals();
  // Only our own outputs: dist-electron/node_modules holds the Electron-ABI copy of better-sqlite3
  // that build/start.mjs prepares, and is kept between builds.
  for (const file of ['main.cjs', 'main.cjs.map', 'preload.cjs', 'preload.cjs.map']) {
    rmSync(path.join(outDir, file), { force: true });
  }

  const [mainResult, preloadResult] = await Promise.all([buildMain(), buildPreload()]);
  // The document fonts sit beside the bundle, where the bundled renderer looks for ./fonts/.
  cpSync(path.join(root, 'electron/services/documents/fonts'), path.join(outDir, 'fonts'), { recursive: true });

  for (const result of [mainResult, preloadResult]) {
    for (const [file, info] of Object.entries(result.metafile.outputs)) {
      if (!file.endsWith('.map')) console.log(`${file}  ${(info.bytes / 1024).toFixed(0)} KiB`);
    }
  }
  console.log(`external (from node_modules): ${external.filter((name) => !name.endsWith('/*')).join(', ')}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
