import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/open';

/** SQLite's quick check of a database file, on its own connection: the first line of its answer. */
export type QuickCheckResult = { ok: true } | { ok: false; detail: string };

// Runs in a worker thread so the check of a large file overlaps the audit-chain work on the main
// thread. Read-only, memory-mapped: it reads every page once and changes nothing.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  db.pragma('mmap_size = 4294967296');
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ first: rows.length > 0 ? rows[0].quick_check : 'no result' });
} catch (error) {
  parentPort.postMessage({ first: String(error && error.message ? error.message : error) });
} finally {
  if (db) db.close();
}
`;

function interpret(first: string): QuickCheckResult {
  return first === 'ok' ? { ok: true } : { ok: false, detail: first };
}

export function quickCheckHere(db: Db): QuickCheckResult {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  return interpret(rows[0]?.quick_check ?? 'no result');
}

/** The quick check of `file` in a worker thread. */
export function quickCheckInWorker(file: string): Promise<QuickCheckResult> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, driver } });
    let settled = false;
    const settle = (result: QuickCheckResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    worker.once('message', (message: { first: string }) => settle(interpret(message.first)));
    worker.once('error', (error) => settle({ ok: false, detail: error.message }));
    worker.once('exit', (code) => settle({ ok: false, detail: `quick check stopped (${code})` }));
  });
}
