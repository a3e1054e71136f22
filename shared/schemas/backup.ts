import { z } from 'zod';
import { supervisorApprovalSchema } from './payment';
import { fieldMessage } from './fieldMessage';

/**
 * A backup is named by the app (`kaunter-K1-20261128-031500.sqlite.pgp`, or `.sqlite` for a plain one
 * made before backups were encrypted): only such names are accepted.
 */
export const backupNameSchema = z
  .string({ error: fieldMessage('Pilih fail sandaran.') })
  .regex(/^kaunter-[A-Za-z0-9]+-\d{8}-\d{6}\.sqlite(\.pgp)?$/, fieldMessage('Pilih fail sandaran daripada senarai.'));

/** What opens an encrypted backup: the court recovery passphrase or an ICT secret key (armored). */
const unlockFields = {
  passphrase: z.string().max(500, fieldMessage('Frasa laluan terlalu panjang.')).optional(),
  secretKey: z.string().max(200_000, fieldMessage('Fail kunci terlalu besar.')).optional(),
};

export const recoveryPassphraseSchema = z
  .string({ error: fieldMessage('Isikan frasa laluan pemulihan.') })
  .min(12, fieldMessage('Frasa laluan pemulihan mesti sekurang-kurangnya 12 aksara.'))
  .max(500, fieldMessage('Frasa laluan terlalu panjang.'));

export const backupPlanSchema = z.object({
  dir: z
    .string({ error: fieldMessage('Isikan folder sandaran.') })
    .trim()
    .min(1, fieldMessage('Isikan folder sandaran.'))
    .max(500, fieldMessage('Laluan folder terlalu panjang.'))
    .refine((p) => !/[\u0000-\u001f]/.test(p), fieldMessage('Laluan folder mengandungi aksara kawalan.')),
  everyMinutes: z
    .number({ error: fieldMessage('Isikan selang dalam minit.') })
    .int(fieldMessage('Selang mesti nombor bulat.'))
    .min(5, fieldMessage('Selang sekurang-kurangnya 5 minit.'))
    .max(1440, fieldMessage('Selang paling lama 1440 minit (sehari).')),
  keep: z
    .number({ error: fieldMessage('Isikan bilangan sandaran disimpan.') })
    .int(fieldMessage('Bilangan mesti nombor bulat.'))
    .min(1, fieldMessage('Simpan sekurang-kurangnya 1 sandaran.'))
    .max(500, fieldMessage('Paling banyak 500 sandaran.')),
});
export type BackupPlanInput = z.input<typeof backupPlanSchema>;

export const compareBackupSchema = z.object({ name: backupNameSchema, ...unlockFields });
export const restoreBackupSchema = supervisorApprovalSchema.extend({ name: backupNameSchema, ...unlockFields });

/** A backup file named by its full path (a new PC: the stick's file, chosen on the first-run screen). */
export const backupPathSchema = z.object({
  file: z
    .string({ error: fieldMessage('Isikan laluan penuh fail sandaran.') })
    .trim()
    .min(1, fieldMessage('Isikan laluan penuh fail sandaran.'))
    .max(1000, fieldMessage('Laluan fail terlalu panjang.'))
    .refine((p) => !/[\u0000-\u001f]/.test(p), fieldMessage('Laluan fail mengandungi aksara kawalan.')),
  ...unlockFields,
});

export const setRecoveryPassphraseSchema = supervisorApprovalSchema.extend({ passphrase: recoveryPassphraseSchema });
