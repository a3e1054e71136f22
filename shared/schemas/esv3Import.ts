import { z } from 'zod';
import { fieldMessage } from './fieldMessage';
import { AppError } from '../errors';

/** The largest file ICT's exports may be: a year of a busy court's cause book is a few MB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
const MAX_BASE64 = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;

/** The refusal of a file over the limit, said before any of it is read. */
export function tooLargeError(fileName: string, bytes: number): AppError {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return new AppError(
    'VALIDATION',
    'Fail {fileName} terlalu besar ({mb} MB). Had fail import ialah {limit} MB: minta ICT mengeksport mengikut tahun atau jenis kes.',
    { fileName, mb, limit: MAX_IMPORT_BYTES / (1024 * 1024) },
  );
}

/** A file as the renderer read it (File input or pasted text), its bytes in base64. */
export const importFileSchema = z.object({
  fileName: z
    .string({ error: fieldMessage('Pilih fail untuk diimport.') })
    .trim()
    .min(1, fieldMessage('Pilih fail untuk diimport.'))
    .max(255, fieldMessage('Nama fail terlalu panjang.')),
  contentBase64: z
    .string({ error: fieldMessage('Pilih fail untuk diimport.') })
    .max(
      MAX_BASE64,
      fieldMessage('Fail terlalu besar. Had fail import ialah {limit} MB.', {
        limit: MAX_IMPORT_BYTES / (1024 * 1024),
      }),
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, fieldMessage('Kandungan fail tidak sah.')),
});
export type ImportFileInput = z.input<typeof importFileSchema>;

const importIdSchema = z.uuid(fieldMessage('Import tidak dikenali. Pilih fail semula.'));
const digestSchema = z.string().regex(/^[0-9a-f]{64}$/, fieldMessage('Pratonton tidak sah. Pilih fail semula.'));

/** The fields of ESV3's cause book the counter keeps; caseNumber and parties must be mapped. */
export const CAUSE_BOOK_FIELDS = ['caseNumber', 'registeredOn', 'caseType', 'parties', 'idNumbers'] as const;
export type CauseBookField = (typeof CAUSE_BOOK_FIELDS)[number];
export const REQUIRED_CAUSE_BOOK_FIELDS: readonly CauseBookField[] = ['caseNumber', 'parties'];

const columnSchema = z.number().int().min(0).max(199).nullable();
export const columnMappingSchema = z.object({
  caseNumber: columnSchema,
  registeredOn: columnSchema,
  caseType: columnSchema,
  parties: columnSchema,
  idNumbers: columnSchema,
});
export type ColumnMapping = z.output<typeof columnMappingSchema>;

export const numbersPreviewSchema = z.object({ file: importFileSchema });
export const importApplySchema = z.object({ importId: importIdSchema, digest: digestSchema });

/** A cause book preview: a new file, or the same file again with the supervisor's column mapping. */
export const causeBookPreviewSchema = z
  .object({
    file: importFileSchema.optional(),
    importId: importIdSchema.optional(),
    mapping: columnMappingSchema.optional(),
  })
  .refine((v) => (v.file === undefined) !== (v.importId === undefined), fieldMessage('Pilih fail untuk diimport.'));

export const causeBookApplySchema = importApplySchema.extend({ mapping: columnMappingSchema });

export const referenceSearchSchema = z.object({
  query: z
    .string()
    .max(200, fieldMessage('Carian terlalu panjang.'))
    .transform((v) => v.normalize('NFC').trim()),
});
