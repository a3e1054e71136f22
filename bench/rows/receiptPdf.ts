import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { DOCUMENT_FONT } from '../../electron/services/documents/common';
import { receiptDoc } from '../../electron/services/documents/receiptDoc';
import { renderPdf } from '../../electron/services/documents/render';
import { sampleHeader, sampleReceipt } from '../../electron/services/documents/sampleData';
import type { BenchRow } from '../row';
import { median, round, timeMsAsync } from '../stats';

export const RECEIPT_PDF_BUDGET = 2;

async function warmMs(make: () => TDocumentDefinitions, runs: number): Promise<number[]> {
  for (let i = 0; i < 10; i++) await renderPdf(make());
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await timeMsAsync(() => renderPdf(make())));
  return samples;
}

/** An A5 receipt (definition + render) against pdfmake's floor: one line of text in the same fonts. */
export async function receiptPdfRow(runs: number): Promise<BenchRow> {
  const trivial = (): TDocumentDefinitions => ({
    pageSize: 'A5',
    info: { creationDate: new Date(0) },
    defaultStyle: { font: DOCUMENT_FONT },
    content: ['Resit Rasmi'],
  });
  const receipt = sampleReceipt();
  const trivialMs = median(await warmMs(trivial, runs));
  const a5Ms = median(await warmMs(() => receiptDoc(receipt, sampleHeader, { paper: 'A5', copy: false }), runs));
  const rollMs = median(
    await warmMs(() => receiptDoc(receipt, sampleHeader, { paper: 'ROLL_80MM', copy: false }), runs),
  );
  const ratio = a5Ms / trivialMs;
  return {
    id: 'receipt-pdf',
    title: 'PDF resit (A5), panas',
    measured: `A5 ${round(a5Ms)} ms, 80 mm ${round(rollMs)} ms`,
    floor: `dokumen ringkas pdfmake ${round(trivialMs)} ms`,
    value: round(ratio),
    budget: `≤ ${RECEIPT_PDF_BUDGET}×`,
    meets: ratio <= RECEIPT_PDF_BUDGET,
    data: {
      runs,
      a5Ms: round(a5Ms, 3),
      rollMs: round(rollMs, 3),
      trivialMs: round(trivialMs, 3),
      ratio: round(ratio, 3),
    },
  };
}
