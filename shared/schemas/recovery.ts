import { z } from 'zod';
import { lineText, multiLineText } from './text';
import { fieldMessage } from './fieldMessage';

/** The ESV3 payment reference of one receipt: what ESV3 printed after the manual receipt was keyed in. */
const esv3PaymentRef = z
  .string({ error: fieldMessage('Masukkan rujukan bayaran ESV3.') })
  .trim()
  .min(1, fieldMessage('Masukkan rujukan bayaran ESV3.'))
  .max(40, fieldMessage('Rujukan bayaran ESV3 terlalu panjang (maksimum 40 aksara).'))
  .regex(/^[A-Za-z0-9][A-Za-z0-9/.\- ]*$/, fieldMessage('Rujukan bayaran ESV3 hanya huruf, nombor, "-", "/" dan ".".'));

export const recordEsv3Schema = z.object({
  caseId: z.number().int().positive(fieldMessage('Pilih kes.')),
  /** Format-checked against the court's template by the service, which knows the template. */
  esv3CaseNumber: z
    .string({ error: fieldMessage('Masukkan nombor kes ESV3.') })
    .trim()
    .min(1, fieldMessage('Masukkan nombor kes ESV3.'))
    .max(40, fieldMessage('Nombor kes ESV3 terlalu panjang.')),
  receipts: z
    .array(z.object({ receiptId: z.number().int().positive(), esv3PaymentRef }))
    .max(200, fieldMessage('Terlalu banyak resit.')),
  /** Required to change a record already marked done: the change is a new audited event. */
  correctionReason: multiLineText('Sebab pembetulan', 500).nullable().optional(),
  /**
   * The clerk's confirmation, with why, that ESV3 really gave a number of another case type than the
   * case's own: asked by the service, never taken silently (and no notice goes out before it).
   */
  typeMismatchReason: lineText('Sebab', 300, { min: 10 }).nullable().optional(),
});
export type RecordEsv3Input = z.input<typeof recordEsv3Schema>;
export type RecordEsv3 = z.output<typeof recordEsv3Schema>;

export const RECOVERY_FILTERS = ['BELUM', 'SELESAI', 'SEMUA'] as const;
export type RecoveryFilter = (typeof RECOVERY_FILTERS)[number];

export const worklistQuerySchema = z.object({
  filter: z.enum(RECOVERY_FILTERS, { error: fieldMessage('Tapisan tidak sah.') }).default('BELUM'),
  outageId: z.number().int().positive().nullable().optional(),
});

export const printNoticeSchema = z.object({
  caseId: z.number().int().positive(fieldMessage('Pilih kes.')),
  toPrinter: z.boolean(),
});
