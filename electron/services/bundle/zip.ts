import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/** A file on its way into the ZIP: its CRC-32 and size known, its deflate running on libuv's threads. */
export interface ZipEntry {
  name: string;
  size: number;
  crc: number;
  deflated: Promise<Uint8Array<ArrayBuffer>>;
}

/**
 * Starts deflating one file at once, off the main thread: Node's zlib (native code, several times faster
 * than deflate in JavaScript) with an output buffer as large as the worst case, so the whole file is
 * deflated in one pass on a libuv thread and never waits for the main thread between chunks. (Only the
 * pages written are ever touched, so the large buffer costs what the compressed file does.) The export
 * hands each file of the snapshot here as soon as it is made, so compressing overlaps reading the ledger.
 */
export function startDeflate(name: string, bytes: Uint8Array): ZipEntry {
  const deflated = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    deflateRaw(bytes, { level: 6, chunkSize: Math.max(64 * 1024, bytes.length + 64 * 1024) }, (error, out) => {
      if (error) reject(error);
      else resolve(out);
    });
  });
  // A failure is reported by zipEntries; this keeps it from being an unhandled rejection meanwhile.
  deflated.catch(() => undefined);
  return { name, size: bytes.length, crc: crc32(bytes), deflated };
}

/** The ZIP of the given entries, in order. fflate writes the archive (headers, central directory). */
export async function zipEntries(entries: ZipEntry[], mtime: Date): Promise<Uint8Array> {
  const deflated = await Promise.all(entries.map((entry) => entry.deflated));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  entries.forEach((entry, i) => {
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc: entry.crc, compression: 8, mtime };
    zip.add(file);
    file.ondata?.(null, deflated[i] ?? new Uint8Array(), true);
  });
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}
