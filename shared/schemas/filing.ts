import { z } from 'zod';
import { checkPaymentMethod, feeCodeSchema, payerFields, paymentReferenceFields } from './payment';
import { lineText, multiLineText, optionalLine } from './text';
import { fieldMessage } from './fieldMessage';

export const filingTypeCodeSchema = z
  .string({ error: fieldMessage('Pilih jenis dokumen.') })
  .transform((v) => v.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9_]{2,30}$/, fieldMessage('Kod jenis dokumen mesti 2 hingga 30 huruf besar, angka atau _.')),
  );

/** A kind of document the counter receives; the court extends the list. */
export const filingTypeSchema = z.object({
  code: filingTypeCodeSchema,
  name: lineText('Nama dokumen', 150),
  feeCode: z
    .union([z.literal(''), z.null(), feeCodeSchema])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  active: z.boolean(),
});
export type FilingTypeInput = z.input<typeof filingTypeSchema>;

export const filedDocumentSchema = z.object({
  typeCode: filingTypeCodeSchema,
  quantity: z
    .number({ error: fieldMessage('Bilangan mesti nombor.') })
    .int(fieldMessage('Bilangan mesti nombor bulat.'))
    .min(1, fieldMessage('Bilangan sekurang-kurangnya 1.'))
    .max(99, fieldMessage('Bilangan paling banyak 99.')),
  description: optionalLine('Perihal', 200),
});

/**
 * Documents received for a case registered before the outage (in ESV3 or ESV2), with the receipt for
 * their fees taken in the same clerk action.
 */
export const recordFilingsSchema = z
  .object({
    caseId: z.number().int().positive(fieldMessage('Pilih kes.')),
    documents: z
      .array(filedDocumentSchema)
      .min(1, fieldMessage('Sekurang-kurangnya satu dokumen diterima.'))
      .max(20, fieldMessage('Terlalu banyak dokumen (had 20).')),
    ...payerFields,
    ...paymentReferenceFields,
    note: multiLineText('Catatan', 500).nullable().optional(),
    /** The clerk has checked change above the court's threshold, as on a case payment. */
    confirmLargeChange: z.boolean().optional(),
  })
  .superRefine((p, ctx) => checkPaymentMethod(p, ctx));
export type RecordFilingsInput = z.input<typeof recordFilingsSchema>;
export type RecordFilings = z.output<typeof recordFilingsSchema>;
