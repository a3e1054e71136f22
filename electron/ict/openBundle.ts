import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AUDIT_FILE, type BundleCsvName, type BundleManifest } from '@shared/bundle/format';
import { checkAuditChain } from './auditChain';
import { checkAuditAgainstFiles } from './auditRecords';
import { checkRowsAgainstEvents } from './rowsFromEvents';
import { readCsv, type CsvRow } from './csv';
import { checkCaseNumbers, checkReceiptNumbers } from './continuity';
import { checkCounts } from './counts';
import type { Unlock } from './decrypt';
import { BundleFailure, error, warning, type Finding } from './findings';
import { bundleBase } from './keys';
import { checkManifestBeside } from './manifestBeside';
import { checkFileHashes, checkRowCount, readManifest, sha256Hex } from './manifest';
import type { BundleTables } from './tables';
import { checkMoney, type MoneyTotals } from './totals';
import { decryptTrusted, type TrustedKey, type TrustedSigners } from './trust';
import { readZip } from './zip';

export interface OpenedBundle {
  file: string;
  base: string;
  /** SHA-256 of the `.zip.pgp` file itself: what the next export's `previousSha256` names. */
  sha256: string;
  manifest: BundleManifest;
  signerFingerprint: string;
  /** The trusted key that made the signature: its label and how ICT came to trust it. */
  signer: Pick<TrustedKey, 'label' | 'via'>;
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
  /** The enrolled device keys and the `--signer` ones: the only keys a signature is checked against. */
  signers: TrustedSigners;
}

const TABLE_FILES: Record<keyof BundleTables, BundleCsvName> = {
  cases: 'cases.csv',
  parties: 'parties.csv',
  receipts: 'receipts.csv',
  receiptItems: 'receipt_items.csv',
  filings: 'filings.csv',
  appointments: 'appointments.csv',
  documents: 'documents.csv',
  hearings: 'hearings.csv',
  overrides: 'overrides.csv',
};

function readTables(files: Map<string, Uint8Array>, manifest: BundleManifest, findings: Finding[]): BundleTables {
  const entries = Object.entries(TABLE_FILES).map(([key, name]) => {
    const bytes = files.get(name);
    if (!bytes) return [key, [] as CsvRow[]] as const;
    const table = readCsv(name, bytes, findings, manifest.version);
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

/** What the checks of a bundle's contents found, and the tables they read. */
export type CheckedContents = Pick<OpenedBundle, 'tables' | 'totals' | 'auditLength' | 'auditHashes' | 'findings'>;

/**
 * Every check of a bundle's files against its manifest and its audit chain: hashes, rows, the chain,
 * the rows against the events, counts, number series, money. A bundle's contents and the records ICT
 * rebuilds from a counter's segments in the court folder (openFolder.ts) go through the same checks.
 */
export function checkContents(
  files: Map<string, Uint8Array>,
  manifest: BundleManifest,
  earlier: Finding[],
): CheckedContents {
  const findings = [...earlier, ...checkFileHashes(manifest, files)];
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
  return { tables, totals: money.totals, auditLength, auditHashes, findings };
}

async function open(file: string, options: OpenOptions): Promise<OpenedBundle> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new BundleFailure('READ', `Fail berkas tidak dapat dibaca: ${file}`, `Cannot read the bundle file: ${file}`);
  }
  const { zip, signerFingerprint, signedAheadMs, trusted } = await decryptTrusted(
    file,
    bytes,
    options.unlock,
    options.signers,
  );
  const files = readZip(zip);
  const manifest = readManifest(files);
  const contents = checkContents(files, manifest, [
    ...signerFinding(manifest, signerFingerprint),
    ...clockAheadFinding(signedAheadMs),
  ]);
  contents.findings.push(...checkManifestBeside(file, manifest, bytes));
  const base = bundleBase(basename(file));
  return {
    file,
    base,
    sha256: sha256Hex(bytes),
    manifest,
    signerFingerprint,
    signer: { label: trusted.label, via: trusted.via },
    files,
    ...contents,
    findings: contents.findings.map((f) => ({ ...f, bundle: base })),
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

/** A bundle signed by a counter whose clock ran ahead of this PC's: verified at its own time, and said. */
function clockAheadFinding(aheadMs: number): Finding[] {
  // A few minutes between two PCs' clocks is ordinary and not worth a line.
  if (aheadMs < 10 * 60_000) return [];
  const hours = (aheadMs / 3_600_000).toFixed(1);
  return [
    warning(
      'CLOCK_AHEAD',
      `Jam kaunter ${hours} jam lebih awal daripada jam PC ini semasa berkas ditandatangani: tandatangan disahkan pada masa ia dibuat. Semak tarikh rekod kaunter itu.`,
      `The counter's clock was ${hours} hours ahead of this PC's when it signed the bundle: the signature was verified at its own time. Check that counter's record dates.`,
    ),
  ];
}
