import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { zipSync } from 'fflate';
import * as openpgp from 'openpgp';
import {
  AUDIT_FILE,
  BUNDLE_CSV_COLUMNS,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  MANIFEST_FILE,
  bundleBaseName,
  csvColumnsOf,
  csvNamesOf,
  type BundleCsvName,
  type BundleManifest,
} from '@shared/bundle/format';
import { canonicalJson } from '@shared/canonicalJson';
import { manifestText } from '../../electron/services/bundle/manifestText';

/*
 * TEST SUPPORT ONLY. Builds reconciliation bundles from plain contents (CSV rows, audit events, a
 * manifest worked out from them) so the ICT reader can be tested before, and independently of, the
 * app's own writer. Each test may then break one thing on purpose.
 */

const KEYS = join(import.meta.dirname, '..', 'fixtures', 'keys');

/** The TEST-ONLY ICT keys (GnuPG-made, unprotected): never for real data. */
export const TEST_KEYS = {
  ictPublic: join(KEYS, 'ict-test.pub.asc'),
  ictSecret: join(KEYS, 'ict-test.sec.asc'),
  escrowPublic: join(KEYS, 'ict-escrow-test.pub.asc'),
  escrowSecret: join(KEYS, 'ict-escrow-test.sec.asc'),
};

export async function readTestPublicKey(file: string): Promise<openpgp.PublicKey> {
  return openpgp.readKey({ armoredKey: readFileSync(file, 'utf8') });
}

/**
 * A counter's device key: v4, Curve25519 in the form GnuPG 2.2 verifies (EdDSA "legacy", algorithm 22).
 * openpgp 6's `type: 'curve25519'` makes the RFC 9580 Ed25519 (algorithm 27), whose signatures GnuPG
 * 2.2 reports as "Invalid public key algorithm" (see gnupg.test.ts).
 */
export async function makeDeviceKey(
  counter: string,
): Promise<{ privateKey: openpgp.PrivateKey; armoredPublic: string }> {
  const { privateKey, publicKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: `Kaunter Sandaran ${counter} (TEST)`, email: `${counter.toLowerCase()}@example.invalid` }],
    format: 'object',
  });
  return { privateKey, armoredPublic: publicKey.armor() };
}

export type Row = Record<string, string>;

/**
 * One CSV of the bundle the way format `version` (default: the current one) writes it: BOM, CRLF,
 * header row, that version's columns in order.
 */
export function csvText(name: BundleCsvName, rows: readonly Row[], version: number = BUNDLE_VERSION): string {
  // The current version writes every column (the optional ones appended within it too), as the app does.
  const columns = [...(version === BUNDLE_VERSION ? BUNDLE_CSV_COLUMNS[name] : csvColumnsOf(name, version))];
  return stringify(
    rows.map((r) => columns.map((c) => r[c] ?? '')),
    { bom: true, header: true, columns, record_delimiter: 'windows' },
  );
}

export interface AuditLine {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  data: unknown;
  prev: string;
  hash: string;
}

/** Re-links a list of events into a valid chain (after a test dropped or edited some). */
export function rechain(events: readonly Omit<AuditLine, 'seq' | 'prev' | 'hash'>[]): AuditLine[] {
  let prev = '0'.repeat(64);
  return events.map((e, i) => {
    const unsigned = {
      seq: i + 1,
      at: e.at,
      actor: e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      data: e.data,
      prev,
    };
    const hash = createHash('sha256').update(canonicalJson(unsigned), 'utf8').digest('hex');
    prev = hash;
    return { ...unsigned, hash };
  });
}

export interface BundleContent {
  court: { stateCode: string; courtCode: string; name: string };
  counter: string;
  exportSeq: number;
  exportAt: string;
  previousSha256?: string | null;
  tables: Partial<Record<BundleCsvName, Row[]>>;
  audit: AuditLine[];
  outages?: BundleManifest['outages'];
  /**
   * The format version to write (default: the current one): an older version's files and columns only,
   * as a counter running that version wrote them (v2: no hearings.csv or overrides.csv, no v3 columns).
   */
  version?: BundleManifest['version'];
}

/** Format v1 writes times in Malaysian time: 2026-11-28T09:30:00.000+08:00. */
export function malaysianTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function sen(text: string | undefined): number {
  const [r = '0', s = '0'] = (text ?? '0.00').split('.');
  return Number(r) * 100 + Number(s);
}

function ranges<T>(items: readonly T[], key: (t: T) => string, number: (t: T) => string, running: (t: T) => number) {
  const groups = new Map<string, T[]>();
  for (const t of items) groups.set(key(t), [...(groups.get(key(t)) ?? []), t]);
  return [...groups].map(([k, list]) => {
    const sorted = [...list].sort((a, b) => running(a) - running(b));
    return { key: k, first: number(sorted[0] as T), last: number(sorted.at(-1) as T), count: list.length };
  });
}

/** The files of the ZIP and a manifest that tells the truth about them. */
export function bundleFiles(
  content: BundleContent,
  fingerprint: string,
): { files: Record<string, string>; manifest: BundleManifest } {
  const version = content.version ?? BUNDLE_VERSION;
  const names = csvNamesOf(version);
  const files: Record<string, string> = {};
  for (const name of names) files[name] = csvText(name, content.tables[name] ?? [], version);
  files[AUDIT_FILE] = content.audit.map((e) => `${JSON.stringify(e)}\n`).join('');
  const receipts = content.tables['receipts.csv'] ?? [];
  const issued = receipts.filter((r) => r.status !== 'CANCELLED');
  const byMethodSen: Record<string, number> = {};
  for (const r of issued) byMethodSen[r.method ?? ''] = (byMethodSen[r.method ?? ''] ?? 0) + sen(r.amount_rm);
  const issuedSen = issued.reduce((s, r) => s + sen(r.amount_rm), 0);
  const numbered = (content.tables['cases.csv'] ?? []).filter((c) => c.source === 'MANUAL' && c.running_number);
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version,
    app: { name: 'Kaunter Sandaran', version: '0.1.0-test' },
    court: content.court,
    counter: content.counter,
    deviceKeyFingerprint: fingerprint,
    export: {
      seq: content.exportSeq,
      at: content.exportAt,
      by: 'Puan Rohana binti Ismail',
      previousSha256: content.previousSha256 ?? null,
      final: false,
    },
    outages: content.outages ?? [
      {
        id: 1,
        sopOption: 1,
        startedAt: content.exportAt,
        closedAt: null,
        periods: [
          {
            sopOption: 1,
            fromOption: null,
            startedAt: content.exportAt,
            startedBy: 'Puan Rohana binti Ismail',
            reason: null,
          },
        ],
      },
    ],
    counts: {
      cases: (content.tables['cases.csv'] ?? []).length,
      casesManual: (content.tables['cases.csv'] ?? []).filter((c) => c.source === 'MANUAL').length,
      parties: (content.tables['parties.csv'] ?? []).length,
      receipts: receipts.length,
      receiptsIssued: issued.length,
      receiptsCancelled: receipts.length - issued.length,
      receiptItems: (content.tables['receipt_items.csv'] ?? []).length,
      filings: (content.tables['filings.csv'] ?? []).length,
      appointments: (content.tables['appointments.csv'] ?? []).length,
      documents: (content.tables['documents.csv'] ?? []).length,
      auditEvents: content.audit.length,
    },
    totals: {
      issuedSen,
      issuedRm: `${Math.floor(issuedSen / 100)}.${String(issuedSen % 100).padStart(2, '0')}`,
      byMethodSen,
      cancelledSen: receipts.filter((r) => r.status === 'CANCELLED').reduce((s, r) => s + sen(r.amount_rm), 0),
    },
    ranges: {
      caseNumbers: ranges(
        numbered,
        (c) => `${c.court_code}/${c.case_type_code}/${c.year}`,
        (c) => c.case_number ?? '',
        (c) => Number(c.running_number),
      ).map(({ key, ...r }) => ({ scope: key, ...r })),
      receiptNumbers: ranges(
        receipts,
        (r) => (r.receipt_number ?? '').replace(/-\d+$/, ''),
        (r) => r.receipt_number ?? '',
        (r) => Number(r.running_number),
      ).map(({ key, ...r }) => ({ series: key, ...r })),
    },
    audit: { length: content.audit.length, head: content.audit.at(-1)?.hash ?? '0'.repeat(64) },
    files: [...names, AUDIT_FILE].map((name) => {
      const bytes = Buffer.from(files[name] ?? '', 'utf8');
      const rows = name === AUDIT_FILE ? content.audit.length : (content.tables[name as BundleCsvName] ?? []).length;
      return { name, rows, sha256: sha256(bytes), bytes: bytes.length };
    }),
  };
  return { files, manifest };
}

export interface SealOptions {
  dir: string;
  device: { privateKey: openpgp.PrivateKey; armoredPublic: string };
  /** Encrypt to these public keys (default: the TEST ICT key). */
  recipients?: openpgp.PublicKey[];
  passwords?: string[];
  /** Sign with this key instead of the device key; null leaves the bundle unsigned. */
  signWith?: openpgp.PrivateKey | null;
  /** When the signature says it was made (default: now): a counter whose clock runs ahead. */
  signedAt?: Date;
  /** Change the manifest or files after they were worked out, to plant a problem. */
  tamper?: (zip: { files: Record<string, string>; manifest: BundleManifest }) => void;
}

export interface SealedBundle {
  file: string;
  base: string;
  manifest: BundleManifest;
  sha256: string;
}

/** Zips, signs and encrypts a bundle and writes its three files into `dir`. */
export async function sealBundle(content: BundleContent, options: SealOptions): Promise<SealedBundle> {
  const parts = bundleFiles(content, options.device.privateKey.getFingerprint());
  options.tamper?.(parts);
  const zipInput: Record<string, Uint8Array> = {
    [MANIFEST_FILE]: Buffer.from(JSON.stringify(parts.manifest, null, 2), 'utf8'),
  };
  for (const [name, text] of Object.entries(parts.files)) zipInput[name] = Buffer.from(text, 'utf8');
  const zip = zipSync(zipInput, { level: 6 });
  const signer = options.signWith === undefined ? options.device.privateKey : options.signWith;
  const encrypted = await openpgp.encrypt({
    message: await openpgp.createMessage({ binary: zip }),
    encryptionKeys: options.recipients ?? [await readTestPublicKey(TEST_KEYS.ictPublic)],
    passwords: options.passwords,
    signingKeys: signer ?? undefined,
    format: 'binary',
    ...(options.signedAt ? { date: options.signedAt } : {}),
  });
  const bytes = encrypted as Uint8Array;
  const courtId = `${content.court.stateCode}${content.court.courtCode}`;
  const base = bundleBaseName(courtId, content.counter, content.exportSeq, new Date(content.exportAt));
  const file = join(options.dir, `${base}.zip.pgp`);
  writeFileSync(file, bytes);
  const digest = sha256(bytes);
  writeFileSync(
    join(options.dir, `${base}.manifest.txt`),
    manifestText(parts.manifest, `${base}.zip.pgp`, digest, bytes.length),
  );
  writeFileSync(join(options.dir, `${base}.device-key.asc`), options.device.armoredPublic);
  return { file, base, manifest: parts.manifest, sha256: digest };
}
