import { join } from 'node:path';

/*
 * Where things are in the court folder: <folder>/<court code>/<counter>/seg-000001.kseg … Each counter
 * writes only its own subfolder; a reader takes only names it knows and ignores the rest (a temporary
 * file being written, Syncthing's own files).
 */

/** The file extension of a segment. */
export const SEGMENT_EXTENSION = '.kseg';
/** The replica of the other counters' records, in this counter's data folder (never its ledger). */
export const REPLICA_FILE = 'replica.sqlite';

const SEGMENT_NAME = /^seg-(\d{6})\.kseg$/;
/**
 * A file that claims a segment number without being its one true name: a second copy of that number
 * (Syncthing keeps a conflicting copy as `seg-000003.sync-conflict-….kseg`), which means a fork.
 */
const CLAIMS_A_NUMBER = /^seg-(\d{6})[^/\\]*\.kseg$/;

/** The court as the folder names it: state code + court code, e.g. 05005. */
export function courtCodeOf(court: { stateCode: string; courtCode: string }): string {
  return `${court.stateCode}${court.courtCode}`;
}

export function courtDir(folder: string, courtCode: string): string {
  return join(folder, courtCode);
}

export function counterDir(folder: string, courtCode: string, counter: string): string {
  return join(folder, courtCode, counter);
}

export function segmentName(segmentNo: number): string {
  return `seg-${String(segmentNo).padStart(6, '0')}${SEGMENT_EXTENSION}`;
}

/** The number of a segment's own name, or null for any other file. */
export function segmentNumberOf(fileName: string): number | null {
  const m = SEGMENT_NAME.exec(fileName);
  return m ? Number(m[1]) : null;
}

/** The number a file claims when it is a second copy of a segment (not its own name), else null. */
export function forkedNumberOf(fileName: string): number | null {
  if (SEGMENT_NAME.test(fileName)) return null;
  const m = CLAIMS_A_NUMBER.exec(fileName);
  return m ? Number(m[1]) : null;
}

/** The hidden name a segment is written under before it takes its own. */
export function temporaryName(segmentNo: number): string {
  return `.${segmentName(segmentNo)}.tmp-${process.pid}`;
}

export function isTemporaryName(fileName: string): boolean {
  return /^\.seg-\d{6}\.kseg\.tmp-\d+$/.test(fileName);
}

/** A counter code as the court writes it: K1, K2… (the folder name of its subfolder). */
export function isCounterCode(name: string): boolean {
  return /^[A-Z0-9]{1,6}$/.test(name);
}
