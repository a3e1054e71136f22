import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type * as openpgp from 'openpgp';
import { rmOf } from './amounts';
import type { Unlock } from './decrypt';
import { EXIT } from './exitCodes';
import { hasErrors, type Finding } from './findings';
import { KeyProblem, loadPublicKeys, loadSecretKey, readPassphraseFile } from './keys';
import { counterOf, mergeBundles } from './merge';
import { openBundle, type BundleOutcome, type OpenedBundle } from './openBundle';
import { reportHtml } from './report';
import { worklistCsv, worklistRows } from './worklist';
import { writePlainFiles } from './writePlain';

export const ICT_USAGE = `  ict open  BUNDLE.zip.pgp… --key SECRET.asc [--key …] [--key-passphrase-file F] [--passphrase-file F]
            [--signer DEVICE-KEY.asc …] --out DIR
         Buka, sahkan dan semak berkas; tulis fail biasa ke DIR/<nama berkas>/ /
         open, verify and check bundles; write the plain files to DIR/<bundle name>/.
  ict merge BUNDLE.zip.pgp… (same options) --out DIR
         Gabungkan eksport terbaru setiap kaunter; tulis worklist.csv dan report.html /
         merge the newest export of each counter; write worklist.csv and report.html.
  Kod keluar / exit codes: 0 bersih / clean, 1 masalah ditemui / problems found,
         2 salah guna / usage error, 3 tidak dapat dinyahsulit atau disahkan / cannot decrypt or verify.`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

class Usage extends Error {}

interface IctArgs {
  bundles: string[];
  unlock: Unlock;
  signers: openpgp.PublicKey[] | null;
  out: string;
}

/**
 * Paths are the user's: `npm run` moves to the project folder before running, and says where the
 * user was in INIT_CWD.
 */
function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

async function parse(args: string[]): Promise<IctArgs> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        key: { type: 'string', multiple: true },
        'key-passphrase-file': { type: 'string' },
        'passphrase-file': { type: 'string' },
        signer: { type: 'string', multiple: true },
        out: { type: 'string' },
      },
    });
  } catch (cause) {
    throw new Usage(cause instanceof Error ? cause.message : String(cause));
  }
  const { values, positionals } = parsed;
  if (positionals.length === 0) throw new Usage('Beri sekurang-kurangnya satu berkas / give at least one bundle.');
  if (!values.out) throw new Usage('--out mesti diberi / is required.');
  if (!values.key?.length && !values['passphrase-file']) {
    throw new Usage('Beri --key atau --passphrase-file / give --key or --passphrase-file.');
  }
  const keyPassphraseFile = values['key-passphrase-file'];
  const keyPassphrase = keyPassphraseFile ? readPassphraseFile(userPath(keyPassphraseFile)) : null;
  const secretKeys = await Promise.all((values.key ?? []).map((k) => loadSecretKey(userPath(k), keyPassphrase)));
  const passphraseFile = values['passphrase-file'];
  const passphrase = passphraseFile ? readPassphraseFile(userPath(passphraseFile)) : null;
  const signers = values.signer?.length
    ? (await Promise.all(values.signer.map((f) => loadPublicKeys(userPath(f))))).flat()
    : null;
  return {
    bundles: positionals.map(userPath),
    unlock: { secretKeys, passphrase },
    signers,
    out: userPath(values.out),
  };
}

function printFinding(io: Io, f: Finding): void {
  const label = f.severity === 'error' ? 'RALAT / ERROR' : 'AMARAN / WARNING';
  io.out(`  ${label}: ${f.ms}`);
  io.out(`  ${' '.repeat(label.length)}  ${f.en}`);
}

function printBundle(io: Io, b: OpenedBundle): void {
  const { manifest: m } = b;
  const match =
    b.signerFingerprint === m.deviceKeyFingerprint
      ? 'sepadan dengan manifest / matches the manifest'
      : 'TIDAK sepadan dengan manifest / does NOT match the manifest';
  io.out(`  Tandatangan sah / good signature: ${b.signerFingerprint} (${match})`);
  io.out(
    `  Mahkamah / court: ${m.court.stateCode}${m.court.courtCode} ${m.court.name}; kaunter / counter ${m.counter}`,
  );
  io.out(`  Eksport / export: #${m.export.seq} ${m.export.at}${m.export.final ? ' (akhir / final)' : ''}`);
  io.out(
    `  Kes / cases ${b.tables.cases.length}; resit / receipts ${b.totals.issuedCount} (RM ${rmOf(b.totals.issuedSen)}), batal / cancelled ${b.totals.cancelledCount}; audit ${b.auditLength}`,
  );
  for (const f of b.findings) printFinding(io, f);
}

function printFailure(io: Io, o: Extract<BundleOutcome, { ok: false }>): void {
  io.out(`  GAGAL DIBUKA / CANNOT OPEN: ${o.failure.ms}`);
  io.out(`                              ${o.failure.en}`);
}

async function openAll(args: IctArgs): Promise<BundleOutcome[]> {
  const outcomes: BundleOutcome[] = [];
  for (const file of args.bundles) {
    outcomes.push(await openBundle(file, { unlock: args.unlock, signers: args.signers }));
  }
  return outcomes;
}

function verdict(io: Io, failed: number, findings: readonly Finding[]): number {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (failed > 0) {
    io.out(
      `GAGAL / FAILED: ${failed} berkas tidak dapat dibuka / bundle(s) could not be opened; ${errors} masalah / problems.`,
    );
    return EXIT.CANNOT_OPEN;
  }
  if (hasErrors(findings)) {
    io.out(`GAGAL / FAILED: ${errors} masalah ditemui / problems found, ${warnings} amaran / warnings.`);
    return EXIT.PROBLEMS;
  }
  io.out(
    `LULUS / PASSED: semua semakan lulus / every check passed${warnings ? ` (${warnings} amaran / warnings)` : ''}.`,
  );
  return EXIT.CLEAN;
}

async function runOpen(args: IctArgs, io: Io): Promise<number> {
  const outcomes = await openAll(args);
  for (const o of outcomes) {
    io.out(`== ${o.ok ? o.bundle.base : o.base}`);
    if (!o.ok) {
      printFailure(io, o);
      continue;
    }
    printBundle(io, o.bundle);
    const { folder } = writePlainFiles(o.bundle, args.out);
    io.out(`  Fail biasa ditulis ke / plain files written to: ${folder}`);
  }
  return verdict(
    io,
    outcomes.filter((o) => !o.ok).length,
    outcomes.flatMap((o) => (o.ok ? o.bundle.findings : [])),
  );
}

function writeDurably(file: string, text: string): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text, { flush: true });
  renameSync(temp, file);
}

async function runMerge(args: IctArgs, io: Io, now: () => Date): Promise<number> {
  const outcomes = await openAll(args);
  const merge = mergeBundles(outcomes);
  for (const o of merge.failed) {
    io.out(`== ${o.base}`);
    printFailure(io, o);
  }
  for (const b of merge.current) {
    const kind = b.manifest.export.final ? 'akhir / final' : 'semasa / interim';
    io.out(
      `== ${b.base}: ${counterOf(b)}, eksport / export #${b.manifest.export.seq} (${kind}), ${b.signerFingerprint}`,
    );
  }
  for (const s of merge.superseded) io.out(`-- ${s.bundle.base}: diganti oleh / superseded by ${s.by.base}`);
  for (const f of merge.findings) {
    io.out(`${f.bundle ? `[${f.bundle}]` : '[gabungan / merge]'}`);
    printFinding(io, f);
  }
  const rows = worklistRows(merge);
  mkdirSync(args.out, { recursive: true });
  const clean = merge.failed.length === 0 && !hasErrors(merge.findings);
  writeDurably(join(args.out, 'worklist.csv'), worklistCsv(rows));
  writeDurably(
    join(args.out, 'report.html'),
    reportHtml({ merge, worklist: rows, generatedAt: now().toISOString(), clean }),
  );
  io.out(`Senarai kerja / worklist: ${join(args.out, 'worklist.csv')} (${rows.length} kes / cases)`);
  io.out(`Laporan / report: ${join(args.out, 'report.html')}`);
  return verdict(io, merge.failed.length, merge.findings);
}

/** `kaunter ict open|merge …`; returns the exit code. */
export async function runIct(argv: string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub !== 'open' && sub !== 'merge')
      throw new Usage(`Arahan ict tidak dikenali / unknown ict command: ${sub ?? ''}`);
    const args = await parse(rest);
    return sub === 'open' ? await runOpen(args, io) : await runMerge(args, io, now);
  } catch (cause) {
    if (cause instanceof Usage) {
      io.err(`${cause.message}\n\nPenggunaan / usage:\n${ICT_USAGE}`);
      return EXIT.USAGE;
    }
    if (cause instanceof KeyProblem) {
      io.err(`GAGAL / FAILED: ${cause.ms}\n                ${cause.en}`);
      return EXIT.CANNOT_OPEN;
    }
    throw cause;
  }
}
