import { z } from 'zod';
import { supervisorApprovalSchema } from './payment';
import { fieldMessage } from './fieldMessage';

/** An armored OpenPGP public key as pasted or read from a .asc file (ICT's keys are a few KB). */
export const importIctKeySchema = z.object({
  armored: z
    .string({ error: fieldMessage('Tampal atau pilih fail kunci awam ICT (.asc).') })
    .trim()
    .min(1, fieldMessage('Tampal atau pilih fail kunci awam ICT (.asc).'))
    .max(200_000, fieldMessage('Fail kunci terlalu besar untuk sebuah kunci awam.')),
});

export const ictKeyIdSchema = z.object({ keyId: z.number().int().positive() });

/** An absolute folder path: `/media/usb`, `E:\`, `\\server\share`. */
export const exportFolderSchema = z
  .string({ error: fieldMessage('Isikan folder tujuan.') })
  .trim()
  .min(1, fieldMessage('Isikan folder tujuan (cth. E:\\ untuk USB).'))
  .max(1000, fieldMessage('Laluan folder terlalu panjang.'))
  .refine(
    (p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p),
    fieldMessage('Isikan laluan penuh folder (cth. E:\\ atau /media/usb).'),
  )
  .refine((p) => !/[\0]/.test(p), fieldMessage('Laluan folder tidak sah.'));

export const exportPassphraseSchema = z
  .string()
  .min(8, fieldMessage('Frasa laluan sekurang-kurangnya 8 aksara.'))
  .max(200, fieldMessage('Frasa laluan terlalu panjang (maksimum 200 aksara).'));

export const startExportSchema = supervisorApprovalSchema.extend({
  folder: exportFolderSchema,
  passphrase: exportPassphraseSchema.nullable(),
});

/** The form: the passphrase typed twice, both empty for none. */
export const exportFormSchema = supervisorApprovalSchema
  .extend({
    folder: exportFolderSchema,
    passphrase: z.string().max(200, fieldMessage('Frasa laluan terlalu panjang (maksimum 200 aksara).')),
    passphraseAgain: z.string(),
  })
  .superRefine((form, ctx) => {
    if (form.passphrase !== '' && form.passphrase.length < 8) {
      ctx.addIssue({
        code: 'custom',
        path: ['passphrase'],
        message: fieldMessage('Frasa laluan sekurang-kurangnya 8 aksara.'),
      });
    }
    if (form.passphrase !== form.passphraseAgain) {
      ctx.addIssue({
        code: 'custom',
        path: ['passphraseAgain'],
        message: fieldMessage('Frasa laluan tidak sama. Taip semula.'),
      });
    }
  });
export type ExportFormInput = z.input<typeof exportFormSchema>;

export const exportJobSchema = z.object({
  jobId: z.string().regex(/^[0-9a-f-]{36}$/, fieldMessage('Kerja eksport tidak dikenali.')),
});

export const printSlipSchema = z.object({ toPrinter: z.boolean() });
export const printHandoverSchema = z.object({ seq: z.number().int().positive(), toPrinter: z.boolean() });
