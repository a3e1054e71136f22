import { createHash } from 'node:crypto';
import {
  AUDIT_FILE,
  BUNDLE_VERSIONS_READ,
  csvNamesOf,
  MANIFEST_FILE,
  bundleManifestSchema,
  type BundleManifest,
} from '@shared/bundle/format';
import { BundleFailure, error, type Finding } from './findings';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const READ = BUNDLE_VERSIONS_READ.map((v) => `v${v}`).join('/');

/** manifest.json, checked against the v1 schema; without it nothing else can be trusted. */
export function readManifest(files: Map<string, Uint8Array>): BundleManifest {
  const bytes = files.get(MANIFEST_FILE);
  if (!bytes) {
    throw new BundleFailure(
      'NOT_A_BUNDLE',
      `Tiada ${MANIFEST_FILE} dalam berkas.`,
      `No ${MANIFEST_FILE} in the bundle.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new BundleFailure(
      'NOT_A_BUNDLE',
      `${MANIFEST_FILE} bukan JSON yang sah.`,
      `${MANIFEST_FILE} is not valid JSON.`,
    );
  }
  const parsed = bundleManifestSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((i) => i.path.join('.') || '(root)')
      .join(', ');
    throw new BundleFailure(
      'NOT_A_BUNDLE',
      `${MANIFEST_FILE} tidak mengikut format berkas ${READ} (${where}).`,
      `${MANIFEST_FILE} does not follow bundle format ${READ} (${where}).`,
    );
  }
  return parsed.data;
}

/**
 * Every file of the bundle's format version is in the ZIP and listed in the manifest, and nothing else is; each listed
 * file has the SHA-256 and size the manifest gives. Row counts are checked once the files are read.
 */
export function checkFileHashes(manifest: BundleManifest, files: Map<string, Uint8Array>): Finding[] {
  const findings: Finding[] = [];
  const listed = new Map(manifest.files.map((f) => [f.name, f]));
  const required: string[] = [...csvNamesOf(manifest.version), AUDIT_FILE];
  for (const name of required) {
    if (!files.has(name) || !listed.has(name)) {
      const where = !files.has(name) ? 'dalam ZIP / in the ZIP' : 'dalam manifest / in the manifest';
      findings.push(error('FILE_MISSING', `Fail ${name} tiada ${where}.`, `File ${name} is missing ${where}.`));
    }
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST_FILE && !listed.has(name)) {
      findings.push(
        error(
          'FILE_EXTRA',
          `Fail ${name} ada dalam ZIP tetapi tidak disenaraikan dalam manifest.`,
          `File ${name} is in the ZIP but not listed in the manifest.`,
        ),
      );
    }
  }
  for (const entry of manifest.files) {
    const bytes = files.get(entry.name);
    if (!bytes) {
      if (!required.includes(entry.name)) {
        findings.push(
          error('FILE_MISSING', `Fail ${entry.name} tiada dalam ZIP.`, `File ${entry.name} is missing in the ZIP.`),
        );
      }
      continue;
    }
    const actual = sha256Hex(bytes);
    if (actual !== entry.sha256) {
      findings.push(
        error(
          'FILE_HASH',
          `${entry.name}: SHA-256 tidak sepadan dengan manifest (manifest ${entry.sha256.slice(0, 12)}…, fail ${actual.slice(0, 12)}…).`,
          `${entry.name}: SHA-256 does not match the manifest (manifest ${entry.sha256.slice(0, 12)}…, file ${actual.slice(0, 12)}…).`,
        ),
      );
    }
    if (bytes.length !== entry.bytes) {
      findings.push(
        error(
          'FILE_BYTES',
          `${entry.name}: saiz ${bytes.length} bait, manifest menyatakan ${entry.bytes}.`,
          `${entry.name}: size ${bytes.length} bytes, the manifest says ${entry.bytes}.`,
        ),
      );
    }
  }
  return findings;
}

export function checkRowCount(manifest: BundleManifest, name: string, rows: number): Finding[] {
  const entry = manifest.files.find((f) => f.name === name);
  if (!entry || entry.rows === rows) return [];
  return [
    error(
      'FILE_ROWS',
      `${name}: ${rows} baris, manifest menyatakan ${entry.rows}.`,
      `${name}: ${rows} rows, the manifest says ${entry.rows}.`,
    ),
  ];
}
