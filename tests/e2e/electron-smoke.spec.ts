import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, expect, test } from '@playwright/test';
import { contractChannels } from '../../build/build-electron.mjs';
import { installedElectron, prepareNativeForElectron } from '../../build/electron-native.mjs';

/*
 * The real Electron shell, where its binary exists (a machine where `npm install` could download it).
 * On our offline machines it is skipped: the same guarantees are covered with Electron mocked in
 * tests/electron/*.test.ts, and the UI through the browser host.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const electronPath = installedElectron();

test.skip(electronPath === null, 'Electron binary not installed on this machine (offline): see STACK-NOTES.md');

type PageWindow = { kaunter: Record<string, (input: unknown) => Promise<{ ok: boolean }>> };

test('the Electron shell opens the app from app://, locked down, with one API method per channel', async () => {
  test.setTimeout(5 * 60_000);
  const build = spawnSync(process.execPath, [path.join(root, 'build', 'build-electron.mjs')], { cwd: root });
  expect(build.status, build.stderr?.toString()).toBe(0);
  expect(prepareNativeForElectron()).toBeNull();

  const dataDir = mkdtempSync(path.join(tmpdir(), 'kaunter-electron-'));
  const app = await _electron.launch({
    executablePath: electronPath ?? '',
    args: [root, `--data=${dataDir}`],
    cwd: root,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    expect(page.url()).toMatch(/^app:\/\/kaunter\//);

    const keys = await page.evaluate(() => Object.keys((window as unknown as PageWindow).kaunter).sort());
    expect(keys).toEqual(Object.keys(await contractChannels()).sort());
    // No Node in the page (nodeIntegration off, sandboxed, isolated from the preload's world).
    expect(await page.evaluate(() => [typeof globalThis.require, typeof globalThis.process])).toEqual([
      'undefined',
      'undefined',
    ]);
    const info = await page.evaluate(() => (window as unknown as PageWindow).kaunter['app.info']?.({}));
    expect(info?.ok).toBe(true);

    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toContain("default-src 'self'");
    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/kaunter\//);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
