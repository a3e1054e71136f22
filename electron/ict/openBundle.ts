import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type * as openpgp from 'openpgp';
import { AUDIT_FILE, type BundleCsvName, type BundleManifest } from '../../shared/bundle/format';
import { checkAuditChain } from './auditChain';
import { checkAuditAgainstFiles } from './auditRecords';
import { checkRowsAgainstEvents } from './rowsFromEvents';
import { readCsv, type CsvRow } from './csv';
import { checkCaseNumbers, checkReceiptNumbers } from './continuity';
import { checkCounts } from './counts';
import { decryptBundle, type Unlock } from './decrypt';
import { BundleFailure, error, type Finding } from './findings';
import { bundleBase, deviceKeyBeside, KeyProblem } from './keys';
import { checkFileHashes, checkRowCount, readManifest, sha256Hex } from './manifest';
import type { BundleTables } from './tables';
import { checkMoney, type MoneyTotals } from './totals';
import { readZip } from './zip';

export interface OpenedBundle {
  file: string;
  base: string;
  /** SHA-256 of the `.zip.pgp` file itself: what the next export's `previousSha256` names. */
  sha256: string;
  manifest: BundleManifest;
  signerFingerprint: string;
  files: Map<string, Uint8Array>;
  tables: BundleTables;
  totals: MoneyTotals;
  auditLength: number;
  /** The hash of each event of audit.jsonl up to its first break, in order: what a newer export must extend. */
  auditHashes: string[];
  findings: Finding[];
}

export type BundleOutcome =
  { ok: true; bundle: OpenedBundle } | { ok: false; file: string; base: string; failure: BundleFailure };

export interface OpenOptions {
  unlock: Unlock;
  /** Keys given with --signer; when null, the `.device-key.asc` beside the bundle is trusted. */
  signers: openpgp.PublicKey[] | null;
}

const TABLE_FILES: Record<keyof BundleTables, BundleCsvName> = {
  cases: 'cases.csv',
  parties: 'parties.csv',
  receipts: 'receipts.csv',
  receiptItems: 'receipt_items.csv',
  filings: 'filings.csv',
  appointments: 'appointments.csv',
  documents: 'documents.csv',
};

async function trustedSigners(file: string, options: OpenOptions): Promise<openpgp.PublicKey[]> {
  if (options.signers) return options.signers;
  let beside: openpgp.PublicKey[] | null;
  try {
    beside = await deviceKeyBeside(file);
  } catch (cause) {
    if (cause instanceof KeyProblem) throw new BundleFailure('NO_SIGNER_KEY', cause.ms, cause.en);
    throw cause;
  }
  if (!beside) {
    throw new BundleFailure(
      'NO_SIGNER_KEY',
      `Tiada ${bundleBase(basename(file))}.device-key.asc di sebelah berkas: beri kunci peranti kaunter dengan --signer.`,
      `No ${bundleBase(basename(file))}.device-key.asc beside the bundle: give the counter's device key with --signer.`,
    );
  }
  return beside;
}

function readTables(files: Map<string, Uint8Array>, manifest: BundleManifest, findings: Finding[]): BundleTables {
  const entries = Object.entries(TABLE_FILES).map(([key, name]) => {
    const bytes = files.get(name);
    if (!bytes) return [key, [] as CsvRow[]] as const;
    const table = readCsv(name, bytes, findings);
    findings.push(...checkRowCount(manifest, name, table.rows.length));
    return [key, table.rows] as const;
  });
  return Object.fromEntries(entries) as unknown as BundleTables;
}

function signerFinding(manifest: BundleManifest, signer: string): Finding[] {
  if (manifest.deviceKeyFingerprint === signer) return [];
  return [
    error(
      'SIGNER_MISMATCH',
      `Ditandatangani oleh ${signer}, tetapi manifest menyatakan kunci peranti ${manifest.deviceKeyFingerprint}.`,
      `Signed by ${signer}, but the manifest names device key ${manifest.deviceKeyFingerprint}.`,
    ),
  ];
}

const FILE_PROBLEMS: ReadonlySet<Finding['code']> = new Set([
  'FILE_HASH',
  'FILE_ROWS',
  'FILE_BYTES',
  'FILE_MISSING',
  'CSV_FORMAT',
]);

async function open(file: string, options: OpenOptions): Promise<OpenedBundle> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new BundleFailure('READ', `Fail berkas tidak dapat dibaca: ${file}`, `Cannot read the bundle file: ${file}`);
  }
  const signers = await trustedSigners(file, options);
  const { zip, signerFingerprint } = await decryptBundle(bytes, options.unlock, signers);
  const files = readZip(zip);
  const manifest = readManifest(files);
  const findings = [...signerFinding(manifest, signerFingerprint), ...checkFileHashes(manifest, files)];
  const tables = readTables(files, manifest, findings);
  const audit = files.get(AUDIT_FILE);
  let auditLength = 0;
  let auditHashes: string[] = [];
  if (audit) {
    const chain = checkAuditChain(audit, manifest);
    auditLength = chain.length;
    findings.push(
      ...checkRowCount(manifest, AUDIT_FILE, chain.length),
      ...chain.findings,
      ...checkAuditAgainstFiles(chain.events, tables.cases, tables.receipts),
    );
    // Rows no event supports: only on a whole chain and files that match the manifest (otherwise the
    // bundle is already condemned, and every row after the break would be named again).
    if (chain.findings.length === 0 && !findings.some((f) => FILE_PROBLEMS.has(f.code))) {
      findings.push(...checkRowsAgainstEvents(chain.events, tables.cases, tables.parties, tables.receipts));
    }
    auditHashes = chain.events.map((e) => String(e.hash));
  }
  findings.push(
    ...checkCounts(manifest, tables, auditLength),
    ...checkCaseNumbers(tables.cases, manifest),
    ...checkReceiptNumbers(tables.receipts, manifest),
  );
  const money = checkMoney(tables.receipts, tables.receiptItems, tables.cases, manifest);
  findings.push(...money.findings);
  const base = bundleBase(basename(file));
  return {
    file,
    base,
    sha256: sha256Hex(bytes),
    manifest,
    signerFingerprint,
    files,
    tables,
    totals: money.totals,
    auditLength,
    auditHashes,
    findings: findings.map((f) => ({ ...f, bundle: base })),
  };
}

/** Opens one bundle with every check; a bundle that cannot be opened comes back with its reason. */
export async function openBundle(file: string, options: OpenOptions): Promise<BundleOutcome> {
  try {
    return { ok: true, bundle: await open(file, options) };
  } catch (cause) {
    if (!(cause instanceof BundleFailure)) throw cause;
    return { ok: false, file, base: bundleBase(basename(file)), failure: cause };
  }
}
