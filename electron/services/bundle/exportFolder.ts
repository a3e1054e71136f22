import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { syncFolder } from './files';

/**
 * An export's three files on the stick, and the order that makes a crash readable (docs/ARCHITECTURE.md, the
 * reconciliation bundle): each is written and flushed under a hidden partial name; the two companions
 * take their final names; the export is recorded in the ledger; the `.zip.pgp` takes its name last.
 * So a final-named `.zip.pgp` is always one the ledger recorded, and a partial `.zip.pgp` whose hash the
 * ledger recorded is a finished export whose last rename was cut: it is given its name at the next run.
 */
export const EXPORT_STEPS = ['staged', 'companions', 'recorded', 'placed'] as const;
export type ExportStep = (typeof EXPORT_STEPS)[number];

export const PGP_SUFFIX = '.zip.pgp';
export const MANIFEST_SUFFIX = '.manifest.txt';
export const DEVICE_KEY_SUFFIX = '.device-key.asc';
const SUFFIXES = [PGP_SUFFIX, MANIFEST_SUFFIX, DEVICE_KEY_SUFFIX] as const;

/** The hidden name a file is written under until it takes its own. */
export function partialName(name: string): string {
  return `.${name}.partial`;
}

/** What the folder held that a finished export does not leave: put right, cleared, or only reported. */
export interface ExportFolderFindings {
  /** Exports the ledger recorded whose last rename a crash cut: given their names now. */
  completed: string[];
  /** Partial files and lone companions of killed runs, never recorded: removed. */
  removed: string[];
  /** Final-named bundles of this counter the ledger never recorded (or with another hash): not trusted. */
  unrecorded: string[];
}

function sha256File(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function split(name: string): { base: string; suffix: (typeof SUFFIXES)[number] } | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  return suffix ? { base: name.slice(0, -suffix.length), suffix } : null;
}

/** `.X.zip.pgp.partial` and the names the app used before (`.X.zip.pgp.tmp-<pid>-<ms>`). */
function leftover(name: string): string | null {
  const match = /^\.(.+)\.(?:partial|tmp-\d+-\d+)$/.exec(name);
  return match?.[1] ?? null;
}

/**
 * Puts the folder right before an export writes to it, for this counter's files only (`prefix` is
 * `KS-<court>-<counter>-`): finishes recorded exports, clears what killed runs left, and reports the
 * final-named bundles the ledger never recorded without touching them.
 */
export function tidyExportFolder(ledger: Ledger, folder: string, prefix: string): ExportFolderFindings {
  const findings: ExportFolderFindings = { completed: [], removed: [], unrecorded: [] };
  const recordedSha = (base: string) =>
    (
      sql(ledger.db, 'SELECT pgp_sha256 FROM exports WHERE base_name = ?').get(base) as
        { pgp_sha256: string } | undefined
    )?.pgp_sha256 ?? null;
  const names = readdirSync(folder);
  const present = new Set(names);
  let renamed = false;

  for (const name of names) {
    const finalName = leftover(name);
    const parts = finalName ? split(finalName) : null;
    if (!finalName || !parts || !parts.base.startsWith(prefix)) continue;
    const file = join(folder, name);
    const sha = recordedSha(parts.base);
    const finish =
      sha !== null &&
      !present.has(finalName) &&
      name === partialName(finalName) &&
      (parts.suffix !== PGP_SUFFIX || sha256File(file) === sha);
    if (finish) {
      renameSync(file, join(folder, finalName));
      present.add(finalName);
      renamed = true;
      if (parts.suffix === PGP_SUFFIX) findings.completed.push(finalName);
    } else {
      rmSync(file, { force: true });
      findings.removed.push(name);
    }
  }

  for (const name of [...present].sort()) {
    const parts = split(name);
    if (!parts || !parts.base.startsWith(prefix) || name.startsWith('.')) continue;
    const sha = recordedSha(parts.base);
    if (parts.suffix === PGP_SUFFIX) {
      if (sha === null || sha256File(join(folder, name)) !== sha) findings.unrecorded.push(name);
    } else if (sha === null && !present.has(`${parts.base}${PGP_SUFFIX}`)) {
      // A companion with no bundle beside it and no record: what a run killed before recording leaves.
      rmSync(join(folder, name), { force: true });
      findings.removed.push(name);
    }
  }
  if (renamed || findings.removed.length > 0) syncFolder(folder);
  return findings;
}

/** True when the folder already has any of these final names (a retry must never overwrite one). */
export function anyTaken(folder: string, names: string[]): string | null {
  return names.find((name) => existsSync(join(folder, name))) ?? null;
}
