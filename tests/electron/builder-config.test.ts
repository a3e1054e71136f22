import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_ID } from '../../electron/shell/appId';

const root = path.resolve(import.meta.dirname, '..', '..');
const configFile = path.join(root, 'electron-builder.yml');
const config = parse(readFileSync(configFile, 'utf8')) as Record<string, unknown> & {
  win: { target: { target: string }[] };
  linux: { target: { target: string }[]; maintainer?: string };
  nsis: Record<string, unknown>;
  asarUnpack: string[];
  files: string[];
  electronFuses: Record<string, boolean>;
};
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** A minimatch-free check that a glob like `**\/node_modules/better-sqlite3/**` covers a path. */
function globCovers(glob: string, file: string): boolean {
  const pattern = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((part) => {
      if (part === '**/') return '(?:.*/)?';
      if (part === '**') return '.*';
      if (part === '*') return '[^/]*';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${pattern}$`).test(file);
}

describe('electron-builder.yml', () => {
  it('names the app', () => {
    expect(config.appId).toBe('my.gov.jksm.kaunter-sandaran');
    // The shell sets the same id at start, or Windows would not tie the window to the installed shortcut.
    expect(config.appId).toBe(APP_ID);
    expect(config.productName).toBe('Kaunter Sandaran');
    expect(config.directories).toMatchObject({ output: 'release', buildResources: 'build' });
  });

  it('builds a per-machine NSIS installer that may change folder, and a portable build, for Windows', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: true,
      allowToChangeInstallationDirectory: true,
      deleteAppDataOnUninstall: false,
    });
  });

  it('builds an AppImage and a deb for Linux, with a maintainer (deb needs one)', () => {
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux.maintainer).toMatch(/<.+@.+>/);
  });

  it('keeps native code and the print tool out of the asar', () => {
    const covered = (file: string) => config.asarUnpack.some((glob) => globCovers(glob, file));
    expect(covered('node_modules/better-sqlite3/build/Release/better_sqlite3.node')).toBe(true);
    expect(covered('node_modules/better-sqlite3/lib/database.js')).toBe(true);
    expect(covered('resources/print/SumatraPDF.exe')).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['resources/print/**/*']));
  });

  it('has the icons it names, at sizes the installers accept', () => {
    const png = readFileSync(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(path.join(root, 'build', 'icon.ico'))).toBe(true);
    expect(readdirSync(path.join(root, 'build', 'icons'))).toEqual(expect.arrayContaining(['256x256.png']));
  });

  it('packs the entry point package.json names, and rebuilds natives for real installers', () => {
    expect(manifest.main).toBe('dist-electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist-electron/main.cjs', 'dist-electron/preload.cjs']));
    expect(config.npmRebuild).toBe(true);
    expect(manifest.scripts.dist).toBeDefined();
    expect(manifest.devDependencies).toHaveProperty('electron');
    expect(manifest.devDependencies).toHaveProperty('electron-builder');
  });

  it('turns off the Electron switches a counter PC must not have', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });
});

/*
 * The offline check from STACK-NOTES: electron-builder packs a staging copy of the project against a
 * stub Electron (no download, no rebuild). It validates the schema, the file globs, dependency
 * collection, asar packing and unpacking, and the fuses (the stub carries a fuse wire to flip).
 * Everything is written under a temp folder; the project's node_modules is only read.
 */
describe('electron-builder offline packaging check', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kaunter-builder-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
  const FUSES_BEFORE = '10110001';

  function stage(): { project: string; stub: string; out: string } {
    const project = path.join(work, 'project');
    mkdirSync(path.join(project, 'dist-electron'), { recursive: true });
    mkdirSync(path.join(project, 'dist', 'renderer'), { recursive: true });
    for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml']) {
      copyFileSync(path.join(root, file), path.join(project, file));
    }
    cpSync(path.join(root, 'build'), path.join(project, 'build'), { recursive: true });
    writeFileSync(path.join(project, 'dist-electron', 'main.cjs'), "require('./preload.cjs');\n");
    writeFileSync(path.join(project, 'dist-electron', 'preload.cjs'), '\n');
    writeFileSync(path.join(project, 'dist', 'renderer', 'index.html'), '<!doctype html>\n');
    symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    const stub = path.join(work, 'electron-stub');
    mkdirSync(path.join(stub, 'resources'), { recursive: true });
    const wire = Buffer.concat([
      Buffer.from(`#!/bin/sh\n# ${SENTINEL}`),
      Buffer.from([1, 8]),
      Buffer.from(FUSES_BEFORE),
    ]);
    writeFileSync(path.join(stub, 'electron'), Buffer.concat([wire, Buffer.from('\nexit 0\n')]));
    chmodSync(path.join(stub, 'electron'), 0o755);
    writeFileSync(path.join(stub, 'LICENSE'), '');
    writeFileSync(path.join(stub, 'LICENSES.chromium.html'), '');
    return { project, stub, out: path.join(work, 'out') };
  }

  function asarFiles(file: string): string[] {
    const buffer = readFileSync(file);
    const header = JSON.parse(buffer.subarray(16, 16 + buffer.readUInt32LE(12)).toString('utf8')) as Entry;
    type Entry = { files?: Record<string, Entry> };
    const list: string[] = [];
    const walk = (entry: Entry, prefix: string) => {
      for (const [name, child] of Object.entries(entry.files ?? {})) {
        const full = prefix === '' ? name : `${prefix}/${name}`;
        if (child.files) walk(child, full);
        else list.push(full);
      }
    };
    walk(header, '');
    return list;
  }

  it.skipIf(process.platform !== 'linux')(
    'packs the app: entry files in the asar, better-sqlite3 unpacked without its sources, fuses flipped',
    () => {
      const { project, stub, out } = stage();
      const result = spawnSync(
        process.execPath,
        [
          path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
          '--linux',
          'dir',
          '--projectDir',
          project,
          '-c.npmRebuild=false',
          `-c.electronDist=${stub}`,
          `-c.directories.output=${out}`,
        ],
        { cwd: project, encoding: 'utf8', timeout: 90_000, env: { ...process.env, CI: '1' } },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);

      const resources = path.join(out, 'linux-unpacked', 'resources');
      const packed = asarFiles(path.join(resources, 'app.asar'));
      expect(packed).toEqual(
        expect.arrayContaining([
          'package.json',
          'dist-electron/main.cjs',
          'dist-electron/preload.cjs',
          'dist/renderer/index.html',
        ]),
      );
      expect(packed.some((file) => file.startsWith('node_modules/zod/'))).toBe(true);
      expect(packed.some((file) => file.startsWith('node_modules/react-dom/'))).toBe(false);
      expect(packed.some((file) => /better-sqlite3\/(deps|src)\//.test(file))).toBe(false);
      expect(packed.some((file) => /better-sqlite3\/build\/Release\/obj/.test(file))).toBe(false);

      const native = path.join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
      expect(existsSync(path.join(native, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
      expect(existsSync(path.join(native, 'deps'))).toBe(false);

      const binary = readFileSync(path.join(out, 'linux-unpacked', 'kaunter-sandaran'));
      const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
      // runAsNode, cookie encryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, V8 snapshot
      // (left as it was), file: privileges.
      expect(binary.subarray(at, at + 8).toString()).toBe('01001100');
    },
    120_000,
  );
});
