import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { seed, DEMO_PIN } from '../../electron/cli/seed';
import { startHost } from '../../electron/host/server';
import type { BenchRow } from '../row';
import { median, round } from '../stats';

export const RENDERER_BUDGET_MS = 1000;

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The built renderer's JavaScript, bytes on disk and gzipped: what index.html loads before the first
 * screen (initial) and every script, the screens loaded on first use included (all).
 */
function scriptSize(rendererDir: string): { bytes: number; gzip: number; files: number; allBytes: number } {
  const assets = join(rendererDir, 'assets');
  const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
  const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let bytes = 0;
  let gzip = 0;
  let allBytes = 0;
  let files = 0;
  for (const name of scripts) {
    const file = join(assets, name);
    allBytes += statSync(file).size;
    if (!html.includes(`assets/${name}`)) continue;
    files += 1;
    bytes += statSync(file).size;
    gzip += gzipSync(readFileSync(file)).length;
  }
  return { bytes, gzip, files, allBytes };
}

/**
 * From navigation to a registration form a clerk can type into, in Chromium through the browser host,
 * signed in, each run in a fresh browser context (nothing cached).
 */
export async function rendererRow(folder: string, rendererDir: string, runs: number): Promise<BenchRow> {
  const dataDir = join(folder, 'renderer');
  await seed({ dataDir, cases: 0, seed: 1, log: null, court: '05005', counter: 'K1', blockStart: 1 });
  const host = await startHost({ dataDir, rendererDir, port: 0, pinCost: 10 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const samples: number[] = [];
  try {
    // Sessions belong to a tab: sign one tab id in, then give each fresh context that tab's id and cookie.
    const tabId = '0123456789abcdef0123456789abcdef';
    const signIn = await fetch(`${host.url}api/auth.signIn`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Kaunter-Tab': tabId },
      body: JSON.stringify({ userId: 1, pin: DEMO_PIN }),
    });
    const cookie = /^([^=]+)=([^;]+)/.exec(signIn.headers.get('set-cookie') ?? '');
    if (!cookie?.[1] || !cookie[2]) throw new Error(`sign-in failed: ${await signIn.text()}`);
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addCookies([{ name: cookie[1], value: cookie[2], url: host.url }]);
      await context.addInitScript((id) => sessionStorage.setItem('kaunter.tab', id), tabId);
      const page = await context.newPage();
      const start = performance.now();
      await page.goto(`${host.url}#/daftar`);
      const name = page.getByLabel(/Nama penuh/).first();
      await name.waitFor({ state: 'visible' });
      await name.fill('Aminah');
      const ms = performance.now() - start;
      if (i > 0) samples.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  const size = scriptSize(rendererDir);
  const ms = median(samples);
  return {
    id: 'renderer',
    title: 'Borang daftar sedia ditaip (Chromium, hos pelayar)',
    measured: `median ${round(ms, 0)} ms; JS awal ${round(size.bytes / 1024, 0)} KiB (gzip ${round(size.gzip / 1024, 0)} KiB), semua ${round(size.allBytes / 1024, 0)} KiB`,
    floor: '—',
    value: round(ms, 0),
    budget: `< ${RENDERER_BUDGET_MS} ms`,
    meets: ms < RENDERER_BUDGET_MS,
    data: {
      runs,
      medianMs: round(ms, 1),
      scriptBytes: size.bytes,
      scriptGzipBytes: size.gzip,
      allScriptBytes: size.allBytes,
      scriptFiles: size.files,
    },
  };
}
