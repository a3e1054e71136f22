import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import type { ReceiptPaper } from '@shared/domain';
import { receiptDoc } from '../../electron/services/documents/receiptDoc';
import { defaultFontsDir, renderPdf } from '../../electron/services/documents/render';
import { sampleHeader, sampleReceipt } from '../../electron/services/documents/sampleData';
import type { BenchRow } from '../row';
import { fontFaces, receiptBodyHtml, receiptPageHtml } from '../receiptHtml';
import { medianOfMedians, medianOfQuantiles, round, runsOfRow, timeMsAsync } from '../stats';

export const RECEIPT_PDF_BUDGET = 0.33;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Untimed receipts before the timed ones (fewer in a smoke run: `runs` is small there). */
const warmOf = (runs: number) => Math.min(10, runs);

/** A receipt made from its data each time (the definition and the PDF), after WARM untimed ones. */
async function ours(paper: ReceiptPaper, runs: number): Promise<{ samples: number[]; bytes: Buffer }> {
  const receipt = sampleReceipt();
  const make = () => renderPdf(receiptDoc(receipt, sampleHeader, { paper, copy: false }));
  for (let i = 0; i < warmOf(runs); i++) await make();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeMsAsync(make));
  return { samples, bytes: await make() };
}

/**
 * The web way on a warm page: the page (fonts and style) loaded once; per receipt its body is written from
 * the data and Chromium prints the page. The 80 mm roll is as long as its content, as ours is.
 */
async function chromiums(
  page: Page,
  folder: string,
  paper: ReceiptPaper,
  runs: number,
): Promise<{ samples: number[]; bytes: Buffer }> {
  const receipt = sampleReceipt();
  // A file page, so its @font-face file URLs load (a page set from a string may not read files).
  const file = join(folder, `resit-${paper}.html`);
  writeFileSync(file, receiptPageHtml(receipt, sampleHeader, paper, defaultFontsDir()));
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const print = async (): Promise<Buffer> => {
    await page.evaluate(
      (body) => {
        document.body.innerHTML = body;
      },
      receiptBodyHtml(receipt, sampleHeader),
    );
    if (paper === 'A5') return page.pdf({ format: 'A5', preferCSSPageSize: true });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    return page.pdf({ width: '80mm', height: `${Math.ceil(height) + 32}px`, preferCSSPageSize: false });
  };
  for (let i = 0; i < warmOf(runs); i++) await print();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeMsAsync(print));
  return { samples, bytes: await print() };
}

/**
 * The receipt (A5 and 80 mm roll) made by the counter (pdfmake) against the same receipt as HTML printed
 * by Debian's Chromium (`page.pdf()`), with the fonts the documents ship. Each paper three times, ours and
 * Chromium's interleaved; the median of the medians. `keepPdfs` writes the last of each to look at.
 */
export async function receiptPdfRow(folder: string, runs: number, keepPdfs: string | null = null): Promise<BenchRow> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const runsOf = {
    oursA5: [] as number[][],
    webA5: [] as number[][],
    oursRoll: [] as number[][],
    webRoll: [] as number[][],
  };
  try {
    const page = await browser.newPage();
    for (let run = 0; run < runsOfRow(); run++) {
      for (const paper of ['A5', 'ROLL_80MM'] as const) {
        const mine = await ours(paper, runs);
        const web = await chromiums(page, folder, paper, runs);
        (paper === 'A5' ? runsOf.oursA5 : runsOf.oursRoll).push(mine.samples);
        (paper === 'A5' ? runsOf.webA5 : runsOf.webRoll).push(web.samples);
        if (keepPdfs !== null && run === 0) {
          writeFileSync(join(keepPdfs, `resit-${paper}-pdfmake.pdf`), mine.bytes);
          writeFileSync(join(keepPdfs, `resit-${paper}-chromium.pdf`), web.bytes);
        }
      }
    }
  } finally {
    await browser.close();
  }
  const a5 = medianOfMedians(runsOf.oursA5);
  const webA5 = medianOfMedians(runsOf.webA5);
  const roll = medianOfMedians(runsOf.oursRoll);
  const webRoll = medianOfMedians(runsOf.webRoll);
  const ratioA5 = a5 / webA5;
  const ratioRoll = roll / webRoll;
  const p99 = (r: number[][]) => round(medianOfQuantiles(r, 0.99));
  const fonts = fontFaces(defaultFontsDir());
  return {
    id: 'receipt-pdf',
    title: 'PDF resit, panas (A5; 80 mm)',
    measured: `A5 median ${round(a5)} ms, p99 ${p99(runsOf.oursA5)} ms; 80 mm median ${round(roll)} ms, p99 ${p99(runsOf.oursRoll)} ms`,
    floor: `Chromium page.pdf(), ${fonts.files} fon: A5 ${round(webA5)} ms (p99 ${p99(runsOf.webA5)}); 80 mm ${round(webRoll)} ms (p99 ${p99(runsOf.webRoll)})`,
    value: round(Math.max(ratioA5, ratioRoll)),
    budget: `≤ ${RECEIPT_PDF_BUDGET}× (A5 ${round(ratioA5)}×, 80 mm ${round(ratioRoll)}×)`,
    meets: ratioA5 <= RECEIPT_PDF_BUDGET && ratioRoll <= RECEIPT_PDF_BUDGET,
    data: {
      runs,
      fontFiles: fonts.files,
      fontFamilies: fonts.families.join(','),
      a5Ms: round(a5, 3),
      a5P99Ms: p99(runsOf.oursA5),
      rollMs: round(roll, 3),
      rollP99Ms: p99(runsOf.oursRoll),
      chromiumA5Ms: round(webA5, 3),
      chromiumA5P99Ms: p99(runsOf.webA5),
      chromiumRollMs: round(webRoll, 3),
      chromiumRollP99Ms: p99(runsOf.webRoll),
      ratioA5: round(ratioA5, 3),
      ratioRoll: round(ratioRoll, 3),
    },
  };
}
