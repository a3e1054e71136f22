import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { seed, DEMO_PIN } from '../../electron/cli/seed';
import { startHost } from '../../electron/host/server';
import type { BenchRow } from '../row';
import { CHROMIUM_ARGS as RECEIPT_CHROMIUM_ARGS } from './receiptPdf';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow } from '../stats';

export const RENDERER_BUDGET_MS = 600;
/** The JavaScript the page has loaded when the form takes typing, uncompressed bytes. */
export const INITIAL_JS_BUDGET_BYTES = 600 * 1024;

const CHROMIUM_ARGS = [...RECEIPT_CHROMIUM_ARGS, '--disable-dev-shm-usage'];

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
  const runsOf: number[][] = [];
  let loadedJs = { bytes: 0, files: 0 };
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
    for (let i = 0; i < runsOfRow() * runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      await context.addCookies([{ name: cookie[1], value: cookie[2], url: host.url }]);
      await context.addInitScript((id) => sessionStorage.setItem('kaunter.tab', id), tabId);
      const page = await context.newPage();
      // Every script the page fetched before the form took typing, measured as it arrived (uncompressed).
      const scripts: Promise<number>[] = [];
      let typeable = false;
      page.on('response', (response) => {
        if (!typeable && response.request().resourceType() === 'script')
          scripts.push(response.body().then((body) => body.length));
      });
      const start = performance.now();
      await page.goto(`${host.url}#/daftar`);
      const name = page.getByLabel(/Nama penuh/).first();
      await name.waitFor({ state: 'visible' });
      await name.fill('Aminah');
      const ms = performance.now() - start;
      typeable = true;
      const sizes = await Promise.all(scripts);
      if (i === 1) loadedJs = { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
      if (i > 0) {
        const run = Math.floor((i - 1) / runs);
        (runsOf[run] ??= []).push(ms);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await host.close();
  }
  const size = scriptSize(rendererDir);
  const ms = medianOfMedians(runsOf);
  const p99 = medianOfQuantiles(runsOf, 0.99);
  const jsMeets = loadedJs.bytes <= INITIAL_JS_BUDGET_BYTES;
  return {
    id: 'renderer',
    title: 'Borang daftar sedia ditaip (Chromium, hos pelayar)',
    measured: `median ${round(ms, 0)} ms, p99 ${round(p99, 0)} ms; JS dimuat sebelum borang sedia ${round(loadedJs.bytes / 1024, 0)} KiB tanpa mampatan (${loadedJs.files} fail; index.html ${round(size.bytes / 1024, 0)} KiB, gzip ${round(size.gzip / 1024, 0)} KiB; semua ${round(size.allBytes / 1024, 0)} KiB)`,
    floor: '—',
    value: round(ms, 0),
    budget: `< ${RENDERER_BUDGET_MS} ms; JS awal ≤ ${INITIAL_JS_BUDGET_BYTES / 1024} KiB`,
    meets: ms < RENDERER_BUDGET_MS && jsMeets,
    data: {
      runs: runsOfRow(),
      samplesPerRun: runs,
      medianMs: round(ms, 1),
      p99Ms: round(p99, 1),
      loadedScriptBytes: loadedJs.bytes,
      loadedScriptFiles: loadedJs.files,
      loadedScriptMeets: jsMeets,
      scriptBytes: size.bytes,
      scriptGzipBytes: size.gzip,
      allScriptBytes: size.allBytes,
      scriptFiles: size.files,
    },
  };
}
