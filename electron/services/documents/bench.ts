/**
 * Warm render time of an A5 receipt against pdfmake's floor (one line of text, the same fonts):
 *   npx tsx electron/services/documents/bench.ts [runs]
 * A benchmark, not a test: timings depend on the machine.
 */
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT } from './common';
import { receiptDoc } from './receiptDoc';
import { renderPdf } from './render';
import { sampleHeader, sampleReceipt } from './sampleData';

async function time(label: string, make: () => TDocumentDefinitions, runs: number): Promise<number> {
  for (let i = 0; i < 10; i++) await renderPdf(make());
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < runs; i++) bytes += (await renderPdf(make())).length;
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(34)} ${ms.toFixed(2)} ms/document  (${Math.round(bytes / runs)} bytes)`);
  return ms;
}

export async function bench(runs = 50): Promise<{ trivialMs: number; receiptMs: number }> {
  const trivial = (): TDocumentDefinitions => ({
    pageSize: 'A5',
    info: { creationDate: new Date(0) },
    defaultStyle: { font: DOCUMENT_FONT },
    content: ['Resit Rasmi'],
  });
  const receipt = sampleReceipt();
  const trivialMs = await time('trivial (one line, same fonts)', trivial, runs);
  const receiptMs = await time(
    'A5 receipt (definition + render)',
    () => receiptDoc(receipt, sampleHeader, { paper: 'A5', copy: false }),
    runs,
  );
  await time('80 mm receipt', () => receiptDoc(receipt, sampleHeader, { paper: 'ROLL_80MM', copy: false }), runs);
  console.log(`ratio receipt / trivial: ${(receiptMs / trivialMs).toFixed(2)}`);
  return { trivialMs, receiptMs };
}

const entry = process.argv[1];
if (entry && path.resolve(entry) === path.resolve(new URL(import.meta.url).pathname)) {
  bench(Number(process.argv[2] ?? 50)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
