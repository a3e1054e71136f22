import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { holdWriterLock, WriterRefusal } from '../services/ledger/writerLock';
import { startHost } from './server';

/** npm run host -- --data DIR [--port N] [--printer folder|system] [--print-dir DIR] */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      renderer: { type: 'string' },
      'print-dir': { type: 'string' },
      printer: { type: 'string' },
    },
  });
  const printer = values.printer ?? 'folder';
  if (printer !== 'folder' && printer !== 'system') {
    console.error(`--printer mesti "folder" atau "system" / must be "folder" or "system": ${printer}`);
    process.exit(2);
  }
  const dataDir = resolve(values.data ?? '.data/kaunter');
  const port = values.port === undefined ? 4780 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port tidak sah / invalid port: ${values.port}`);
    process.exit(2);
  }
  // The folder is this host's for its whole life (a restore inside closes and re-opens the ledger). Another
  // writer refuses us; a folder that takes no file still opens, read-only, for look-ups.
  try {
    holdWriterLock(dataDir, 'hos pelayar Kaunter Sandaran');
  } catch (error) {
    if (!(error instanceof WriterRefusal) || error.kind !== 'unwritable') throw error;
  }
  const host = await startHost({
    dataDir,
    port,
    rendererDir: resolve(values.renderer ?? 'dist/renderer'),
    ...(values['print-dir'] ? { printDir: resolve(values['print-dir']) } : {}),
    printer,
  });
  console.log(`Kaunter Sandaran (hos pelayar) — folder data ${dataDir}`);
  if (printer === 'system') {
    console.log(`Cetakan / printouts: pencetak sistem (CUPS) / the system's printers (CUPS)`);
  } else {
    console.log(`Cetakan / printouts: ${values['print-dir'] ? resolve(values['print-dir']) : `${dataDir}/cetakan`}`);
  }
  console.log(`Buka / open: ${host.url}`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => {
        console.log('Hos dihentikan / host stopped.');
        process.exit(0);
      },
      (error: unknown) => {
        console.error('Hos tidak berhenti dengan kemas / the host did not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof WriterRefusal) console.error(`GAGAL: ${error.message}\nFAILED: ${error.en}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
