/**
 * The performance budgets of docs/ARCHITECTURE.md, each measured against its floor in the same run:
 *   npm run bench [-- --smoke] [--only clerk-action,search] [--dir FOLDER] [--search-cases N] …
 * Prints a table, then one JSON line (the last line) with every figure.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHECKPOINT_EVERY } from '../electron/services/ledger/startupCheck';
import { makeCourtPair, type CourtPair } from './court';
import { buildFixture } from './fixture';
import type { BenchRow } from './row';
import { backupRow } from './rows/backup';
import { clerkActionRow } from './rows/clerkAction';
import { courtIngestRow } from './rows/courtIngest';
import { courtVisibleRow } from './rows/courtVisible';
import { exportRow } from './rows/export';
import { receiptPdfRow } from './rows/receiptPdf';
import { rendererRow } from './rows/renderer';
import { searchRow } from './rows/search';
import { startupRow } from './rows/startup';
import { loadOf, RUNS_PER_ROW, runsOfRow, setRunsOfRow } from './stats';
import { printTable } from './table';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    dir: { type: 'string' },
    renderer: { type: 'string', default: 'dist/renderer' },
    actions: { type: 'string' },
    'pdf-runs': { type: 'string' },
    /** Write the last receipt of each paper, pdfmake's and Chromium's, into this folder to look at. */
    'keep-pdfs': { type: 'string' },
    'search-cases': { type: 'string' },
    queries: { type: 'string' },
    scans: { type: 'string' },
    'startup-events': { type: 'string' },
    'startup-runs': { type: 'string' },
    'renderer-runs': { type: 'string' },
    'export-cases': { type: 'string' },
    'export-receipts': { type: 'string' },
    'export-runs': { type: 'string' },
    'backup-runs': { type: 'string' },
    'court-events': { type: 'string' },
    'court-ingest-runs': { type: 'string' },
    'court-visible-samples': { type: 'string' },
  },
});

const smoke = values.smoke === true;
setRunsOfRow(smoke ? 1 : RUNS_PER_ROW);
function size(name: keyof typeof values, full: number, small: number): number {
  const given = values[name];
  if (typeof given === 'string') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1)
      throw new Error(`--${name} mesti nombor bulat positif / must be a positive integer`);
    return n;
  }
  return smoke ? small : full;
}

const sizes = {
  actions: size('actions', 300, 8),
  pdfRuns: size('pdf-runs', 50, 3),
  searchCases: size('search-cases', 200_000, 2_000),
  queries: size('queries', 300, 30),
  scans: size('scans', 30, 5),
  startupEvents: size('startup-events', 1_000_000, 20_000),
  startupRuns: size('startup-runs', 2, 1),
  rendererRuns: size('renderer-runs', 5, 1),
  exportCases: size('export-cases', 100_000, 1_000),
  exportReceipts: size('export-receipts', 300_000, 3_000),
  exportRuns: size('export-runs', 1, 1),
  backupRuns: size('backup-runs', 1, 1),
  courtEvents: size('court-events', 10_000, 500),
  courtIngestRuns: size('court-ingest-runs', 3, 1),
  courtVisibleSamples: size('court-visible-samples', 20, 1),
};
const only = values.only ? new Set(values.only.split(',')) : null;
/** `court-register` names both rows of the court folder (issue 20). */
const wanted = (id: string) => only === null || only.has(id) || (id.startsWith('court-') && only.has('court-register'));

const folder = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'kaunter-bench-'));
const rows: BenchRow[] = [];
const started = performance.now();
const note = (text: string) => console.error(`[bench] ${text}`);
const cores = cpus().length;
/** Runs one row, noting the machine's 1-minute load at its start and end. */
async function measure(make: () => BenchRow | Promise<BenchRow>): Promise<void> {
  const start = loadavg()[0] ?? 0;
  const row = await make();
  row.load = loadOf(start, loadavg()[0] ?? 0, cores);
  rows.push(row);
  // Each row as soon as it is measured, so a run stopped part-way still leaves what it found.
  note(
    `${row.id}: ${row.measured} | ${row.floor} | ${row.value ?? '—'} | ${row.budget} | ${row.meets ? 'YA' : 'TIDAK'}`,
  );
}

try {
  if (wanted('clerk-action')) {
    note(`clerk action × ${sizes.actions}`);
    await measure(() => clerkActionRow(folder, sizes.actions));
  }
  if (wanted('receipt-pdf')) {
    note(`receipt PDF × ${sizes.pdfRuns}`);
    await measure(() =>
      receiptPdfRow(folder, sizes.pdfRuns, values['keep-pdfs'] ? resolve(values['keep-pdfs']) : null),
    );
  }
  if (wanted('search') || wanted('startup')) {
    note(`building a ledger of ${sizes.searchCases} cases and ${sizes.startupEvents} audit events`);
    const dataDir = join(folder, 'large');
    const ledger = await buildFixture(dataDir, {
      cases: sizes.searchCases,
      receipts: Math.round(sizes.searchCases * 1.5),
      auditEvents: sizes.startupEvents,
      checkpointBehind: CHECKPOINT_EVERY,
    });
    try {
      if (wanted('search')) {
        note(`search × ${sizes.queries}, scans × ${sizes.scans}`);
        await measure(() => searchRow(ledger, sizes.queries, sizes.scans));
      }
      if (wanted('startup')) {
        note(`start-up check × ${sizes.startupRuns}`);
        await measure(() => startupRow(ledger, dataDir, sizes.startupRuns));
      }
    } finally {
      ledger.db.close();
    }
  }
  if (wanted('export') || wanted('backup')) {
    note(`building a ledger of ${sizes.exportCases} cases and ${sizes.exportReceipts} receipts for the export`);
    const dataDir = join(folder, 'export');
    const ledger = await buildFixture(dataDir, {
      cases: sizes.exportCases,
      receipts: sizes.exportReceipts,
      auditEvents: 0,
      // As every counter's ledger: opened before, its last start-up checkpoint at most CHECKPOINT_EVERY behind.
      checkpointBehind: CHECKPOINT_EVERY,
    });
    try {
      if (wanted('export')) {
        note(`export × ${sizes.exportRuns} × 3`);
        await measure(() => exportRow(ledger, dataDir, folder, sizes.exportRuns));
      }
      if (wanted('backup')) {
        note(`encrypted backup × ${sizes.backupRuns} × 3`);
        await measure(() => backupRow(ledger, dataDir, folder, sizes.backupRuns));
      }
    } finally {
      ledger.db.close();
    }
  }
  if (wanted('renderer')) {
    note(`renderer × ${sizes.rendererRuns}`);
    await measure(() => rendererRow(folder, resolve(values.renderer ?? 'dist/renderer'), sizes.rendererRuns));
  }
  let court: Promise<CourtPair> | null = null;
  const courtPair = () => (court ??= makeCourtPair(join(folder, 'court-pair')));
  if (wanted('court-ingest')) {
    note(`court replica ingest: ${sizes.courtEvents} events × ${sizes.courtIngestRuns}`);
    await measure(async () => courtIngestRow(folder, await courtPair(), sizes.courtEvents, sizes.courtIngestRuns));
  }
  if (wanted('court-visible')) {
    note(`court commit-to-visible × ${sizes.courtVisibleSamples}`);
    await measure(async () => courtVisibleRow(folder, await courtPair(), sizes.courtVisibleSamples, !smoke));
  }
} finally {
  if (!values.dir) rmSync(folder, { recursive: true, force: true });
}

printTable(rows);
console.log(
  JSON.stringify({
    smoke,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '', node: process.version, platform: process.platform },
    sizes,
    runsPerRow: runsOfRow(),
    seconds: Math.round((performance.now() - started) / 100) / 10,
    allMeet: rows.every((row) => row.meets !== false),
    // The same with the budgets proposed for the rows this machine does not meet (row.ts, `proposal`).
    allMeetAsProposed: rows.every((row) => (row.proposal ? row.proposal.meets : row.meets !== false)),
    busy: rows.some((row) => row.load?.busy === true),
    rows: Object.fromEntries(
      rows.map((row) => [
        row.id,
        {
          value: row.value,
          budget: row.budget,
          meets: row.meets,
          ...(row.proposal ? { proposal: row.proposal } : {}),
          load: row.load ?? null,
          ...row.data,
        },
      ]),
    ),
  }),
);
