import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rmOf } from './amounts';
import type { Unlock } from './decrypt';
import { EXIT } from './exitCodes';
import { BundleFailure, hasErrors, type Finding } from './findings';
import { KeyProblem, loadSecretKey, readPassphraseFile } from './keys';
import { counterOf, mergeBundles, type MergeResult } from './merge';
import { openBundle, type BundleOutcome, type OpenedBundle } from './openBundle';
import { openCourtFolder, type OpenedFolder } from './openFolder';
import { reportHtml } from './report';
import { groupedFingerprint, signersForRun, type TrustedSigners } from './trust';
import { runTrust, TRUST_USAGE, TrustUsage, type TrustIo } from './trustCli';
import { defaultTrustFile, readTrustList } from './trustFile';
import { worklistCsv, worklistRows } from './worklist';
import { writePlainFiles } from './writePlain';
import { tablesXlsx, worklistXlsx } from './xlsx';

export const ICT_USAGE = `  ict open  BUNDLE.zip.pgp… --key SECRET.asc [--key …] [--key-passphrase-file F] [--passphrase-file F]
            [--trust FILE] [--signer DEVICE-KEY.asc|FINGERPRINT …] --out DIR
         Buka, sahkan dan semak berkas; tulis fail biasa (dan jadual .xlsx) ke DIR/<nama berkas>/ /
         open, verify and check bundles; write the plain files (and the tables as .xlsx) to DIR/<bundle name>/.
  ict merge BUNDLE.zip.pgp… (same options) --out DIR
         Gabungkan eksport terbaru setiap kaunter; tulis worklist.csv, worklist.xlsx dan report.html /
         merge the newest export of each counter; write worklist.csv, worklist.xlsx and report.html.
  ict merge --folder FOLDER --key SECRET.asc [--key …] [--key-passphrase-file F] [--trust FILE] [--signer KEY.asc …] --out DIR
         Gabungkan segmen setiap kaunter dalam folder mahkamah (bukan berkas), disahkan seperti kaunter mengesahkannya /
         merge each counter's segments in the court folder instead of bundles, verified as the counters verify them.
  Tandatangan disahkan hanya dengan kunci peranti dalam senarai amanah (ict trust) atau --signer /
         signatures are verified only against the enrolled device keys (ict trust) or --signer.
${TRUST_USAGE}
  Kod keluar / exit codes: 0 bersih / clean, 1 masalah ditemui / problems found,
         2 salah guna / usage error, 3 tidak dapat dinyahsulit atau disahkan / cannot decrypt or verify,
         4 ditandatangani oleh kunci yang tidak didaftarkan / signed by a key not enrolled (unverified).`;

export type Io = TrustIo;

class Usage extends Error {}

interface IctArgs {
  bundles: string[];
  /** `--folder`: the court folder, merged instead of bundles. */
  folder: string | null;
  unlock: Unlock;
  signers: TrustedSigners;
  trustFile: string;
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
        trust: { type: 'string' },
        out: { type: 'string' },
        folder: { type: 'string' },
      },
    });
  } catch (cause) {
    throw new Usage(cause instanceof Error ? cause.message : String(cause));
  }
  const { values, positionals } = parsed;
  if (values.folder !== undefined && positionals.length > 0)
    throw new Usage('Beri sama ada berkas atau --folder, bukan kedua-duanya / give bundles or --folder, not both.');
  if (values.folder !== undefined && !values.key?.length)
    throw new Usage(
      "Segmen folder mahkamah dibuka dengan kunci rahsia ICT: beri --key / court folder segments are opened with ICT's secret key: give --key.",
    );
  if (positionals.length === 0 && values.folder === undefined)
    throw new Usage('Beri sekurang-kurangnya satu berkas atau --folder / give at least one bundle or --folder.');
  if (!values.out) throw new Usage('--out mesti diberi / is required.');
  if (!values.key?.length && !values['passphrase-file']) {
    throw new Usage('Beri --key atau --passphrase-file / give --key or --passphrase-file.');
  }
  const keyPassphraseFile = values['key-passphrase-file'];
  const keyPassphrase = keyPassphraseFile ? readPassphraseFile(userPath(keyPassphraseFile)) : null;
  const secretKeys = await Promise.all((values.key ?? []).map((k) => loadSecretKey(userPath(k), keyPassphrase)));
  const passphraseFile = values['passphrase-file'];
  const passphrase = passphraseFile ? readPassphraseFile(userPath(passphraseFile)) : null;
  const trustFile = values.trust ? userPath(values.trust) : defaultTrustFile();
  const signers = await signersForRun(await readTrustList(trustFile), values.signer ?? [], userPath);
  return {
    bundles: positionals.map(userPath),
    folder: values.folder === undefined ? null : userPath(values.folder),
    unlock: { secretKeys, passphrase },
    signers,
    trustFile,
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
  io.out(
    `  Tandatangan sah, kunci berdaftar / good signature, enrolled key: ${groupedFingerprint(b.signerFingerprint)}`,
  );
  io.out(`    ${b.signer.label}; ${b.signer.via}; ${match}`);
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
  const label = o.failure.kind === 'UNVERIFIED' ? 'TIDAK DISAHKAN / UNVERIFIED' : 'GAGAL DIBUKA / CANNOT OPEN';
  io.out(`  ${label}: ${o.failure.ms}`);
  io.out(`  ${' '.repeat(label.length)}  ${o.failure.en}`);
}

function printTrust(io: Io, args: IctArgs): void {
  const listed = args.signers.keys.filter((k) => !k.via.startsWith('--signer')).length;
  const given = args.signers.keys.length - listed + args.signers.fingerprints.length;
  io.out(
    `Senarai amanah / trust list: ${args.trustFile} (${listed} kunci peranti / device keys)${given ? `; --signer: ${given}` : ''}`,
  );
  if (listed + given === 0) {
    io.out(
      '  KOSONG: tiada berkas boleh disahkan. Daftarkan kunci peranti setiap kaunter dari slip persediaannya: npm run kaunter -- ict trust add KEY.asc',
    );
    io.out(
      "  EMPTY: no bundle can be verified. Enrol each counter's device key from its setup slip: npm run kaunter -- ict trust add KEY.asc",
    );
  }
}

async function openAll(args: IctArgs): Promise<BundleOutcome[]> {
  const outcomes: BundleOutcome[] = [];
  for (const file of args.bundles) {
    outcomes.push(await openBundle(file, { unlock: args.unlock, signers: args.signers }));
  }
  return outcomes;
}

function verdict(io: Io, failures: readonly BundleFailure[], findings: readonly Finding[]): number {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const unverified = failures.filter((f) => f.kind === 'UNVERIFIED').length;
  const failed = failures.length - unverified;
  if (failed > 0) {
    io.out(
      `GAGAL / FAILED: ${failed} berkas tidak dapat dibuka / bundle(s) could not be opened${unverified ? `, ${unverified} tidak disahkan / unverified` : ''}; ${errors} masalah / problems.`,
    );
    return EXIT.CANNOT_OPEN;
  }
  if (unverified > 0) {
    io.out(
      `TIDAK DISAHKAN / UNVERIFIED: ${unverified} berkas ditandatangani oleh kunci yang tidak didaftarkan, tidak digunakan / bundle(s) signed by a key not enrolled, not used; ${errors} masalah / problems.`,
    );
    return EXIT.UNVERIFIED;
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

function failuresOf(outcomes: readonly BundleOutcome[]): BundleFailure[] {
  return outcomes.flatMap((o) => (o.ok ? [] : [o.failure]));
}

async function runOpen(args: IctArgs, io: Io): Promise<number> {
  printTrust(io, args);
  const outcomes = await openAll(args);
  for (const o of outcomes) {
    io.out(`== ${o.ok ? o.bundle.base : o.base}`);
    if (!o.ok) {
      printFailure(io, o);
      continue;
    }
    printBundle(io, o.bundle);
    const xlsx = await tablesXlsx(o.bundle);
    const { folder } = writePlainFiles(o.bundle, args.out, { [`${o.bundle.base}.xlsx`]: xlsx });
    io.out(`  Fail biasa ditulis ke / plain files written to: ${folder}`);
  }
  return verdict(
    io,
    failuresOf(outcomes),
    outcomes.flatMap((o) => (o.ok ? o.bundle.findings : [])),
  );
}

function writeDurably(file: string, text: string | Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, text, { flush: true });
  renameSync(temp, file);
}

/** Per counter of the court folder: the segments used, the last event, where it stopped. */
function printFolder(io: Io, folder: OpenedFolder): void {
  for (const c of folder.counters) {
    const upTo = c.segments
      ? `segmen / segments 1–${c.segments}, acara / events 1–${c.lastSeq}, acara terakhir / last event ${c.lastEventAt ?? '—'}`
      : 'tiada segmen digunakan / no segment used';
    io.out(`:: ${c.court}-${c.counter} (folder mahkamah / court folder): ${upTo}`);
    if (c.problem) io.out(`   berhenti di segmen / stopped at segment ${c.problem.segmentNo} (${c.problem.kind})`);
  }
}

/** The bundles given, or the court folder's counters: opened and merged the same way. */
async function openedForMerge(args: IctArgs): Promise<{ merge: MergeResult; folder: OpenedFolder | null }> {
  if (args.folder === null) return { merge: mergeBundles(await openAll(args)), folder: null };
  const folder = await openCourtFolder(args.folder, { unlock: args.unlock, signers: args.signers });
  const merge = mergeBundles(folder.outcomes);
  merge.findings.unshift(...folder.findings);
  return { merge, folder };
}

async function runMerge(args: IctArgs, io: Io, now: () => Date): Promise<number> {
  printTrust(io, args);
  const { merge, folder } = await openedForMerge(args);
  if (folder) printFolder(io, folder);
  for (const o of merge.failed) {
    io.out(`== ${o.base}`);
    printFailure(io, o);
  }
  for (const b of merge.current) {
    const kind = b.manifest.export.final ? 'akhir / final' : 'semasa / interim';
    io.out(
      `== ${b.base}: ${counterOf(b)}, eksport / export #${b.manifest.export.seq} (${kind}), ${groupedFingerprint(b.signerFingerprint)}`,
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
  writeDurably(join(args.out, 'worklist.xlsx'), await worklistXlsx(rows));
  writeDurably(
    join(args.out, 'report.html'),
    reportHtml({ merge, worklist: rows, generatedAt: now().toISOString(), clean, folder: folder?.counters ?? null }),
  );
  io.out(`Senarai kerja / worklist: ${join(args.out, 'worklist.csv')} (${rows.length} kes / cases)`);
  io.out(`  untuk hamparan / for spreadsheets: ${join(args.out, 'worklist.xlsx')}`);
  io.out(`Laporan / report: ${join(args.out, 'report.html')}`);
  return verdict(
    io,
    merge.failed.map((f) => f.failure),
    merge.findings,
  );
}

/** `kaunter ict open|merge|trust …`; returns the exit code. */
export async function runIct(argv: string[], io: Io, now: () => Date = () => new Date()): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'trust') return await runTrust(rest, io, now, userPath);
    if (sub !== 'open' && sub !== 'merge')
      throw new Usage(`Arahan ict tidak dikenali / unknown ict command: ${sub ?? ''}`);
    const args = await parse(rest);
    if (sub === 'open' && args.folder !== null)
      throw new Usage('--folder hanya untuk ict merge / --folder is for ict merge only.');
    return sub === 'open' ? await runOpen(args, io) : await runMerge(args, io, now);
  } catch (cause) {
    if (cause instanceof Usage || cause instanceof TrustUsage) {
      io.err(`${cause.message}\n\nPenggunaan / usage:\n${ICT_USAGE}`);
      return EXIT.USAGE;
    }
    if (cause instanceof BundleFailure) {
      io.err(`GAGAL / FAILED: ${cause.ms}\n                ${cause.en}`);
      return EXIT.CANNOT_OPEN;
    }
    if (cause instanceof KeyProblem) {
      io.err(`GAGAL / FAILED: ${cause.ms}\n                ${cause.en}`);
      return EXIT.CANNOT_OPEN;
    }
    throw cause;
  }
}
