import { z } from 'zod';
import { fieldMessage } from './fieldMessage';
import { lineText, pinSchema } from './text';
import { ownPinField } from './ownPin';
import { recordFilingsSchema } from './filing';
import { takePaymentSchema } from './payment';

/** The court folder: a full path (\\pelayan\mahkamah\kaunter, D:\Syncthing\Mahkamah or /srv/mahkamah). */
const folderPath = z
  .string({ error: fieldMessage('Isikan laluan folder mahkamah.') })
  .trim()
  .min(1, fieldMessage('Isikan laluan folder mahkamah.'))
  .max(500, fieldMessage('Laluan folder terlalu panjang.'))
  .refine((p) => !/[\u0000-\u001f]/.test(p), fieldMessage('Laluan folder mengandungi aksara kawalan.'))
  .refine(
    (p) => /^([A-Za-z]:[\\/]|\\\\|\/)/.test(p),
    fieldMessage('Tulis laluan penuh folder, cth. \\\\pelayan\\mahkamah atau D:\\Syncthing\\Mahkamah.'),
  );

const counterCode = z
  .string({ error: fieldMessage('Kod kaunter mesti 1–6 huruf atau angka (cth. K2).') })
  .trim()
  .regex(/^[A-Za-z0-9]{1,6}$/, fieldMessage('Kod kaunter mesti 1–6 huruf atau angka (cth. K2).'));

/** Set (a path) or stop sharing (null); either way the supervisor's own PIN, and audited. */
export const setCourtFolderSchema = z.object({ folder: folderPath.nullable(), supervisorPin: ownPinField });

export const enrolCounterFields = z.object({
  counterId: counterCode,
  armored: z
    .string({ error: fieldMessage('Tampal atau pilih fail kunci awam kaunter itu.') })
    .trim()
    .min(1, fieldMessage('Tampal atau pilih fail kunci awam kaunter itu.'))
    .max(20_000, fieldMessage('Kunci awam terlalu panjang.')),
  /** As typed from that counter's setup slip: 40 hex digits, spaces allowed. */
  fingerprint: z
    .string({ error: fieldMessage('Taip cap jari daripada slip persediaan kaunter itu.') })
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^[0-9A-Fa-f]{40}$/, fieldMessage('Cap jari mesti 40 aksara heksadesimal (0–9, A–F).'))),
});
export const enrolCounterSchema = enrolCounterFields.extend({ supervisorPin: ownPinField });

export const revokeCounterFields = z.object({ counterId: counterCode, reason: lineText('Sebab', 300, { min: 5 }) });
export const revokeCounterSchema = revokeCounterFields.extend({ supervisorPin: ownPinField });

export const courtSearchSchema = z.object({ query: z.string().max(200) });

export const courtCaseSchema = z.object({ counter: counterCode, caseId: z.number().int().positive() });

/** No replacement of a cancelled receipt here: a cancelled receipt is this counter's, on its own row of the case. */
function noReplacement(p: { replacesReceiptId?: number | null | undefined }, ctx: z.RefinementCtx): void {
  if (p.replacesReceiptId !== null && p.replacesReceiptId !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['replacesReceiptId'],
      message: fieldMessage('Resit ganti dikeluarkan daripada kes di Buku Daftar kaunter ini.'),
    });
  }
}

/**
 * Terima dokumen on another counter's case: the same input as on this counter's own case, `caseId` being
 * that counter's row id of the case (as the court search names it) and `counter` that counter.
 */
export const courtFilingsSchema = recordFilingsSchema.safeExtend({ counter: counterCode });
export type CourtFilings = z.output<typeof courtFilingsSchema>;

/** Terima bayaran on another counter's case, as `courtFilingsSchema` names it. */
export const courtPaymentSchema = takePaymentSchema.safeExtend({ counter: counterCode }).superRefine(noReplacement);
export type CourtPayment = z.output<typeof courtPaymentSchema>;
/** The first-run screen's "Pulihkan daripada folder mahkamah": which counters the folder holds. */
export const courtFolderPathSchema = z.object({ folder: folderPath });

/** What opens and trusts a counter's segments on a new PC: as `kaunter court restore` takes them. */
export const courtRestoreCheckSchema = z.object({
  folder: folderPath,
  court: z
    .string({ error: fieldMessage('Pilih kaunter yang dijumpai dalam folder mahkamah.') })
    .regex(/^\d{5}$/, fieldMessage('Pilih kaunter yang dijumpai dalam folder mahkamah.')),
  counter: counterCode,
  /** ICT's secret key, or the court recovery key file that lies beside every backup (armored). */
  secretKey: z
    .string({ error: fieldMessage('Tampal atau pilih kunci rahsia ICT atau fail kunci pemulihan mahkamah.') })
    .trim()
    .min(1, fieldMessage('Tampal atau pilih kunci rahsia ICT atau fail kunci pemulihan mahkamah.'))
    .max(50_000, fieldMessage('Kunci rahsia terlalu panjang.')),
  passphrase: z.string().max(500).optional(),
  deviceKey: enrolCounterFields.shape.armored,
  fingerprint: enrolCounterFields.shape.fingerprint,
});

export const courtRestoreSchema = courtRestoreCheckSchema.extend({
  supervisorId: z
    .number({ error: fieldMessage('Pilih Penolong Pendaftar yang diberi PIN baharu.') })
    .int()
    .positive(fieldMessage('Pilih Penolong Pendaftar yang diberi PIN baharu.')),
  pin: pinSchema,
});
