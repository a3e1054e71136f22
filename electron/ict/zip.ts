import { unzipSync } from 'fflate';
import { BundleFailure } from './findings';

/** The files inside the bundle's ZIP, by name. Folders are ignored; the format has none. */
export function readZip(zip: Uint8Array): Map<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new BundleFailure(
      'NOT_A_BUNDLE',
      `Kandungan berkas bukan fail ZIP yang sah (${detail}).`,
      `The bundle's contents are not a valid ZIP file (${detail}).`,
    );
  }
  return new Map(Object.entries(entries).filter(([name]) => !name.endsWith('/')));
}
