import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as openpgp from 'openpgp';
import { requireCourtConfig } from '../court/court';
import { sql } from '../db/statements';
import type { Ledger } from '../ledger/ledger';
import { enrolledKeys } from './enrolment';
import { counterDir, courtCodeOf, segmentName } from './layout';
import { keyIdsOf, openSegment, sealSegment } from './segment';
import { writeSegmentOnce } from './segmentFile';

/*
 * The late-enrolment stream: a counter enrolled here after this counter had published cannot open the
 * earlier segments (they were not encrypted to it). For each enrolled key, the segments of the main
 * stream not encrypted to it are published again, once, in `<counter>/for-<fingerprint prefix>/`: the
 * same bodies, signed again, encrypted to that key only, written once like any segment. The main stream is
 * never touched. From the first main segment that was encrypted to the key on, nothing more is needed.
 */

/** The subfolder of the stream for one reader: the first 16 hex digits of its fingerprint. */
export function forReaderDir(folder: string, court: string, counter: string, readerFingerprint: string): string {
  return join(counterDir(folder, court, counter), `for-${readerFingerprint.slice(0, 16).toLowerCase()}`);
}

async function encryptedTo(bytes: Uint8Array, keyIds: string[]): Promise<boolean> {
  const message = await openpgp.readMessage({ binaryMessage: bytes });
  return message.getEncryptionKeyIDs().some((id) => keyIds.includes(id.toHex()));
}

/** Publishes, for every enrolled counter, what it cannot read in the main stream. Returns what was written. */
export async function publishForLateReaders(
  ledger: Ledger,
  folder: string,
  signer: openpgp.PrivateKey,
): Promise<{ counter: string; segments: number[] }[]> {
  const { court } = requireCourtConfig(ledger);
  const code = courtCodeOf(court);
  const main = counterDir(folder, code, court.counterId);
  const numbers = sql(ledger.db, 'SELECT segment_no FROM court_segments ORDER BY segment_no').pluck().all() as number[];
  const written: { counter: string; segments: number[] }[] = [];
  for (const reader of enrolledKeys(ledger).values()) {
    const ids = await keyIdsOf(reader.publicArmored);
    const dir = forReaderDir(folder, code, court.counterId, reader.fingerprint);
    const segments: number[] = [];
    for (const n of numbers) {
      if (existsSync(join(dir, segmentName(n)))) continue;
      const bytes = readFileSync(join(main, segmentName(n)));
      if (await encryptedTo(bytes, ids)) break;
      const opened = await openSegment(bytes, signer);
      if (!opened.ok) break;
      const sealed = await sealSegment(opened.body, {
        signer,
        recipients: [reader.publicArmored],
        date: ledger.clock(),
      });
      mkdirSync(dir, { recursive: true });
      writeSegmentOnce(dir, n, sealed);
      segments.push(n);
    }
    if (segments.length > 0) written.push({ counter: reader.counterId, segments });
  }
  return written;
}
