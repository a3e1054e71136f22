import { z } from 'zod';
import { PAYMENT_METHODS, RECEIPT_PAPERS, SEN_WORDING } from '../domain';
import { MAX_SEN } from '../money';
import { lineText, multiLineText, nameText, optionalLine } from './text';
import { fieldMessage } from './fieldMessage';
import { ref, type MessageKey } from '../errors';

/** Above this a payment needs the clerk to confirm the amount: RM 1,000,000.00. */
export const LARGE_PAYMENT_SEN = 100_000_000;

export const feeCodeSchema = z
  .string({ error: fieldMessage('Kod fi mesti diisi.') })
  .transform((v) => v.trim().toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[A-Z0-9_]{2,30}$/, fieldMessage('Kod fi mesti 2 hingga 30 huruf besar, angka atau _ (cth. SAMAN_MRS).')),
  );

export const senSchema = (label: MessageKey) =>
  z
    .number({ error: fieldMessage('{label} mesti nombor.', { label: ref(label) }) })
    .int(fieldMessage('{label} mesti dalam sen (nombor bulat).', { label: ref(label) }))
    .min(0, fieldMessage('{label} tidak boleh negatif.', { label: ref(label) }))
    .max(MAX_SEN, fieldMessage('{label} terlalu besar: semak semula.', { label: ref(label) }));

export const feeItemSchema = z.object({
  code: feeCodeSchema,
  name: lineText('Perihal fi', 200),
  amountSen: senSchema('Amaun fi'),
  active: z.boolean(),
});
export type FeeItemInput = z.input<typeof feeItemSchema>;

export const defaultLinesSchema = z.object({
  /** 'SAMAN', 'PERMOHONAN' or 'TYPE:<kod kes>' */
  appliesTo: z.string().regex(/^(SAMAN|PERMOHONAN|TYPE:\d{3})$/, fieldMessage('Sasaran fi lalai tidak sah.')),
  lines: z
    .array(z.object({ feeCode: feeCodeSchema, quantity: z.number().int().min(1).max(999) }))
    .max(20, fieldMessage('Terlalu banyak baris fi lalai.')),
});

export const paymentLineSchema = z.object({
  feeCode: feeCodeSchema,
  quantity: z
    .number({ error: fieldMessage('Kuantiti mesti nombor.') })
    .int(fieldMessage('Kuantiti mesti nombor bulat.'))
    .min(1, fieldMessage('Kuantiti sekurang-kurangnya 1.'))
    .max(999, fieldMessage('Kuantiti terlalu besar.')),
  /** A fee waived (e.g. legal aid, Biro Bantuan Guaman): the line is recorded at RM 0.00 with the reason. */
  exemptReason: optionalLine('Sebab pengecualian', 200),
});

const reference = (label: MessageKey) =>
  z
    .string()
    .max(400, fieldMessage('{label} terlalu panjang.', { label: ref(label) }))
    .transform((v) => v.trim().toUpperCase().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .regex(
          /^[A-Z0-9][A-Z0-9 /.-]{0,39}$/,
          fieldMessage('{label} mesti 1 hingga 40 huruf atau angka.', { label: ref(label) }),
        ),
    )
    .nullable()
    .optional()
    .transform((v) => v ?? null);

const optionalReference = (label: MessageKey) =>
  z
    .union([z.literal(''), reference(label)])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v));

/** Who pays and how: shared by a payment and by documents received with their fees. */
export const payerFields = {
  payerName: nameText('Nama pembayar', 150),
  payerIdNumber: optionalLine('No. K/P pembayar', 30),
  method: z.enum(PAYMENT_METHODS, { error: fieldMessage('Pilih cara bayaran.') }),
  tenderedSen: senSchema('Wang diterima').nullable().optional(),
  chequeBank: optionalLine('Nama bank', 80),
  methodReference: optionalReference('No. rujukan bayaran'),
};

/** What each method of payment needs besides the amount. */
export function checkPaymentMethod(
  p: {
    method: (typeof PAYMENT_METHODS)[number];
    tenderedSen?: number | null;
    chequeBank: string | null;
    methodReference: string | null;
  },
  ctx: z.RefinementCtx,
): void {
  const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  switch (p.method) {
    case 'CASH':
      if (p.tenderedSen === null || p.tenderedSen === undefined)
        need('tenderedSen', fieldMessage('Isikan wang tunai yang diterima.'));
      break;
    case 'CHEQUE':
      if (!p.chequeBank) need('chequeBank', fieldMessage('Isikan nama bank bagi cek.'));
      if (!p.methodReference) need('methodReference', fieldMessage('Isikan nombor cek.'));
      break;
    case 'MONEY_ORDER':
    case 'POSTAL_ORDER':
      if (!p.methodReference) need('methodReference', fieldMessage('Isikan nombor kiriman wang / wang pos.'));
      break;
    case 'CARD':
      if (!p.methodReference) need('methodReference', fieldMessage('Isikan kod kelulusan kad.'));
      break;
    case 'EFT':
      if (!p.methodReference) need('methodReference', fieldMessage('Isikan nombor rujukan EFT/FPX.'));
      break;
  }
}

export const takePaymentSchema = z
  .object({
    caseId: z.number().int().positive(fieldMessage('Pilih kes.')),
    lines: z
      .array(paymentLineSchema)
      .min(1, fieldMessage('Sekurang-kurangnya satu baris bayaran.'))
      .max(30, fieldMessage('Terlalu banyak baris.')),
    ...payerFields,
    kew38Serial: optionalReference('No. siri Kew. 38'),
    igfmasRef: optionalReference('Rujukan iGFMAS'),
    ispeksRef: optionalReference('Rujukan iSPEKS'),
    note: multiLineText('Catatan', 500).nullable().optional(),
    replacesReceiptId: z.number().int().positive().nullable().optional(),
    /** The clerk has confirmed an amount over RM 1,000,000.00. */
    confirmLargeAmount: z.boolean().optional(),
  })
  .superRefine(checkPaymentMethod);
export type TakePaymentInput = z.input<typeof takePaymentSchema>;
export type TakePayment = z.output<typeof takePaymentSchema>;

/** A supervisor's approval given at the clerk's screen: who, and their PIN. Never logged or stored. */
export const supervisorApprovalSchema = z.object({
  supervisorId: z
    .number({ error: fieldMessage('Pilih Penolong Pendaftar.') })
    .int()
    .positive(fieldMessage('Pilih Penolong Pendaftar.')),
  supervisorPin: z
    .string({ error: fieldMessage('PIN penyelia mesti diisi.') })
    .min(1, fieldMessage('PIN penyelia mesti diisi.'))
    .max(12, fieldMessage('PIN salah.')),
});

export const cancelReceiptSchema = supervisorApprovalSchema.extend({
  receiptId: z.number().int().positive(),
  reason: lineText('Sebab pembatalan', 300, { min: 5 }),
});

export const printReceiptSchema = z.object({
  receiptId: z.number().int().positive(),
  /** Print on the chosen printer; otherwise only save the PDF. */
  toPrinter: z.boolean(),
});

export const courtDateSchema = z.iso.date(fieldMessage('Tarikh tidak sah.'));

export const closeDaySchema = supervisorApprovalSchema.extend({
  date: courtDateSchema,
  cashCountedSen: senSchema('Tunai dikira'),
});

export const receiptSettingsSchema = z.object({
  senWording: z.enum(SEN_WORDING),
  receiptPaper: z.enum(RECEIPT_PAPERS),
  departmentName: lineText('Nama jabatan', 150),
});

export const printDaySchema = z.object({ date: courtDateSchema, toPrinter: z.boolean() });

export const choosePrinterSchema = z.object({
  kind: z.enum(['receipt', 'statement', 'courtDocument'], { error: fieldMessage('Jenis dokumen tidak sah.') }),
  printer: z.string().min(1).max(200, fieldMessage('Nama pencetak terlalu panjang.')).nullable(),
});
