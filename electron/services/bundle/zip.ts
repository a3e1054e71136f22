import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';

const deflate = promisify(deflateRaw);

/**
 * A ZIP of the given files, in order. fflate writes the archive (headers, central directory); each file
 * is deflated by Node's zlib (native code, several times faster than deflate in JavaScript for the tens
 * of megabytes a large counter exports, and on libuv's threads, in parallel and off the main thread)
 * and handed to fflate already compressed, with its CRC-32.
 */
export async function zipFiles(files: [name: string, bytes: Uint8Array][], mtime: Date): Promise<Uint8Array> {
  const deflated = await Promise.all(files.map(([, bytes]) => deflate(bytes, { level: 6 })));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  files.forEach(([name, bytes], i) => {
    const entry: ZipInputFile = { filename: name, size: bytes.length, crc: crc32(bytes), compression: 8, mtime };
    zip.add(entry);
    entry.ondata?.(null, deflated[i] ?? new Uint8Array(), true);
  });
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
