import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ICT_USAGE, runIct } from '../ict/cli';
import { askOnTerminal } from '../ict/terminalAsk';
import { DEMO_PIN, seed } from './seed';
import { WHAT_TO_DO_EN, WHAT_TO_DO_MS } from '../services/ledger/startupCheck';
import { verifyFolderAnchored } from './verify';
import { runBackup, runRestore } from './backup';
import { CliFailure, runExportCommand } from './exportCommand';
import { IMPORT_USAGE, runImportCommand } from './esv3Import';
import { CALENDAR_USAGE, runCalendarCommand } from './calendarCommand';
import { COURT_USAGE, runCourtCommand } from './courtCommand';
import { holdWriterLock, WriterRefusal } from '../services/ledger/writerLock';

const USAGE = `Penggunaan / usage: npm run kaunter -- <arahan> [pilihan]

  seed   --data DIR --cases N [--seed S] [--log FILE] [--court 05005] [--counter K1] [--block-start 1]
         Data demo melalui perkhidmatan yang sama / demo data through the same services.
  verify --data DIR [--backup DIR]
         Semak integriti, rantaian audit dan nombor kes / check integrity, audit chain and case numbers.
  backup --data DIR --to DIR [--keep 20]
         Sandaran yang disemak / a checked backup of the ledger.
  restore --data DIR --from FILE [--yes] [--key ICT.sec.asc | --passphrase-file F]
         Tunjuk isi sandaran; dengan --yes pulihkan (yang lama diketepikan; DIR boleh kosong) / show a backup;
         --yes restores it (DIR may be empty). Frasa laluan / passphrase: --passphrase-file or KAUNTER_RECOVERY_PASSPHRASE.
  export --data DIR --out DIR --ict-key FILE [--ict-key FILE …] [--passphrase-file F]
         Bundle penyesuaian (v1) dari folder data yang disalin / the reconciliation bundle from a copied data folder.
${IMPORT_USAGE}
${CALENDAR_USAGE}
${COURT_USAGE}
${ICT_USAGE}`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

function positiveInt(name: string, value: string | undefined, fallback?: number): number {
  if (value === undefined) {
    if (fallback === undefined) fail(`--${name} mesti diberi / is required\n\n${USAGE}`);
    return fallback;
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} mesti nombor bulat / must be a whole number: ${value}`);
  return n;
}

async function runSeed(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      cases: { type: 'string' },
      seed: { type: 'string' },
      log: { type: 'string' },
      court: { type: 'string' },
      counter: { type: 'string' },
      'block-start': { type: 'string' },
    },
  });
  if (!values.data) fail(`--data mesti diberi / is required\n\n${USAGE}`);
  const court = values.court ?? '05005';
  if (!/^\d{5}$/.test(court)) fail('--court mesti 5 digit: kod negeri + kod mahkamah (cth. 05005) / must be 5 digits');
  const counter = (values.counter ?? 'K1').toUpperCase();
  if (!/^[A-Z0-9]{1,6}$/.test(counter))
    fail('--counter mesti 1–6 huruf/angka (cth. K1) / must be 1–6 letters or digits');
  const blockStart = positiveInt('block-start', values['block-start'], 1);
  if (blockStart < 1) fail('--block-start sekurang-kurangnya 1 / at least 1');
  const dataDir = resolve(values.data);
  holdWriterLock(dataDir, 'kaunter seed');
  const summary = await seed({
    dataDir,
    cases: positiveInt('cases', values.cases),
    seed: positiveInt('seed', values.seed, 1),
    log: values.log ? resolve(values.log) : null,
    court,
    counter,
    blockStart,
  });
  console.log(`Data demo dibuat / demo data made in ${dataDir} (Penyelia Demo, PIN ${DEMO_PIN})`);
  console.log(JSON.stringify(summary));
}

async function runVerify(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, backup: { type: 'string' } } });
  if (!values.data) fail(`--data mesti diberi / is required\n\n${USAGE}`);
  const outcome = await verifyFolderAnchored(resolve(values.data), values.backup ? resolve(values.backup) : null);
  if (!outcome.found) {
    fail(`Tiada pangkalan data di ${outcome.file}.\nNo database at ${outcome.file}.`, 1);
  }
  const { summary } = outcome;
  if (!summary.ok && summary.problem) {
    console.error(`GAGAL: ${summary.problem.messageMs}`);
    console.error(`FAILED: ${summary.problem.messageEn}`);
    console.error(`TINDAKAN: ${WHAT_TO_DO_MS}`);
    console.error(`WHAT TO DO: ${WHAT_TO_DO_EN}`);
    process.exit(1);
  }
  console.log(
    `LULUS / PASSED: integriti OK, ${summary.auditEvents} peristiwa audit / audit events, ` +
      `${summary.cases} kes / cases, ${summary.series} siri nombor / number series, ${summary.receipts} resit / receipts, ` +
      `${summary.filings} dokumen diterima / filings, ${summary.appointments} janji temu / appointments`,
  );
  console.log(JSON.stringify(summary));
}

// `kaunter verify … | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function runExport(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      out: { type: 'string' },
      'ict-key': { type: 'string', multiple: true },
      'passphrase-file': { type: 'string' },
    },
  });
  if (!values.data || !values.out) fail(`--data dan --out mesti diberi / are required\n\n${USAGE}`);
  try {
    const lines = await runExportCommand({
      data: values.data,
      out: values.out,
      ictKeys: values['ict-key'] ?? [],
      passphraseFile: values['passphrase-file'] ?? null,
    });
    for (const line of lines) console.log(line);
  } catch (error) {
    if (error instanceof CliFailure) fail(`GAGAL: ${error.ms}\nFAILED: ${error.en}`, 1);
    throw error;
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  switch (command) {
    case 'seed':
      await runSeed(rest);
      return;
    case 'verify':
      await runVerify(rest);
      return;
    case 'backup':
      await runBackup(rest);
      return;
    case 'restore':
      await runRestore(rest);
      return;
    case 'ict':
      process.exitCode = await runIct(rest, {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
        ask: askOnTerminal,
      });
      return;
    case 'export':
      await runExport(rest);
      return;
    case 'calendar':
      process.exitCode = runCalendarCommand(rest, {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
      });
      return;
    case 'court':
      process.exitCode = await runCourtCommand(rest, {
        out: (line) => console.log(line),
        err: (line) => console.error(line),
        ask: askOnTerminal,
      });
      return;
    case 'import-numbers':
    case 'import-causebook':
      process.exitCode = await runImportCommand(command, rest);
      return;
    default:
      fail(command ? `Arahan tidak dikenali / unknown command: ${command}\n\n${USAGE}` : USAGE);
  }
}

main().catch((error: unknown) => {
  // A second writer on the folder, or a folder that takes no file: both languages, as every refusal.
  if (error instanceof WriterRefusal) console.error(`GAGAL: ${error.message}\nFAILED: ${error.en}`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
