import { createHash, randomUUID } from 'node:crypto';
import { canonicalJson } from '@shared/canonicalJson';
import { AppError } from '@shared/errors';
import type { ImportFileFacts } from '@shared/esv3ImportViews';
import { MAX_IMPORT_BYTES, tooLargeError, type ImportFileInput } from '@shared/schemas/esv3Import';
import type { ImportTable } from './table';

export interface HeldFile {
  importId: string;
  kind: 'numbers' | 'causeBook';
  fileName: string;
  bytes: Buffer;
  sha256: string;
}

/** The audit actor of an import made with `npm run kaunter`, where no one signs in. */
export const CLI_ACTOR = 'system:cli';

/** What a preview says of the file itself: which one, how big, how it was read, how many rows. */
export function fileFacts(file: HeldFile, table: ImportTable, rowsRead: number): ImportFileFacts {
  return {
    importId: file.importId,
    fileName: file.fileName,
    sha256: file.sha256,
    bytes: file.bytes.length,
    format: table.format,
    encoding: table.encoding,
    rowsRead,
  };
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The digest of what a preview showed: apply recomputes it and refuses when anything differs. */
export const digestOf = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** A file's bytes from the renderer's base64, refused above the limit. */
export function bytesOf(file: ImportFileInput): Buffer {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLargeError(file.fileName, bytes.length);
  return bytes;
}

/**
 * Files previewed and not yet applied, held in the main process so that apply reads the very bytes the
 * supervisor saw previewed (never a preview sent back). The oldest go first past a few.
 */
export function pendingImports(max = 6) {
  const held = new Map<string, HeldFile>();
  return {
    hold(kind: HeldFile['kind'], fileName: string, bytes: Buffer): HeldFile {
      const file: HeldFile = { importId: randomUUID(), kind, fileName, bytes, sha256: sha256Of(bytes) };
      held.set(file.importId, file);
      while (held.size > max) held.delete(held.keys().next().value as string);
      return file;
    },
    get(importId: string, kind: HeldFile['kind']): HeldFile {
      const file = held.get(importId);
      if (!file || file.kind !== kind)
        throw new AppError('NOT_FOUND', 'Import ini tidak lagi disimpan. Pilih fail semula.');
      return file;
    },
    drop(importId: string): void {
      held.delete(importId);
    },
  };
}
export type PendingImports = ReturnType<typeof pendingImports>;
