import { z } from 'zod';
import { supervisorApprovalSchema } from './payment';

/** A backup is named by the app (`kaunter-K1-20261128-031500.sqlite`): only such names are accepted. */
export const backupNameSchema = z
  .string({ error: 'Pilih fail sandaran.' })
  .regex(/^kaunter-[A-Za-z0-9]+-\d{8}-\d{6}\.sqlite$/, 'Pilih fail sandaran daripada senarai.');

export const backupPlanSchema = z.object({
  dir: z
    .string({ error: 'Isikan folder sandaran.' })
    .trim()
    .min(1, 'Isikan folder sandaran.')
    .max(500, 'Laluan folder terlalu panjang.')
    .refine((p) => !/[\u0000-\u001f]/.test(p), 'Laluan folder mengandungi aksara kawalan.'),
  everyMinutes: z
    .number({ error: 'Isikan selang dalam minit.' })
    .int('Selang mesti nombor bulat.')
    .min(5, 'Selang sekurang-kurangnya 5 minit.')
    .max(1440, 'Selang paling lama 1440 minit (sehari).'),
  keep: z
    .number({ error: 'Isikan bilangan sandaran disimpan.' })
    .int('Bilangan mesti nombor bulat.')
    .min(1, 'Simpan sekurang-kurangnya 1 sandaran.')
    .max(500, 'Paling banyak 500 sandaran.'),
});
export type BackupPlanInput = z.input<typeof backupPlanSchema>;

export const compareBackupSchema = z.object({ name: backupNameSchema });
export const restoreBackupSchema = supervisorApprovalSchema.extend({ name: backupNameSchema });
