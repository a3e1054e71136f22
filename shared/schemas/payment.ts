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

export const feeItemSchema = z
  .object({
    code: feeCodeSchema,
    name: lineText('Perihal fi', 200),
    amountSen: senSchema('Amaun fi'),
    active: z.boolean(),
    /** Jaminan, deposits, nafkah paid through the court: the clerk types the amount, within the bounds. */
    amountTyped: z.boolean().optional().default(false),
    minSen: senSchema('Amaun minimum').nullable().optional().default(null),
    maxSen: senSchema('Amaun maksimum').nullable().optional().default(null),
  })
  .superRefine((fee, ctx) => {
    if (!fee.amountTyped) return;
    if (fee.minSen === null)
      ctx.addIssue({ code: 'custom', path: ['minSen'], message: fieldMessage('Isikan amaun minimum.') });
    if (fee.maxSen === null)
      ctx.addIssue({ code: 'custom', path: ['maxSen'], message: fieldMessage('Isikan amaun maksimum.') });
    if (fee.minSen !== null && fee.maxSen !== null && fee.maxSen < fee.minSen) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxSen'],
        message: fieldMessage('Amaun maksimum mesti sekurang-kurangnya amaun minimum.'),
      });
    }
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
  /** The amount the clerk typed for a fee whose amount is typed (jaminan, deposit); null for a fixed fee. */
  amountSen: senSchema('Amaun').nullable().optional().default(null),
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

/** The government's references for a collection, shared by a payment and by documents received with their fees. */
export const paymentReferenceFields = {
  kew38Serial: optionalReference('No. siri Kew. 38'),
  igfmasRef: optionalReference('Rujukan iGFMAS'),
  ispeksRef: optionalReference('Rujukan iSPEKS'),
};

/** What each method of payment needs besides the amount; `waived`: every line waived, no cash changes hands. */
export function checkPaymentMethod(
  p: {
    method: (typeof PAYMENT_METHODS)[number];
    tenderedSen?: number | null;
    chequeBank: string | null;
    methodReference: string | null;
  },
  ctx: z.RefinementCtx,
  waived = false,
): void {
  const need = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  switch (p.method) {
    case 'CASH':
      if (!waived && (p.tenderedSen === null || p.tenderedSen === undefined))
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
    ...paymentReferenceFields,
    note: multiLineText('Catatan', 500).nullable().optional(),
    replacesReceiptId: z.number().int().positive().nullable().optional(),
    /** The clerk has confirmed an amount over RM 1,000,000.00. */
    confirmLargeAmount: z.boolean().optional(),
    /** The clerk has checked change above the court's threshold (Tetapan → Resit). */
    confirmLargeChange: z.boolean().optional(),
  })
  .superRefine((p, ctx) => {
    checkPaymentMethod(
      p,
      ctx,
      p.lines.every((l) => l.exemptReason !== null),
    );
    // The typed amounts alone over the cap: refused here; with the fixed fees priced in, the service refuses.
    const typed = p.lines.reduce((sum, l) => sum + (l.exemptReason === null ? (l.amountSen ?? 0) : 0), 0);
    if (typed > MAX_SEN) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: fieldMessage('Jumlah resit melebihi had RM 100,000,000.00: semak kuantiti dan amaun.'),
      });
    }
  });
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
  /** Why the cash counted is not what the receipts say; required then (the ledger checks). */
  differenceNote: optionalLine('Catatan perbezaan tunai', 300),
});

export const reopenDaySchema = supervisorApprovalSchema.extend({
  date: courtDateSchema,
  reason: lineText('Sebab dibuka semula', 300, { min: 5 }),
});

/** Receipt settings: how it reads, and the court's limits on cash at the counter. */
export const receiptSettingsSchema = z.object({
  senWording: z.enum(SEN_WORDING),
  receiptPaper: z.enum(RECEIPT_PAPERS),
  departmentName: lineText('Nama jabatan', 150),
  /** Bank Negara's rounding of cash totals to the nearest 5 sen. */
  cashRounding: z.boolean(),
  /** The most cash one payment may bring to the counter. */
  maxCashSen: senSchema('Had wang tunai satu bayaran').min(
    100,
    fieldMessage('Had wang tunai sekurang-kurangnya RM 1.00.'),
  ),
  /** Change above this is confirmed by the clerk before the receipt is issued. */
  changeConfirmSen: senSchema('Had baki yang perlu disahkan'),
});

export const printDaySchema = z.object({ date: courtDateSchema, toPrinter: z.boolean() });

export const choosePrinterSchema = z.object({
  kind: z.enum(['receipt', 'statement', 'courtDocument'], { error: fieldMessage('Jenis dokumen tidak sah.') }),
  printer: z.string().min(1).max(200, fieldMessage('Nama pencetak terlalu panjang.')).nullable(),
});
