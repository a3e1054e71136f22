import { z } from 'zod';
import { checkPaymentMethod, feeCodeSchema, payerFields, paymentReferenceFields } from './payment';
import { lineText, multiLineText, optionalLine } from './text';

export const filingTypeCodeSchema = z
  .string({ error: 'Pilih jenis dokumen.' })
  .transform((v) => v.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9_]{2,30}$/, 'Kod jenis dokumen mesti 2 hingga 30 huruf besar, angka atau _.'));

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
    .number({ error: 'Bilangan mesti nombor.' })
    .int('Bilangan mesti nombor bulat.')
    .min(1, 'Bilangan sekurang-kurangnya 1.')
    .max(99, 'Bilangan paling banyak 99.'),
  description: optionalLine('Keterangan', 200),
});

/**
 * Documents received for a case registered before the outage (in ESV3 or ESV2), with the receipt for
 * their fees taken in the same clerk action.
 */
export const recordFilingsSchema = z
  .object({
    caseId: z.number().int().positive('Pilih kes.'),
    documents: z
      .array(filedDocumentSchema)
      .min(1, 'Sekurang-kurangnya satu dokumen diterima.')
      .max(20, 'Terlalu banyak dokumen (had 20).'),
    ...payerFields,
    ...paymentReferenceFields,
    note: multiLineText('Catatan', 500).nullable().optional(),
    /** The clerk has checked change above the court's threshold, as on a case payment. */
    confirmLargeChange: z.boolean().optional(),
  })
  .superRefine((p, ctx) => checkPaymentMethod(p, ctx));
export type RecordFilingsInput = z.input<typeof recordFilingsSchema>;
export type RecordFilings = z.output<typeof recordFilingsSchema>;
