import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

/**
 * A ZIP of the given files, in order. fflate writes the archive (headers, central directory); each file
 * is deflated by Node's zlib (native code, several times faster than deflate in JavaScript for the tens
 * of megabytes a large counter exports) and handed to fflate already compressed, with its CRC-32.
 */
export function zipFiles(files: [name: string, bytes: Uint8Array][], mtime: Date): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, bytes] of files) {
    const entry: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: 8, mtime };
    zip.add(entry);
    entry.ondata?.(null, deflateRawSync(bytes, { level: 6 }), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
