import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenedBundle } from './openBundle';

/** A name from inside the ZIP that is safe to write as one file in one folder (no path, no `..`). */
function safeName(name: string): boolean {
  return /^[A-Za-z0-9_.-]+$/.test(name) && !name.startsWith('.');
}

/**
 * Writes the plain files of a bundle to `out/<base>/`: into a temporary folder first, renamed at the
 * end, so an interrupted run never leaves a half-written folder under the final name. The bundle's
 * own files are written byte for byte as signed (the machine format); `extra` holds what ICT's tool
 * made from them for people (the tables as XLSX).
 */
export function writePlainFiles(
  bundle: OpenedBundle,
  out: string,
  extra: Readonly<Record<string, Uint8Array>> = {},
): { folder: string; written: string[] } {
  mkdirSync(out, { recursive: true });
  const temp = mkdtempSync(join(out, `.${bundle.base}-`));
  const written: string[] = [];
  for (const [name, bytes] of bundle.files) {
    if (!safeName(name)) continue;
    writeFileSync(join(temp, name), bytes);
    written.push(name);
  }
  for (const [name, bytes] of Object.entries(extra)) {
    if (!safeName(name) || bundle.files.has(name)) continue;
    writeFileSync(join(temp, name), bytes);
    written.push(name);
  }
  const folder = join(out, bundle.base);
  rmSync(folder, { recursive: true, force: true });
  renameSync(temp, folder);
  return { folder, written: written.sort() };
}
